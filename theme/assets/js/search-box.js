/*
 * CaseLibrary: search from every page. Loaded (deferred) by every page; no inline code, so it runs under the site's
 * Content-Security-Policy.
 *
 * The header's box shows results as you type, in a small panel under it (the combobox pattern: the box keeps the
 * focus, the results are a listbox whose active option is named by aria-activedescendant, a live region says how
 * many were found). The search worker and the language's index load only when the box is focused or typed in.
 * What the query meant, when not simply every word, is said as the search page says it, in one line over the options
 * and with the count: a correction (with a link to the exact words on the search page), any word instead of every
 * word, quotes searched as words, words left out, words too common or no word at all.
 * "/" focuses the box (or the search page's own box) unless another field has the focus; ↓/↑ move through the
 * results, Enter opens the active one (or, with none active, the full search page), Esc closes the panel and leaves
 * the focus in the box. The panel is positioned over the page, so nothing moves.
 *
 * Highlighting: a page opened from a search result carries the query's words in its address (?hl=word1+word2, and
 * ?hlp= for the compound parts of German and Dutch words); every word of the case that starts with one of them
 * (a part: that holds it) is wrapped in <mark>, accents and case ignored, folded by search-fold.js as the result cards
 * and the index fold them (ß → ss, œ → oe); the case page names that script in this one's data-fold, loaded only
 * when there are words to mark. The browser scrolls to the section named by the address's #fragment, as for any link.
 */
