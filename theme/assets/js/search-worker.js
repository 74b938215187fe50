/*
 * CaseLibrary search worker. Runs off the main thread: loads the language support of lunr-languages
 * and the prebuilt index (packed, see search-pack.js) + result store of each language on first use,
 * and answers queries with ranked results and facet counts. It never touches the DOM.
 *
 * The build publishes it as one file after lunr.js, search-fold.js and search-pack.js
 * (generator/Search/SearchAssets.cs), so lunr, caselibSearch and caselibPack are already defined; the
 * code is wrapped in a function so that its 'use strict' holds after them.
 */
;(function () {
'use strict'

var config = null
var languages = {} // code -> { index, store } once loaded
var downloads = {} // code -> promise of [pack, store] as parsed JSON
var loadedScripts = {}

/** Loads scripts not loaded yet, in order; one importScripts call lets the browser fetch them in parallel. */
function load () {
  var urls = Array.prototype.filter.call(arguments, function (url) { return !loadedScripts[url] })
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
  if (entry.support) load(config.stemmerSupport, entry.support)
  return data.then(function (data) {
    languages[lang] = { index: self.caselibPack.loadPack(lunr, data[0]), store: data[1] }
    return languages[lang]
  })
}

// Words longer than this are not in the index (generator/Search/LongTokens.cs), and lunr-languages' trimmers
// take time quadratic in a word's length, so longer query words are dropped.
var MAX_WORD_LENGTH = 64

function tokens (text) {
  return lunr.tokenizer(text).map(function (t) { return t.toString() })
    .filter(function (t) { return t.length > 0 && t.length <= MAX_WORD_LENGTH })
}

function runQuery (language, text) {
  var words = tokens(text)
  if (words.length === 0) return null
  var fold = self.caselibSearch && self.caselibSearch.fold ? self.caselibSearch.fold : function (s) { return s }
  return language.index.query(function (q) {
    words.forEach(function (word) {
      q.term(word, { boost: 10 })
      if (word.length >= 3) {
        q.term(fold(word), { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 1 })
      }
    })
  })
}

function search (message) {
  var langs = message.allLanguages ? Object.keys(config.languages) : [message.lang]
  return Promise.all(langs.map(ensureLanguage)).then(function (loaded) {
    var byCase = {}
    loaded.forEach(function (language, i) {
      var lang = langs[i]
      var store = language.store
      var hits = runQuery(language, message.query)
      var list = hits === null
        ? Object.keys(store.docs).map(function (ref) { return { ref: ref, score: 0 } })
        : hits
      list.forEach(function (hit) {
        var doc = store.docs[hit.ref]
        if (!doc) return
        var current = byCase[doc[0]]
        var preferred = lang === message.lang
        if (!current || (preferred && !current.preferred) || (preferred === current.preferred && hit.score > current.score)) {
          byCase[doc[0]] = {
            id: doc[0], url: store.url.replace('{id}', doc[0]), title: doc[1], summary: doc[2], lang: lang, country: doc[3],
            competences: doc[4], excerpt: doc[5], date: doc[6], score: hit.score, preferred: preferred
          }
        }
      })
    })
    var all = Object.keys(byCase).map(function (k) { return byCase[k] })
    all.sort(function (a, b) { return b.score - a.score || (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) || (a.id < b.id ? -1 : 1) })
    var filters = message.filters || {}
    function passes (r, skip) {
      if (skip !== 'country' && filters.country && r.country !== filters.country) return false
      if (skip !== 'competence' && filters.competence && r.competences.indexOf(filters.competence) < 0) return false
      if (skip !== 'lang' && filters.lang && r.lang !== filters.lang) return false
      return true
    }
    var facets = { country: {}, competence: {}, lang: {} }
    all.forEach(function (r) {
      if (passes(r, 'country')) facets.country[r.country] = (facets.country[r.country] || 0) + 1
      if (passes(r, 'competence')) r.competences.forEach(function (c) { facets.competence[c] = (facets.competence[c] || 0) + 1 })
      if (passes(r, 'lang')) facets.lang[r.lang] = (facets.lang[r.lang] || 0) + 1
    })
    var results = all.filter(function (r) { return passes(r) })
    // What to highlight: the query words and their stems in each searched language (a stem is a prefix
    // of the inflected words it stands for, so "apprenticeships" highlights "apprenticeship").
    var words = tokens(message.query)
    var stems = {}
    loaded.forEach(function (language) {
      words.forEach(function (word) {
        language.index.pipeline.runString(word).forEach(function (stem) { if (stem.length >= 3) stems[stem] = true })
      })
    })
    return { type: 'results', id: message.id, results: results, facets: facets, words: words.concat(Object.keys(stems)) }
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
    } else if (message.type === 'search') {
      search(message).then(function (reply) { self.postMessage(reply) }, function (error) {
        self.postMessage({ type: 'error', id: message.id, message: String(error && error.message || error) })
      })
    }
  } catch (error) {
    self.postMessage({ type: 'error', id: message.id, message: String(error && error.message || error) })
  }
}
})()
