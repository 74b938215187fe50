/*
 * CaseLibrary: search from every page. Loaded (deferred) by every page; no inline code, so it runs under the site's
 * Content-Security-Policy.
 *
 * Highlighting: a page opened from a search result carries the query's words in its address (?hl=word1+word2, and
 * ?hlp= for the compound parts of German and Dutch words); every word of the case that starts with one of them
 * (a part: that holds it) is wrapped in <mark>, accents and case ignored, as the result cards mark them. The
 * browser scrolls to the section named by the address's #fragment, as for any link.
 */
(function () {
  'use strict'

  var WORD = /[\p{L}\p{N}]/u

  /** Lower case without accents, one character for one (positions in the folded text are positions in the text). */
  function fold (text) {
    var out = ''
    for (var i = 0; i < text.length; i++) {
      var c = text[i]
      var lower = c.toLowerCase()
      var bare = lower.normalize('NFD').replace(/\p{M}/gu, '')
      out += bare.length === 1 ? bare : lower.length === 1 ? lower : c
    }
    return out
  }

  /** [start, end) of the words of text to mark: those that start with a word, or hold a part. */
  function ranges (text, words, parts) {
    var folded = fold(text)
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
    return merged
  }

  function markText (node, words, parts) {
    var text = node.nodeValue
    var found = ranges(text, words, parts)
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

  function listed (value) {
    return (value || '').split(/\s+/).map(fold).filter(function (w) { return w.length >= 2 }).slice(0, 20)
  }

  /** Marks the words of ?hl= (and the parts of ?hlp=) in the case's title, summary and text. */
  function highlightPage () {
    var params = new URLSearchParams(window.location.search)
    var words = listed(params.get('hl'))
    var parts = listed(params.get('hlp')).filter(function (p) { return p.length >= 4 })
    if (words.length === 0 && parts.length === 0) return
    var roots = document.querySelectorAll('article.case .case-header h1, article.case .lede, article.case .prose')
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
      nodes.forEach(function (node) { count += markText(node, words, parts) })
    })
    if (count > 0) document.documentElement.setAttribute('data-highlighted', String(count))
  }

  highlightPage()
})()
