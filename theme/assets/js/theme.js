// CaseLibrary colour scheme: light or dark as the system says, unless the reader chose with the footer's "Dark mode"
// switch; the choice is kept in this browser (localStorage) and applies on every page.
// A classic script loaded in <head> before the stylesheet (no defer, no inline script: CSP script-src 'self'), so the
// stored choice is set on <html data-theme> before the first paint: no flash of the other scheme, no layout shift.
// Without JavaScript (or storage) the site follows the system setting and the switch stays hidden.
(function () {
  'use strict'
  var KEY = 'caselib.theme'
  var root = document.documentElement
  var system = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null

  function stored () {
    try {
      var value = window.localStorage.getItem(KEY)
      return value === 'light' || value === 'dark' ? value : ''
    } catch (e) {
      return ''
    }
  }

  function apply (choice) {
    if (choice) root.setAttribute('data-theme', choice)
    else root.removeAttribute('data-theme')
  }

  function isDark () {
    var choice = root.getAttribute('data-theme')
    return choice ? choice === 'dark' : !!(system && system.matches)
  }

  apply(stored())

  function wire () {
    var buttons = Array.prototype.slice.call(document.querySelectorAll('button.theme-toggle'))
    function sync () {
      buttons.forEach(function (button) { button.setAttribute('aria-pressed', String(isDark())) })
    }
    buttons.forEach(function (button) {
      button.hidden = false
      button.addEventListener('click', function () {
        var choice = isDark() ? 'light' : 'dark'
        apply(choice)
        try { window.localStorage.setItem(KEY, choice) } catch (e) { /* storage off: this page only */ }
        sync()
      })
    })
    // Another tab chose, or the system changed while no choice is stored.
    window.addEventListener('storage', function (event) { if (event.key === KEY) { apply(stored()); sync() } })
    if (system && system.addEventListener) system.addEventListener('change', sync)
    sync()
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wire)
  else wire()
})()
