/*
 * CaseLibrary search page. Reads its configuration from data-* attributes of section#cl-search (no inline
 * script, so it runs under the site's Content-Security-Policy), keeps the query and filters in the
 * URL (?q=&country=&competence=&lang=&all=1&exact=1; a filter may be repeated, values in any case), and hands the work to a Web Worker so the page never
 * freezes while an index loads. Results are built with DOM methods: no untrusted text is parsed as HTML, and
 * PAGE (data-page-size) at a time (a "show more" button adds the next ones), so a query that matches every case costs the
 * main thread no more than one that matches twenty.
 */
(function () {
  'use strict'
  var root = document.querySelector('section#cl-search[data-worker]')
  if (!root || !window.Worker) return

  var form = root.querySelector('form')
  var input = root.querySelector('input[name=q]')
  var allBox = root.querySelector('input[name=all]')
  var status = root.querySelector('.search-status')
  var list = root.querySelector('.search-results')
  var facetsBox = root.querySelector('.search-facets')
  var help = root.querySelector('.search-help')
  // Where to begin, on a page opened without a query (hidden in the page's HTML, so a page opened with one never shows
  // it for a moment; it sits in the results' reserved room, so showing it moves nothing).
  var start = root.querySelector('.search-start')
  var more = root.querySelector('.search-more')
  var notice = root.querySelector('.search-notice')
  var PAGE = parseInt(root.getAttribute('data-page-size'), 10) || 20
  // The worker answers as soon as the first EARLY results' files are in, and sends the rest of the page after them
  // (a cold search fetches a file per result: the first cards need not wait for the last file).
  var EARLY = 2
  var shown = { reply: null, count: 0, pending: 0 }
  var labels = JSON.parse(root.getAttribute('data-labels'))
  var names = JSON.parse(root.getAttribute('data-names'))
  var lang = root.getAttribute('data-lang')
  var worker = new Worker(root.getAttribute('data-worker'))
  var lastId = 0
  var debounce = null
  var state = readUrl()

  var config = JSON.parse(root.getAttribute('data-config'))
  root.classList.add('search-ready')
  // A page opened with a query needs its language's index at once: the page downloads it while the worker
  // starts (the worker cannot ask for it before its own script has loaded) and hands the bytes over.
  var handOver = hasQuery() && config.languages[lang] ? lang : null
  worker.postMessage({ type: 'init', config: config, handOver: handOver })
  if (handOver) handOverIndex(handOver)
  run() // the worker takes messages in order: this search runs as soon as its scripts are loaded

  /** Downloads a language's index and store as bytes (no parsing here) and transfers them to the worker. */
  function handOverIndex (code) {
    var entry = config.languages[code]
    Promise.all([fetch(entry.index), fetch(entry.store)]).then(function (responses) {
      responses.forEach(function (r) { if (!r.ok) throw new Error(r.url + ': ' + r.status) })
      return Promise.all(responses.map(function (r) { return r.arrayBuffer() }))
    }).then(function (buffers) {
      worker.postMessage({ type: 'data', lang: code, index: buffers[0], store: buffers[1] }, buffers)
    }, function () {
      worker.postMessage({ type: 'data', lang: code, failed: true })
    })
  }

  /** A filter's values from the URL: each one spelled as the site spells it (country=fi is country=FI), once. */
  function filterValues (params, key) {
    var known = Object.keys({ country: names.countries, competence: names.competences, lang: names.languages }[key] || {})
    var chosen = []
    params.getAll(key).forEach(function (raw) {
      raw.split(',').forEach(function (value) {
        value = value.trim()
        if (!value) return
        var lower = value.toLowerCase()
        var canonical = known.filter(function (k) { return k.toLowerCase() === lower })[0] || value
        if (chosen.indexOf(canonical) < 0) chosen.push(canonical)
      })
    })
    return chosen
  }

  function readUrl () {
    var params = new URLSearchParams(window.location.search)
    return {
      q: params.get('q') || '',
      country: filterValues(params, 'country'),
      competence: filterValues(params, 'competence'),
      lang: filterValues(params, 'lang'),
      all: params.get('all') === '1',
      exact: params.get('exact') === '1'
    }
  }

  function hasQuery () {
    return !!(state.q || state.country.length || state.competence.length || (state.all && state.lang.length))
  }

  function writeUrl (push) {
    var params = new URLSearchParams()
    if (state.q) params.set('q', state.q)
    state.country.forEach(function (v) { params.append('country', v) })
    state.competence.forEach(function (v) { params.append('competence', v) })
    if (state.all) state.lang.forEach(function (v) { params.append('lang', v) })
    if (state.all) params.set('all', '1')
    if (state.exact && state.q) params.set('exact', '1')
    var query = params.toString()
    var url = window.location.pathname + (query ? '?' + query : '')
    if (url === window.location.pathname + window.location.search) return
    if (push) history.pushState(null, '', url)
    else history.replaceState(null, '', url)
  }

  function format (template, value) { return template.replace('{0}', value) }

  function run () {
    input.value = state.q
    allBox.checked = state.all
    if (start) start.hidden = hasQuery()
    if (!hasQuery()) {
      list.textContent = ''
      facetsBox.textContent = ''
      help.hidden = true
      more.hidden = true
      notice.textContent = ''
      status.textContent = ''
      return
    }
    status.textContent = labels.loading
    root.setAttribute('aria-busy', 'true')
    lastId += 1
    worker.postMessage({
      type: 'search', id: lastId, query: state.q, lang: lang, allLanguages: state.all, exact: state.exact, limit: PAGE, early: EARLY,
      filters: { country: state.country, competence: state.competence, lang: state.all ? state.lang : [] }
    })
  }

  /**
   * Appends text to parent, with every word that starts with a query word or stem wrapped in mark. The words are
   * found in the folded text (lower case, accents folded, ß → ss, œ → oe: its length can differ) and marked on the
   * characters of text they come from.
   */
  function highlight (parent, text, words, parts) {
    var marking = window.caselibSearch.foldForMarking(text)
    var folded = marking.text
    var positions = []
    ;(parts || []).forEach(function (part) {
      var w = fold(part)
      var at = 0
      while ((at = folded.indexOf(w, at)) >= 0) {
        var start = at
        while (start > 0 && /[\p{L}\p{N}]/u.test(folded[start - 1])) start -= 1
        var end = at + w.length
        while (end < folded.length && /[\p{L}\p{N}]/u.test(folded[end])) end += 1
        positions.push([start, end]) // a compound that holds the query word
        at = end
      }
    })
    words.forEach(function (word) {
      var w = fold(word)
      if (w.length < 2) return
      var at = 0
      while ((at = folded.indexOf(w, at)) >= 0) {
        var start = at
        while (start > 0 && /[\p{L}\p{N}]/u.test(folded[start - 1])) start -= 1
        var end = at + w.length
        while (end < folded.length && /[\p{L}\p{N}]/u.test(folded[end])) end += 1
        if (start === at) positions.push([start, end]) // the word starts with the query word or stem
        at = end
      }
    })
    positions.sort(function (a, b) { return a[0] - b[0] })
    var cursor = 0
    positions.forEach(function (p) {
      var r = marking.range(p[0], p[1])
      if (r[0] < cursor) return
      parent.appendChild(document.createTextNode(text.slice(cursor, r[0])))
      var mark = document.createElement('mark')
      mark.textContent = text.slice(r[0], r[1])
      parent.appendChild(mark)
      cursor = r[1]
    })
    parent.appendChild(document.createTextNode(text.slice(cursor)))
  }

  /** A query word as the texts are searched for it: lower case, folded as the index folds (search-fold.js). */
  function fold (text) {
    return window.caselibSearch.fold(text.toLowerCase())
  }

  /** The passage of text around the first query word or stem (about 240 characters), or '' when none is in it. */
  function snippet (text, words, parts) {
    text = text || ''
    var marking = window.caselibSearch.foldForMarking(text)
    var first = -1
    // Where a word starts with a query word or stem, as highlight() marks it (a stem found inside another word, "elt"
    // of Eltern in "Welt", chose a passage with nothing marked); a compound part may be anywhere in a word.
    function firstAt (w, wordStart) {
      for (var at = marking.text.indexOf(w); at >= 0; at = marking.text.indexOf(w, at + 1)) {
        if (!wordStart || at === 0 || !/[\p{L}\p{N}]/u.test(marking.text[at - 1])) return at
      }
      return -1
    }
    words.map(function (w) { return [w, true] }).concat((parts || []).map(function (p) { return [p, false] })).forEach(function (entry) {
      var w = fold(entry[0])
      if (w.length < 2) return
      var at = firstAt(w, entry[1])
      if (at >= 0 && (first < 0 || at < first)) first = at
    })
    if (first < 0) return ''
    first = marking.from[first] // where the word is in text
    var start = Math.max(0, first - 80)
    var end = Math.min(text.length, first + 160)
    while (start > 0 && text[start - 1] !== ' ') start -= 1
    while (end < text.length && text[end] !== ' ') end += 1
    return (start > 0 ? '… ' : '') + text.slice(start, end).trim() + (end < text.length ? ' …' : '')
  }

  /**
   * A result's address on the case page: ?hl= names the words to highlight there (search-box.js marks them),
   * ?hlp= the compound parts (German, Dutch), #section the section that matched.
   */
  function resultUrl (result, section) {
    var marks = marksFor(result)
    var words = []
    marks.words.forEach(function (w) { if (w.length >= 2 && words.indexOf(w) < 0 && words.length < 12) words.push(w) })
    var params = new URLSearchParams()
    if (words.length) params.set('hl', words.join(' '))
    if (marks.parts.length) params.set('hlp', marks.parts.slice(0, 6).join(' '))
    var query = params.toString()
    return result.url + (query ? '?' + query : '') + (section && section.id ? '#' + section.id : '')
  }

  /** The words (and German/Dutch compound parts) to mark in a result: those of its own language's search. */
  function marksFor (result) {
    var own = shown.reply.byLang && shown.reply.byLang[result.lang]
    return own || { words: shown.reply.words || [], parts: shown.reply.parts || [] }
  }

  function card (result) {
    var marks = marksFor(result)
    var words = marks.words
    var item = document.createElement('li')
    item.className = 'card search-result'
    var heading = document.createElement('h2')
    heading.className = 'card-title'
    var link = document.createElement('a')
    link.href = resultUrl(result, null)
    if (result.lang !== lang) { link.lang = result.lang; link.hreflang = result.lang }
    highlight(link, result.title, words, marks.parts)
    heading.appendChild(link)
    item.appendChild(heading)
    var meta = document.createElement('p')
    meta.className = 'card-meta'
    meta.textContent = (names.countries[result.country] || result.country) + ' · ' + (names.languages[result.lang] || result.lang)
    if (result.notes) {
      meta.appendChild(document.createTextNode(' · '))
      var notes = document.createElement('a')
      notes.className = 'badge badge-notes'
      notes.href = result.notes.url
      // The version's own notes, else another version's, named by their language when it is not the page's.
      if (result.notes.lang !== lang) {
        notes.hreflang = result.notes.lang
        notes.textContent = format(labels.notes_in_language, names.languages[result.notes.lang] || result.notes.lang)
      } else {
        notes.textContent = labels.notes
      }
      meta.appendChild(notes)
    }
    item.appendChild(meta)
    var summary = document.createElement('p')
    summary.className = 'card-summary'
    if (result.lang !== lang) summary.lang = result.lang
    highlight(summary, result.summary, words, marks.parts)
    item.appendChild(summary)
    var sections = document.createElement('ul')
    sections.className = 'search-sections'
    sections.setAttribute('aria-label', labels.sections)
    ;(result.sections || []).forEach(function (section) {
      var text = snippet(section.text, words, marks.parts)
      if (!section.id && !text) return // the opening text matched only by the title, summary or other case data
      var entry = document.createElement('li')
      var to = document.createElement('a')
      to.className = 'search-section'
      to.href = resultUrl(result, section)
      if (result.lang !== lang) { to.lang = result.lang; to.hreflang = result.lang }
      if (section.id) highlight(to, section.heading, words, marks.parts)
      else to.textContent = labels.start
      entry.appendChild(to)
      if (text) {
        var excerpt = document.createElement('p')
        excerpt.className = 'search-snippet'
        if (result.lang !== lang) excerpt.lang = result.lang
        highlight(excerpt, text, words, marks.parts)
        entry.appendChild(excerpt)
      }
      sections.appendChild(entry)
    })
    if (sections.firstChild) item.appendChild(sections)
    var why = reasonLine(result, marks)
    if (why) item.appendChild(why)
    if (result.competences && result.competences.length) {
      var chips = document.createElement('ul')
      chips.className = 'chips'
      chips.setAttribute('aria-label', labels.competence)
      result.competences.forEach(function (c) {
        var chip = document.createElement('li')
        var to = document.createElement('a')
        to.href = c.url
        to.textContent = names.competences[c.id] || c.id
        chip.appendChild(to)
        chips.appendChild(chip)
      })
      item.appendChild(chips)
    }
    return item
  }

  // The label of a reason (search-worker.js's reasons()), by field: for one value, for several ("Tag: {0}", "Tags: {0}").
  var REASON_LABELS = {
    tags: ['why_tag', 'why_tags'], competences: ['why_competence', 'why_competences'],
    country: ['why_country', 'why_country'], authors: ['why_author', 'why_authors']
  }

  /**
   * Why a result matched when none of the texts the card shows holds a word (its tags, competences, country or
   * authors): "Tag: mentoring · Competence: Setting goals", in the page's language, each value as the case's version
   * writes it, its matched words marked, linked to its page where it has one (competence, country, author). Null when
   * the card's texts show every word.
   */
  function reasonLine (result, marks) {
    if (!result.reasons || !result.reasons.length) return null
    var line = document.createElement('p')
    line.className = 'search-why'
    result.reasons.forEach(function (reason, i) {
      if (i > 0) line.appendChild(document.createTextNode(' · '))
      var keys = REASON_LABELS[reason.field]
      var parts = labels[keys[reason.values.length > 1 ? 1 : 0]].split('{0}')
      line.appendChild(document.createTextNode(parts[0]))
      reason.values.forEach(function (value, n) {
        if (n > 0) line.appendChild(document.createTextNode(', '))
        var node = document.createElement(value.url ? 'a' : 'span')
        if (value.url) node.href = value.url
        if (result.lang !== lang) { node.lang = result.lang; if (value.url) node.hreflang = result.lang }
        highlight(node, value.text, marks.words.concat(value.words || []), marks.parts)
        line.appendChild(node)
      })
      line.appendChild(document.createTextNode(parts.slice(1).join('{0}')))
    })
    return line
  }

  /** Appends results (with their sections) to the list; returns the first card added. */
  function appendResults (results) {
    var fragment = document.createDocumentFragment()
    results.forEach(function (result) { fragment.appendChild(card(result)) })
    var first = fragment.firstChild
    list.appendChild(fragment)
    shown.count += results.length
    more.hidden = shown.pending > 0 || shown.count >= shown.reply.total
    return first
  }

  function renderResults (reply) {
    list.textContent = ''
    shown = { reply: reply, count: 0, pending: reply.pending || 0 }
    more.disabled = false
    appendResults(reply.results)
  }

  /** Puts a filter's row for code in fieldset (a checkbox and its label); returns the row. */
  function facetRow (key, code, label) {
    var row = document.createElement('label')
    var box = document.createElement('input')
    box.type = 'checkbox'
    box.name = key
    box.value = code
    box.addEventListener('change', function () {
      var chosen = state[key].filter(function (v) { return v !== code })
      if (box.checked) chosen.push(code)
      state[key] = chosen
      writeUrl(true)
      run()
    })
    row.appendChild(box)
    row.appendChild(document.createTextNode(' '))
    var text = document.createElement('span')
    text.textContent = label(code)
    row.appendChild(text)
    row.appendChild(document.createTextNode(' '))
    var count = document.createElement('span')
    count.className = 'facet-count'
    row.appendChild(count)
    return row
  }

  /**
   * Draws or updates one filter group. The rows already there stay where they are (a checkbox that has the focus
   * keeps it, and nothing moves under the pointer); new values are added at the end, values without results
   * are hidden unless chosen or focused. A group drawn afresh lists values by count.
   */
  function facetGroup (key, legend, counts, label) {
    var fieldset = facetsBox.querySelector('fieldset[data-facet="' + key + '"]')
    var codes = Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a] || (label(a) < label(b) ? -1 : 1) })
    state[key].forEach(function (code) { if (codes.indexOf(code) < 0) codes.push(code) })
    if (!fieldset) {
      if (codes.length === 0) return
      fieldset = document.createElement('fieldset')
      fieldset.setAttribute('data-facet', key)
      var title = document.createElement('legend')
      title.textContent = legend
      fieldset.appendChild(title)
      facetsBox.appendChild(fieldset)
    }
    var rows = {}
    Array.prototype.forEach.call(fieldset.querySelectorAll('label'), function (row) { rows[row.querySelector('input').value] = row })
    codes.forEach(function (code) {
      if (!rows[code]) {
        rows[code] = facetRow(key, code, label)
        fieldset.appendChild(rows[code])
      }
    })
    var any = false
    Object.keys(rows).forEach(function (code) {
      var row = rows[code]
      var box = row.querySelector('input')
      box.checked = state[key].indexOf(code) >= 0
      row.querySelector('.facet-count').textContent = '(' + (counts[code] || 0) + ')'
      row.hidden = !counts[code] && !box.checked && document.activeElement !== box
      if (!row.hidden) any = true
    })
    fieldset.hidden = !any
  }

  function renderFacets (reply) {
    // Drawn afresh (in count order) unless the focus is in the filters: then updated in place.
    if (!facetsBox.contains(document.activeElement)) facetsBox.textContent = ''
    facetGroup('country', labels.country, reply.facets.country, function (c) { return names.countries[c] || c })
    facetGroup('competence', labels.competence, reply.facets.competence, function (c) { return names.competences[c] || c })
    var langs = facetsBox.querySelector('fieldset[data-facet="lang"]')
    if (state.all) facetGroup('lang', labels.language, reply.facets.lang, function (c) { return names.languages[c] || c })
    else if (langs) langs.remove()
  }

  /**
   * What the query meant, when not simply every word: a correction, words any, a phrase searched as words, words left
   * out; said as the header's box says it (window.caselibSearchNotice, defined in search-box.js), a line each.
   */
  function renderNotice (reply) {
    notice.textContent = ''
    var meaning = window.caselibSearchNotice
    if (!meaning) return
    var lines = []
    var corrected = meaning.corrected(reply, state.q)
    if (corrected !== null) {
      var params = new URLSearchParams(window.location.search)
      params.set('q', state.q)
      params.set('exact', '1')
      var line = document.createElement('p')
      line.appendChild(meaning.correction(corrected, state.q, labels, window.location.pathname + '?' + params.toString()))
      line.querySelector('.search-exact').addEventListener('click', function (event) {
        event.preventDefault()
        state.exact = true
        writeUrl(true)
        run()
      })
      lines.push(line)
    }
    meaning.sentences(reply, labels).forEach(function (text) {
      var p = document.createElement('p')
      p.textContent = text
      lines.push(p)
    })
    lines.forEach(function (line) { notice.appendChild(line) })
  }

  worker.onerror = function () {
    root.removeAttribute('aria-busy')
    status.textContent = labels.error
  }

  worker.onmessage = function (event) {
    var reply = event.data
    if (reply.type === 'ready') return
    if (reply.id !== lastId) return
    if (reply.type === 'page' && reply.rest) {
      // The rest of the first page of results: added where the first ones end, the focus left where it is.
      if (shown.reply && reply.start === shown.count) {
        shown.pending = 0
        appendResults(reply.results)
        settled()
      }
      return
    }
    if (reply.type === 'page') {
      more.disabled = false
      if (shown.reply && reply.start === shown.count) {
        // Keyboard and screen-reader users land on the first new result instead of the end of the page.
        var first = appendResults(reply.results)
        var link = first && first.querySelector('a')
        if (link) link.focus()
      }
      return
    }
    if (reply.type === 'error') {
      root.removeAttribute('aria-busy')
      status.textContent = labels.error
      return
    }
    // The count and the end of aria-busy wait for the rest of the first page of results (see settled()).
    renderResults(reply)
    renderFacets(reply)
    renderNotice(reply)
    // Spelling help is for words that found nothing, not for a query with no word to search for.
    help.hidden = reply.total !== 0 || reply.mode === 'nowords' || reply.mode === 'common'
    if (!reply.pending) settled()
  }

  /** The first page of results is all in: the count is said (the status is a live region) and the search is no longer busy. */
  function settled () {
    var count = shown.reply.total
    var mode = shown.reply.mode
    status.textContent = count === 0 ? (mode === 'nowords' ? labels.no_words : mode === 'common' ? labels.common_words : labels.none)
      : count === 1 ? labels.one : format(labels.many, count)
    root.removeAttribute('aria-busy')
  }

  more.addEventListener('click', function () {
    if (!shown.reply || more.disabled) return
    more.disabled = true
    worker.postMessage({ type: 'page', id: lastId, start: shown.count, count: PAGE })
  })

  form.addEventListener('submit', function (event) {
    event.preventDefault()
    if (input.value.trim() !== state.q) state.exact = false
    state.q = input.value.trim()
    writeUrl(true)
    run()
  })
  // Someone about to type: start downloading this language's index (once; the worker remembers).
  input.addEventListener('focus', function () { worker.postMessage({ type: 'warm', lang: lang }) }, { once: true })
  input.addEventListener('input', function () {
    clearTimeout(debounce)
    debounce = setTimeout(function () {
      state.q = input.value.trim()
      state.exact = false
      writeUrl(false)
      run()
    }, 200)
  })
  allBox.addEventListener('change', function () {
    state.all = allBox.checked
    if (!state.all) state.lang = []
    writeUrl(true)
    run()
  })
  window.addEventListener('popstate', function () {
    state = readUrl()
    run()
  })
})()