(function () {
  'use strict'

  var WORD = /[\p{L}\p{N}]/u
  var script = document.currentScript // its data-fold: search-fold.js, where the search's folding is defined

  /** [start, end) of the words of text to mark: those that start with a word, or hold a part (both folded). */
  function ranges (search, text, words, parts) {
    var marking = search.foldForMarking(text)
    var folded = marking.text
    var found = []
    function scan (needle, inner) {
      var at = 0
      while ((at = folded.indexOf(needle, at)) >= 0) {
        var start = at
        while (start > 0 && WORD.test(folded[start - 1])) start -= 1
        var end = at + needle.length
        while (end < folded.length && WORD.test(folded[end])) end += 1
        if (inner || start === at) found.push([start, end])
        at = end
      }
    }
    parts.forEach(function (p) { scan(p, true) })
    words.forEach(function (w) { scan(w, false) })
    found.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1] })
    var merged = []
    found.forEach(function (r) {
      var last = merged[merged.length - 1]
      if (last && r[0] < last[1]) last[1] = Math.max(last[1], r[1])
      else merged.push([r[0], r[1]])
    })
    // Found in the folded text, whose length can differ from the text's (ß → ss, œ → oe): marked on the text's characters.
    return merged.map(function (r) { return marking.range(r[0], r[1]) })
  }

  function markText (search, node, words, parts) {
    var text = node.nodeValue
    var found = ranges(search, text, words, parts)
    if (found.length === 0) return 0
    var fragment = document.createDocumentFragment()
    var cursor = 0
    found.forEach(function (r) {
      if (r[0] > cursor) fragment.appendChild(document.createTextNode(text.slice(cursor, r[0])))
      var mark = document.createElement('mark')
      mark.className = 'search-hit'
      mark.textContent = text.slice(r[0], r[1])
      fragment.appendChild(mark)
      cursor = r[1]
    })
    if (cursor < text.length) fragment.appendChild(document.createTextNode(text.slice(cursor)))
    node.parentNode.replaceChild(fragment, node)
    return found.length
  }

  function listed (search, value) {
    return (value || '').split(/\s+/).map(function (w) { return search.foldForMarking(w).text })
      .filter(function (w) { return w.length >= 2 }).slice(0, 20)
  }

  /**
   * Calls done with caselibSearch, the search's own folding (search-fold.js: lower case, accents, ß → ss, œ → oe, as
   * the worker folds the words of ?hl=), loading it first: the case page names it in this script's data-fold and
   * loads it only when there are words to mark (a visitor coming from the search page has it in the cache).
   */
  function withFolding (done) {
    if (window.caselibSearch) return done(window.caselibSearch)
    var src = script && script.getAttribute('data-fold')
    if (!src) return
    var load = document.createElement('script')
    load.src = src
    load.onload = function () { if (window.caselibSearch) done(window.caselibSearch) }
    document.head.appendChild(load)
  }

  /** Marks the words of ?hl= (and the parts of ?hlp=) in the case's title, summary and text. */
  function highlightPage () {
    var params = new URLSearchParams(window.location.search)
    if (!/\S/.test((params.get('hl') || '') + (params.get('hlp') || ''))) return
    var roots = document.querySelectorAll('article.case .case-header h1, article.case .lede, article.case .prose')
    if (roots.length === 0) return
    withFolding(function (search) {
      var words = listed(search, params.get('hl'))
      var parts = listed(search, params.get('hlp')).filter(function (p) { return p.length >= 4 })
      if (words.length === 0 && parts.length === 0) return
      var count = 0
      Array.prototype.forEach.call(roots, function (root) {
        var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
          acceptNode: function (node) {
            var parent = node.parentNode
            return parent && parent.closest('mark, script, style, .permalink') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT
          }
        })
        var nodes = []
        while (walker.nextNode()) nodes.push(walker.currentNode)
        nodes.forEach(function (node) { count += markText(search, node, words, parts) })
      })
      if (count > 0) document.documentElement.setAttribute('data-highlighted', String(count))
    })
  }

  highlightPage()

  /**
   * What a reply's query meant, when not simply every word, as the search page (search.js) and the box both say it:
   * defined once, here (this script is on every page, the search page included), and shared as window.caselibSearchNotice.
   */
  var meaning = {
    /** The query with the words the search corrected written as it searched them; null without a correction (or a result). */
    corrected: function (reply, query) {
      if (!reply || !reply.corrections || !reply.corrections.length || !reply.total) return null
      var shown = query
      reply.corrections.forEach(function (c) {
        shown = shown.replace(new RegExp(c.word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'), c.display)
      })
      return shown
    },
    /**
     * "Showing results for <strong>corrected</strong>" and a link (a.search-exact) to search the exact words at href:
     * nodes to put in a line (labels.corrected and labels.exact, each with {0}).
     */
    correction: function (corrected, query, labels, href) {
      var fragment = document.createDocumentFragment()
      var parts = labels.corrected.split('{0}')
      fragment.appendChild(document.createTextNode(parts[0]))
      var strong = document.createElement('strong')
      strong.textContent = corrected
      fragment.appendChild(strong)
      fragment.appendChild(document.createTextNode(parts.slice(1).join('{0}') + ' '))
      var exact = document.createElement('a')
      exact.className = 'search-exact'
      exact.href = href
      var linkParts = labels.exact.split('{0}')
      exact.appendChild(document.createTextNode(linkParts[0]))
      var word = document.createElement('em')
      word.textContent = query
      exact.appendChild(word)
      exact.appendChild(document.createTextNode(linkParts.slice(1).join('{0}')))
      fragment.appendChild(exact)
      return fragment
    },
    /** The other things the query meant, each a sentence: any word instead of every word, quotes as words, words left out. */
    sentences: function (reply, labels) {
      var said = []
      if (!reply) return said
      if (reply.mode === 'any' && reply.total) said.push(labels.fallback)
      if (reply.phrase) said.push(labels.phrase)
      if (reply.excluded && reply.excluded.length && reply.mode !== 'nowords') said.push(labels.excluded.replace('{0}', reply.excluded.join(', ')))
      return said
    }
  }
  window.caselibSearchNotice = meaning

  /** Is the focus in a field that takes text (where "/" is a character, not a shortcut)? */
  function typing (target) {
    if (!target || !target.tagName) return false
    if (target.isContentEditable) return true
    var tag = target.tagName.toLowerCase()
    if (tag === 'textarea' || tag === 'select') return true
    if (tag !== 'input') return false
    return ['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image'].indexOf((target.type || '').toLowerCase()) < 0
  }

  document.addEventListener('keydown', function (event) {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || typing(event.target)) return
    var box = document.getElementById('cl-site-q') || document.getElementById('cl-search-q')
    if (!box || box.offsetParent === null) return
    event.preventDefault()
    box.focus()
    box.select()
  })

  var form = document.querySelector('form.site-search[data-worker]')
  if (!form || !window.Worker) return
  var input = form.querySelector('input[name=q]')
  // The language's box data (search/box.json: the worker's configuration, the panel's labels, the country names) is
  // fetched when the box is first used, as the worker and the index are: the pages do not carry it.
  var config = null
  var labels = {}
  var names = { countries: {} }
  var lang = null
  var LIMIT = 6
  // As on the search page, the worker answers once the first EARLY options' result files are in and sends the others
  // after them (a 'page' reply marked rest): the first options need not wait for the last file.
  var EARLY = 2
  var worker = null
  var starting = null // promise: the box data loaded and the worker started
  var lastId = 0
  var debounce = null
  var options = [] // { element, href }
  var active = -1
  var shown = null // the reply whose options the list shows
  var query = ''

  var panel = document.createElement('div')
  panel.className = 'search-panel'
  panel.id = 'cl-site-panel'
  panel.hidden = true
  var notice = document.createElement('p') // what the query meant (search.js's notice), over the options
  notice.className = 'search-panel-notice'
  notice.hidden = true
  panel.appendChild(notice)
  var list = document.createElement('ul')
  list.id = 'cl-site-results'
  list.setAttribute('role', 'listbox')
  panel.appendChild(list)
  var all = document.createElement('a')
  all.className = 'search-panel-all'
  panel.appendChild(all)
  var status = document.createElement('p')
  status.className = 'visually-hidden search-panel-status'
  status.setAttribute('role', 'status')
  form.appendChild(status)
  form.appendChild(panel)
  input.setAttribute('role', 'combobox')
  input.setAttribute('aria-autocomplete', 'list')
  input.setAttribute('aria-controls', list.id)
  input.setAttribute('aria-expanded', 'false')

  function start () {
    if (starting) return starting
    starting = fetch(form.getAttribute('data-box')).then(function (r) {
      if (!r.ok) throw new Error(r.url + ': ' + r.status)
      return r.json()
    }).then(function (data) {
      config = data.config
      labels = data.labels
      names = data.names
      lang = Object.keys(config.languages)[0]
      list.setAttribute('aria-label', labels.results_label)
      all.textContent = labels.all_results
      worker = new Worker(form.getAttribute('data-worker'))
      worker.onmessage = receive
      worker.onerror = function () { status.textContent = labels.error }
      worker.postMessage({ type: 'init', config: config })
      worker.postMessage({ type: 'warm', lang: lang })
    })
    // Without its data the box cannot search in place (the form still opens the search page); the next use tries again.
    starting.catch(function () { starting = null; list.removeAttribute('aria-busy') })
    return starting
  }

  function open (shown) {
    panel.hidden = !shown
    input.setAttribute('aria-expanded', shown ? 'true' : 'false')
    if (!shown) {
      activate(-1)
      return
    }
    // Anchored under the box, towards the side with room (never wider than the screen).
    panel.classList.remove('search-panel-end')
    if (panel.getBoundingClientRect().right > document.documentElement.clientWidth) panel.classList.add('search-panel-end')
  }

  function activate (index) {
    if (active >= 0 && options[active]) options[active].element.setAttribute('aria-selected', 'false')
    active = index
    if (active >= 0 && options[active]) {
      options[active].element.setAttribute('aria-selected', 'true')
      input.setAttribute('aria-activedescendant', options[active].element.id)
      options[active].element.scrollIntoView({ block: 'nearest' })
    } else {
      input.removeAttribute('aria-activedescendant')
    }
  }

  function search () {
    query = input.value.trim()
    all.href = form.getAttribute('action') + (query ? '?q=' + encodeURIComponent(query) : '')
    if (!query) {
      lastId += 1
      list.removeAttribute('aria-busy')
      list.textContent = ''
      options = []
      status.textContent = ''
      showNotice(null)
      open(false)
      return
    }
    lastId += 1
    var id = lastId
    var text = query
    start().then(function () {
      if (id === lastId) worker.postMessage({ type: 'search', id: id, query: text, lang: lang, allLanguages: false, exact: false, filters: {}, limit: LIMIT, early: EARLY })
    }, function () {})
  }

  /** A result's address: the words to mark (?hl=, ?hlp=) and its best section (#id). */
  function address (result, reply) {
    var words = []
    reply.words.forEach(function (w) { if (w.length >= 2 && words.indexOf(w) < 0 && words.length < 12) words.push(w) })
    var params = new URLSearchParams()
    if (words.length) params.set('hl', words.join(' '))
    if (reply.parts && reply.parts.length) params.set('hlp', reply.parts.slice(0, 6).join(' '))
    var section = (result.sections || []).filter(function (s) { return s.id })[0]
    var text = params.toString()
    return { href: result.url + (text ? '?' + text : '') + (section ? '#' + section.id : ''), section: section }
  }

  // The label of a reason (search-worker.js's reasons()), by field: for one value, for several.
  var REASON_LABELS = {
    tags: ['why_tag', 'why_tags'], competences: ['why_competence', 'why_competences'],
    country: ['why_country', 'why_country'], authors: ['why_author', 'why_authors']
  }

  /**
   * An option's second line: the section it opens and the country; with no section to open, why it matched when its
   * title does not show it ("Tag: mentoring · Ireland"; "Country: Ireland" alone).
   */
  function metaLine (result, section) {
    var country = names.countries[result.country] || result.country
    if (section || !result.reasons || !result.reasons.length) return (section ? section.heading + ' · ' : '') + country
    var why = result.reasons.map(function (reason) {
      var label = labels[REASON_LABELS[reason.field][reason.values.length > 1 ? 1 : 0]] || '{0}'
      return label.replace('{0}', reason.values.map(function (v) { return v.text }).join(', '))
    })
    if (!result.reasons.some(function (r) { return r.field === 'country' })) why.push(country)
    return why.join(' · ')
  }

  /** Adds an option for a result of the reply shown (its words and parts make the result's address). */
  function addOption (result, reply) {
    var target = address(result, reply)
    var option = document.createElement('li')
    option.id = 'cl-site-option-' + options.length
    option.setAttribute('role', 'option')
    option.setAttribute('aria-selected', 'false')
    if (result.lang !== lang) option.lang = result.lang
    var title = document.createElement('span')
    title.className = 'search-option-title'
    title.textContent = result.title
    option.appendChild(title)
    var meta = document.createElement('span')
    meta.className = 'search-option-meta'
    meta.textContent = metaLine(result, target.section)
    option.appendChild(meta)
    option.addEventListener('mousedown', function (e) { e.preventDefault() }) // the box keeps the focus
    option.addEventListener('click', function () { window.location.assign(target.href) })
    list.appendChild(option)
    options.push({ element: option, href: target.href })
  }

  function format (template, value) { return template.replace('{0}', value) }

  /**
   * The notice of a reply, as the search page says it (search.js's renderNotice() and settled(), the same labels), in
   * one line over the options (with no result, the page's status: none found, no word, too common words); returns its
   * text, which the live status says after the count. A correction links to
   * the search page searching the exact words (?exact=1, as the page's own link). Null empties it.
   */
  function showNotice (reply) {
    notice.textContent = ''
    var said = []
    function sentence (text) {
      if (notice.firstChild) notice.appendChild(document.createTextNode(' '))
      notice.appendChild(document.createTextNode(text))
      said.push(text)
    }
    // No result: said in the panel too (the page's status), with why when the query had no word to search for.
    if (reply && reply.total === 0) sentence(reply.mode === 'nowords' ? labels.no_words : reply.mode === 'common' ? labels.common_words : labels.none)
    var corrected = meaning.corrected(reply, query)
    if (corrected !== null) {
      notice.appendChild(meaning.correction(corrected, query, labels, form.getAttribute('action') + '?' + new URLSearchParams({ q: query, exact: '1' }).toString()))
      said.push(format(labels.corrected, corrected))
    }
    meaning.sentences(reply, labels).forEach(sentence)
    notice.hidden = !notice.firstChild
    return said.join(' ')
  }

  function receive (event) {
    var reply = event.data
    if (reply.type === 'page') {
      // The rest of the options of the reply shown: added after the first ones; the active option stays active.
      if (reply.rest && reply.id === lastId && shown && shown.id === reply.id && reply.start === options.length) {
        reply.results.forEach(function (result) { addOption(result, shown) })
      }
      return
    }
    if (reply.type !== 'results' && reply.type !== 'error') return
    if (reply.id !== lastId) return
    list.removeAttribute('aria-busy') // the results of what the box holds
    if (reply.type === 'error') {
      status.textContent = labels.error
      showNotice(null)
      return
    }
    list.textContent = ''
    options = []
    active = -1
    shown = reply
    input.removeAttribute('aria-activedescendant')
    reply.results.forEach(function (result) { addOption(result, reply) })
    var count = reply.total
    var said = showNotice(reply) // drawn with the options, in the same step: the list never moves on its own
    var found = count === 0 ? '' : count === 1 ? labels.one : format(labels.many, count) // no result: the notice says it
    status.textContent = (found + ' ' + said).trim() // the count, then what the query meant
    open(document.activeElement === input)
  }

  input.addEventListener('focus', function () {
    start()
    if (options.length || (query && input.value.trim() === query)) open(true)
  })
  input.addEventListener('input', function () {
    start()
    // Until the results of what the box now holds come, the list shown is an earlier word's (aria-busy); a reply to
    // an earlier word that comes in meanwhile is dropped (lastId moves on), so it can neither clear aria-busy nor
    // replace the options a moment before this word's results do (which reset the option ↓ had made active).
    list.setAttribute('aria-busy', 'true')
    lastId += 1
    clearTimeout(debounce)
    debounce = setTimeout(search, 150)
  })
  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return
      event.preventDefault()
      if (panel.hidden) open(true)
      var next = event.key === 'ArrowDown' ? active + 1 : active - 1
      if (next >= options.length) next = 0
      if (next < -1) next = options.length - 1
      activate(next)
    } else if (event.key === 'Enter') {
      if (!panel.hidden && active >= 0 && options[active]) {
        event.preventDefault()
        window.location.assign(options[active].href)
      }
    } else if (event.key === 'Escape') {
      if (!panel.hidden) {
        event.preventDefault()
        open(false)
        input.focus()
      }
    }
  })
  panel.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return
    event.preventDefault()
    open(false)
    input.focus()
  })
  form.addEventListener('focusout', function (event) {
    if (!form.contains(event.relatedTarget)) open(false)
  })
  document.addEventListener('click', function (event) {
    if (!form.contains(event.target)) open(false)
  })
})()
