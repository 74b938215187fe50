/*
 * CaseLibrary search worker. Runs off the main thread: loads the language support of lunr-languages
 * and the prebuilt index's entry (split, see search-split.js) + result store of each language on first
 * use, then for each query the postings chunks (and when needed the vocabulary) of the terms it expands to, and answers queries
 * with ranked results (lunr's scores over the whole index) and facet counts. The store holds only what every hit is
 * filtered, counted and ordered by; what a result shows (title, summary, section texts, and the keywords, competences,
 * country and authors it may have matched through) is fetched for the results shown, one small file per case version
 * (search/result/<ref>.json.gz). The vocabulary, the chunks and the result files are stored gzip-compressed (unpacked()).
 * It never touches the DOM.
 *
 * The build publishes it as one file per language after lunr.js, that language's lunr-languages stemmer (with its
 * support; none for English), search-fold.js, search-pack.js, search-split.js and search-query.js
 * (generator/Search/SearchAssets.cs), so lunr, caselibSearch, caselibPack, caselibSplit and caselibQuery are
 * already defined; the code is wrapped in a function so that its 'use strict' holds after them.
 */
;(function () {
'use strict'

var config = null
var languages = {} // code -> { split, index, store } once loaded
var downloads = {} // code -> promise of [vocabulary, store] as parsed JSON
var loadedScripts = {}

/** Loads the scripts (null: none) not loaded yet, in order, in one importScripts call. */
function load () {
  var urls = Array.prototype.filter.call(arguments, function (url) { return url && !loadedScripts[url] })
  if (urls.length === 0) return
  importScripts.apply(self, urls)
  urls.forEach(function (url) { loadedScripts[url] = true })
}

var handedOver = {} // code -> resolve of the bytes the page is downloading for this worker (see 'data')

/** Starts (once) the download of a language's index and store. */
function download (lang) {
  var entry = config.languages[lang]
  if (!entry) return Promise.reject(new Error('unknown language ' + lang))
  if (!downloads[lang]) {
    downloads[lang] = Promise.all([fetch(entry.index), fetch(entry.store)]).then(function (responses) {
      responses.forEach(function (r) { if (!r.ok) throw new Error(r.url + ': ' + r.status) })
      return Promise.all(responses.map(function (r) { return r.json() }))
    })
    downloads[lang].catch(function () { delete downloads[lang] }) // a later search tries again
  }
  return downloads[lang]
}

/**
 * The page opened with a query fetches its language's index and store itself, while this worker starts,
 * and hands the bytes over ('data'); until they come, a search of that language waits for them. If the
 * page's download fails, the worker downloads them itself.
 */
function awaitHandOver (lang) {
  if (downloads[lang] || !config.languages[lang]) return
  downloads[lang] = new Promise(function (resolve) { handedOver[lang] = resolve }).then(function (data) {
    if (data.failed) {
      delete downloads[lang]
      return download(lang)
    }
    var text = new TextDecoder()
    return [JSON.parse(text.decode(data.index)), JSON.parse(text.decode(data.store))]
  })
  downloads[lang].catch(function () { delete downloads[lang] })
}

function ensureLanguage (lang) {
  if (languages[lang]) return Promise.resolve(languages[lang])
  var entry = config.languages[lang]
  if (!entry) return Promise.reject(new Error('unknown language ' + lang))
  var data = download(lang)
  // The worker file of a page's language carries that language's stemmer (and the support it needs); another
  // language's is loaded the first time a search in all languages needs it.
  if (entry.support) load(lunr.stemmerSupport ? null : config.stemmerSupport, lunr[lang] ? null : entry.support)
  return data.then(function (data) {
    if (languages[lang]) return languages[lang]
    function beside (name) { return entry.index.replace(/index\.json$/, name + '.json.gz') }
    var split = self.caselibSplit.loadSplit(lunr, data[0], {
      chunk: function (n) { return json(beside(String(n))) },
      terms: function () { return json(beside('terms')) }
      // no whole index: search-query.js gives its clauses no presence, so no query is of prohibited words alone
    })
    languages[lang] = { split: split, index: split.index, store: data[1] }
    return languages[lang]
  })
}

/** A search file stored gzip-compressed (*.json.gz, see unpacked), parsed. */
function json (url) {
  return fetch(url).then(unpacked)
}

/**
 * The JSON of a response for a search file stored gzip-compressed (the vocabulary, the chunks, the result files). A
 * server that sends the file as it is gives gzip bytes (they start 1f 8b), unpacked here; one that declares them
 * "Content-Encoding: gzip" has the browser unpack them already (JSON never starts with byte 1f).
 */
function unpacked (r) {
  if (!r.ok) throw new Error(r.url + ': ' + r.status)
  return r.arrayBuffer().then(function (buffer) {
    var bytes = new Uint8Array(buffer)
    if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return JSON.parse(new TextDecoder().decode(bytes))
    return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text().then(JSON.parse)
  })
}

/** Loads, in each language, what the query reads of the split index (search-query.js's prepare()). */
function loadTerms (loaded, langs, message, exact, keep) {
  return Promise.all(loaded.map(function (language, i) {
    return self.caselibQuery.prepare(lunr, language.split, message.query, { language: langs[i], fold: fold, exact: exact, keep: keep })
  })).then(function () { return loaded })
}

/**
 * Each language's reply to the query (search-query.js's search()): first with the words as written; only when no
 * language has every word so, with typo correction (unless the query asks for exact words). So a word one language
 * has as written is never "corrected" into another language's word.
 */
function replies (loaded, langs, message) {
  function attempt (exact, keep) {
    return loadTerms(loaded, langs, message, exact, keep).then(function () {
      return loaded.map(function (language, i) {
        return self.caselibQuery.search(lunr, language.index, message.query, {
          language: langs[i], fold: fold, exact: exact, keep: keep, caseOf: self.caselibQuery.caseOfSection
        })
      })
    })
  }
  return attempt(true, []).then(function (asWritten) {
    var settled = asWritten.some(function (r) { return r.mode === 'all' || r.mode === 'empty' || r.mode === 'nowords' })
    if (message.exact || settled) return asWritten
    // The words that some language has as written are not corrected in the others (in all languages, a word of one
    // query that matches nowhere must not turn a correct English word into a Dutch one).
    var keep = []
    if (langs.length > 1) asWritten.forEach(function (r) { r.found.forEach(function (w) { if (keep.indexOf(w) < 0) keep.push(w) }) })
    return attempt(false, keep)
  })
}

var MAX_WORD_LENGTH = 64
var MAX_SECTIONS = 3 // the best sections a result lists
var last = null // { id, results } of the last search, for its next pages

var fold = self.caselibSearch && self.caselibSearch.fold ? self.caselibSearch.fold : function (s) { return s }

var shown = {} // url -> promise of what a case version's result shows: { v, id, title, summary, sections }

/**
 * What a result shows (search/result/<ref>.json.gz), fetched once. A file whose "v" is not its store's was served from
 * the browser's cache of an earlier publication (refs are positions, which shift when a case is added): it is fetched
 * once more past the cache, and refused if it still does not match.
 */
function resultFile (url, version) {
  function get (options) {
    return fetch(url, options).then(unpacked)
  }
  if (!shown[url]) {
    shown[url] = get().then(function (file) {
      return file.v === version ? file : get({ cache: 'reload' }).then(function (fresh) {
        if (fresh.v !== version) throw new Error(url + ': from another publication of the library than its store')
        return fresh
      })
    })
    shown[url].catch(function () { delete shown[url] })
  }
  return shown[url]
}

/**
 * Fills in what results[start..start+count) show: id, link, title, summary, teaching notes' link, and each matched
 * section's heading id, heading and text (the page cuts the passage that holds the query's words).
 */
function withShown (results, start, count) {
  return Promise.all(results.slice(start, start + count).map(shownOne))
}

/**
 * One result with what it shows filled in; its file is fetched once, and a result asked for again while its file
 * loads waits for the same fetch ('filling' is gone again before the result is posted to the page).
 */
function shownOne (result) {
  if (result.title !== undefined) return Promise.resolve(result)
  if (result.filling) return result.filling
  var store = languages[result.lang].store
  result.filling = resultFile(store.result.replace('{ref}', result.ref), store.v).then(function (file) {
    result.id = file.id
    result.url = store.url.replace('{id}', file.id)
    result.title = file.title
    result.summary = file.summary
    if (result.notes) result.notes.url = store.notes.replace('{lang}', result.notes.lang).replace('{id}', file.id)
    result.sections = result.hitSections.map(function (hit) {
      var section = file.sections[hit.section]
      return section ? { id: section[0], heading: section[1], text: section[2], score: hit.score } : null
    }).filter(function (s) { return s !== null })
    result.reasons = reasons(result, file, store, languages[result.lang].index.pipeline)
    delete result.why
    delete result.filling
    return result
  }, function (error) {
    delete result.filling // a later page of results asks again
    throw error
  })
  return result.filling
}

// The fields of a case's first section document that the card names only when a query matched them and nothing the card
// shows (generator/Search/SearchCatalog.cs), in the index's order; the result file has their values under the same keys.
var ABOUT = { tags: true, competences: true, country: true, authors: true }
var SHOWN = { title: true, summary: true, heading: true, body: true } // fields whose text the card shows

/**
 * Why a case matched, when the card's texts do not show it: per field of ABOUT, the index terms (lunr's match data
 * of the case's first section) that matched it and matched neither the title or summary nor the heading or text of a
 * section the card lists; null when there are none. So "Keyword: mentoring" is said when "mentoring" is only a
 * keyword, and not when the title or a listed section's passage shows the word too.
 */
function matchedOnlyBy (byDoc, ref, sections) {
  var first = byDoc[ref + '.0']
  if (!first || !first.matchData) return null
  var shownTerms = {}
  function show (hit, fields) {
    var metadata = hit && hit.matchData ? hit.matchData.metadata : {}
    Object.keys(metadata).forEach(function (term) {
      if (Object.keys(metadata[term]).some(function (field) { return fields[field] })) shownTerms[term] = true
    })
  }
  show(first, { title: true, summary: true }) // every card shows them
  sections.forEach(function (s) { show(byDoc[ref + '.' + s.section], SHOWN) })
  var why = null
  var metadata = first.matchData.metadata
  Object.keys(metadata).forEach(function (term) {
    if (shownTerms[term]) return
    Object.keys(metadata[term]).forEach(function (field) {
      if (!ABOUT[field]) return
      why = why || {}
      ;(why[field] = why[field] || []).push(term)
    })
  })
  return why
}

var EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu

/**
 * What a result says about why it matched (its "why" from matchedOnlyBy, with its file's values): [{ field, values:
 * [{ text, url, words }] }] in the index's order of the fields, each value one whose words (lunr's tokenizer, through the
 * language's search pipeline) include a matched term; words are those words as the value writes them, for the page to
 * mark. A field whose matched value cannot be told (none of its values gives the term) lists all its values.
 */
function reasons (result, file, store, pipeline) {
  if (!result.why) return []
  var out = []
  Object.keys(ABOUT).forEach(function (field) {
    var terms = result.why[field]
    if (!terms) return
    var values = field === 'tags' ? (file.tags || []).map(function (t) { return { text: t, url: null } })
      : field === 'competences' ? (file.competences || []).map(function (c) { return { text: c[1], url: store.competence.replace('{id}', c[0]) } })
        : field === 'country' ? (file.country ? [{ text: file.country, url: store.country ? store.country.replace('{id}', result.country.toLowerCase()) : null }] : [])
          : (file.authors || []).map(function (a) { return { text: a[1], url: store.author ? store.author.replace('{id}', a[0]) : null } })
    values.forEach(function (value) {
      value.words = self.caselibQuery.splitApostrophes(value.text).split(lunr.tokenizer.separator).filter(function (word) {
        var w = word.replace(EDGES, '').toLowerCase()
        return w.length > 0 && w.length <= MAX_WORD_LENGTH && pipeline.runString(w).some(function (t) { return terms.indexOf(t) >= 0 })
      }).map(function (word) { return word.replace(EDGES, '') })
    })
    var matched = values.filter(function (v) { return v.words.length > 0 })
    if (values.length) out.push({ field: field, values: matched.length ? matched : values })
  })
  return out
}

/** Values of a multi-value filter (an array; a single string is one value). */
function values (filter) {
  if (!filter) return []
  return Array.isArray(filter) ? filter : [filter]
}

function search (message) {
  var langs = message.allLanguages ? Object.keys(config.languages) : [message.lang]
  var loaded = null
  return Promise.all(langs.map(ensureLanguage)).then(function (languages) {
    loaded = languages
    return replies(loaded, langs, message)
  }).then(function (replies) {
    var filters = message.filters || {}
    var countries = values(filters.country)
    var competences = values(filters.competence)
    var langFilter = message.allLanguages ? values(filters.lang) : []
    var anyAll = replies.some(function (r) { return r.mode === 'all' })
    // Every version that matched, one per case and language.
    var versions = []
    loaded.forEach(function (language, i) {
      var lang = langs[i]
      var store = language.store
      var reply = replies[i]
      if (anyAll && reply.mode !== 'all' && reply.mode !== 'empty') return // another language has every word
      // A case's score is its best section's (lunr's order of the section documents).
      var list = reply.mode === 'empty'
        ? store.docs.map(function (doc, n) { return { ref: n.toString(36), score: 0, sections: [] } })
        : self.caselibQuery.byCase(reply.hits)
      var byDoc = {} // section document ref -> lunr's hit (its match data)
      if (reply.mode !== 'empty') reply.hits.forEach(function (h) { byDoc[h.ref] = h })
      list.forEach(function (hit) {
        var position = parseInt(hit.ref, 36)
        var doc = store.docs[position]
        if (!doc) return
        versions.push({
          ref: hit.ref, position: position, lang: lang, country: store.countries[doc[0]],
          competences: doc.slice(2).map(function (k) { var c = store.competences[k]; return { id: c, url: store.competence.replace('{id}', c) } }),
          notes: doc[1] >= 0 ? { lang: store.languages[doc[1]] } : null, score: hit.score,
          hitSections: hit.sections.slice(0, MAX_SECTIONS),
          why: matchedOnlyBy(byDoc, hit.ref, hit.sections.slice(0, MAX_SECTIONS))
        })
      })
    })
    function passes (r, skip) {
      if (skip !== 'country' && countries.length && countries.indexOf(r.country) < 0) return false
      if (skip !== 'competence' && competences.length && !competences.some(function (c) { return r.competences.some(function (rc) { return rc.id === c }) })) return false
      if (skip !== 'lang' && langFilter.length && langFilter.indexOf(r.lang) < 0) return false
      return true
    }
    // One version per case: a version in a chosen language first (the language filter finds every version in
    // that language, even of a case that also exists in the page's language), then the page's language, then the
    // library's first language (the one the site falls back to everywhere), then the best score.
    var firstLanguage = Object.keys(config.languages)[0]
    function rank (v) {
      return (langFilter.indexOf(v.lang) >= 0 ? 4 : 0) + (v.lang === message.lang ? 2 : 0) + (v.lang === firstLanguage ? 1 : 0)
    }
    function pick (list) {
      var byCase = {} // a case has the same ref in every language
      list.forEach(function (v) {
        var current = byCase[v.ref]
        if (!current || rank(v) > rank(current) || (rank(v) === rank(current) && v.score > current.score)) byCase[v.ref] = v
      })
      return Object.keys(byCase).map(function (k) { return byCase[k] })
    }
    var facets = { country: {}, competence: {}, lang: {} }
    pick(versions.filter(function (v) { return passes(v, 'country') })).forEach(function (r) { facets.country[r.country] = (facets.country[r.country] || 0) + 1 })
    pick(versions.filter(function (v) { return passes(v, 'competence') })).forEach(function (r) { r.competences.forEach(function (c) { facets.competence[c.id] = (facets.competence[c.id] || 0) + 1 }) })
    // Language counts: the cases that have a matching version in each language.
    var seen = {}
    versions.forEach(function (v) {
      if (!passes(v, 'lang') || seen[v.lang + ' ' + v.ref]) return
      seen[v.lang + ' ' + v.ref] = true
      facets.lang[v.lang] = (facets.lang[v.lang] || 0) + 1
    })
    var results = pick(versions.filter(function (v) { return passes(v) }))
    // Ties: the library's order (newest first, then by id), which is the order of the refs.
    results.sort(function (a, b) { return b.score - a.score || a.position - b.position })
    last = { id: message.id, results: results }
    // The first results are answered as soon as their own result files are in ('early', when the page asks for it:
    // the page shows them while the rest of the first page of results loads, and gets those as a 'page' reply
    // marked rest). Every file of the first page is asked for at once.
    var first = Math.max(0, message.limit || 20)
    var early = Math.min(first, Math.max(1, message.early || first))
    var loading = results.slice(0, first).map(shownOne)
    loading.forEach(function (p) { p.catch(function () {}) }) // a failure is answered below, never left unhandled
    return Promise.all(loading.slice(0, early)).then(function () {
      var reply = answer(message, loaded, langs, replies, results, Math.min(early, first), facets, anyAll)
      var restCount = Math.min(first, results.length) - reply.results.length
      if (restCount <= 0) return { reply: reply }
      reply.pending = restCount
      var start = reply.results.length
      return {
        reply: reply,
        rest: Promise.all(loading).then(function () {
          return { type: 'page', id: message.id, start: start, results: results.slice(start, first), rest: true }
        }, function () {
          return { type: 'page', id: message.id, start: start, results: [], rest: true, failed: true }
        })
      }
    })
  })
}

/**
 * A readable word for a corrected index term: a word of the shown results' titles, summaries or sections that stems to
 * it, as the text writes it (a German noun keeps its capital).
 */
function displayWord (language, lang, term, results) {
  var WORD = /[\p{L}\p{N}]+/gu // a word as the index has it: split at apostrophes (search-query.js's splitApostrophes)
  for (var i = 0; i < results.length; i++) {
    if (results[i].lang !== lang) continue
    var texts = [results[i].title, results[i].summary].concat(results[i].sections.map(function (s) { return s.text }))
    for (var s = 0; s < texts.length; s++) {
      var words = String(texts[s] || '').match(WORD) || []
      for (var w = 0; w < words.length; w++) {
        if (words[w].length <= MAX_WORD_LENGTH && language.index.pipeline.runString(words[w].toLowerCase()).indexOf(term) >= 0) return words[w]
      }
    }
  }
  return term
}

function answer (message, loaded, langs, replies, results, first, facets, anyAll) {
  // What to highlight: the query words, their corrections and their stems in each searched language (a stem is a
  // prefix of the inflected words it stands for, so "apprenticeships" highlights "apprenticeship").
  var words = self.caselibQuery.parse(lunr, message.query).words // without quotes, operators and words to leave out
  // One correction per query word, shown as a word of the results' text: the first language whose correction the
  // shown results write as a word (searching all languages, the page's language may have corrected the word to a
  // stem that only another language's results show, "supervison" → Dutch "supervis", English "supervision").
  var corrections = []
  var correctionAt = {} // query word -> index in corrections
  replies.forEach(function (reply, r) {
    reply.corrections.forEach(function (c) {
      var at = correctionAt[c.word]
      if (at !== undefined && corrections[at].readable) return
      var display = c.display === c.term ? displayWord(loaded[r], langs[r], c.term, results.slice(0, first)) : c.display
      var found = { word: c.word, display: display, term: c.term, readable: display !== c.term, parts: c.parts || [] }
      if (at === undefined) { correctionAt[c.word] = corrections.length; corrections.push(found) } else if (found.readable) corrections[at] = found
    })
  })
  // A compound searched as its two words is marked by those words (and their stems, below).
  corrections.forEach(function (c) { words.push.apply(words, c.parts.length ? c.parts : [c.display, c.term]) })
  var stems = {}
  var parts = {}
  var compounds = {}
  // Each language's own: the query words, that language's corrections and the stems of its stemmer, so that a result
  // in Italian is not marked with the stems English makes of the same words ("peer" → "per").
  var byLang = {}
  var queryWords = words.slice()
  loaded.forEach(function (language, i) {
    var own = { words: queryWords.slice(), parts: [] }
    replies[i].corrections.forEach(function (c) {
      var found = corrections.filter(function (k) { return k.word === c.word })[0]
      if (c.parts) own.words.push.apply(own.words, c.parts)
      else own.words.push(found ? found.display : c.term, c.term)
    })
    own.words.slice().forEach(function (word) {
      language.index.pipeline.runString(word).forEach(function (stem) {
        if (stem.length >= 3) { stems[stem] = true; if (own.words.indexOf(stem) < 0) own.words.push(stem) }
        if (stem.length >= 6 && (langs[i] === 'de' || langs[i] === 'nl')) {
          parts[stem] = true
          if (own.parts.indexOf(stem) < 0) own.parts.push(stem)
        }
      })
    })
    // The compounds a short German or Dutch stem found as their last part (index terms, "berufsberaterin"): a word
    // that starts with one is marked, as for a stem.
    ;(replies[i].compounds || []).forEach(function (term) {
      compounds[term] = true
      if (own.words.indexOf(term) < 0) own.words.push(term)
    })
    byLang[langs[i]] = own
  })
  function every (mode) { return replies.every(function (r) { return r.mode === mode }) }
  var mode = anyAll ? 'all' : replies.some(function (r) { return r.mode === 'any' }) ? 'any'
    : every('empty') ? 'empty' : every('nowords') ? 'nowords' : every('common') ? 'common' : 'none'
  return {
    type: 'results', id: message.id, results: results.slice(0, first), total: results.length, facets: facets,
    words: words.concat(Object.keys(stems), Object.keys(compounds)), parts: Object.keys(parts), byLang: byLang, mode: mode,
    phrase: replies.some(function (r) { return r.phrase }), corrections: corrections.map(function (c) { return { word: c.word, display: c.display } }),
    excluded: replies.length ? replies[0].excluded || [] : []
  }
}

/** The next results of the last search, with their sections ('page': { id, start, count }). */
function page (message) {
  if (!last || last.id !== message.id) return Promise.resolve({ type: 'page', id: message.id, results: [] })
  return withShown(last.results, message.start, message.count).then(function (results) {
    return { type: 'page', id: message.id, start: message.start, results: results }
  })
}

self.onmessage = function (event) {
  var message = event.data
  try {
    if (message.type === 'init') {
      config = message.config
      if (message.handOver) awaitHandOver(message.handOver)
      self.postMessage({ type: 'ready' })
    } else if (message.type === 'data') {
      if (handedOver[message.lang]) handedOver[message.lang](message)
      delete handedOver[message.lang]
    } else if (message.type === 'warm') {
      download(message.lang).catch(function () {})
    } else if (message.type === 'page') {
      page(message).then(function (reply) { self.postMessage(reply) }, function (error) {
        self.postMessage({ type: 'error', id: message.id, message: String(error && error.message || error) })
      })
    } else if (message.type === 'search') {
      // The reply first, then (when the page asked for early results) the rest of the first page of results.
      search(message).then(function (out) {
        self.postMessage(out.reply)
        if (out.rest) out.rest.then(function (rest) { self.postMessage(rest) })
      }, function (error) {
        self.postMessage({ type: 'error', id: message.id, message: String(error && error.message || error) })
      })
    }
  } catch (error) {
    self.postMessage({ type: 'error', id: message.id, message: String(error && error.message || error) })
  }
}
})()
