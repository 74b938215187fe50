/*!
 * CaseLibrary search: a language's lunr index loaded piece by piece (<lang>/search/split/, written by
 * generator/Search/LunrIndexSplit.cs, which describes the format).
 *
 * index.json names each postings chunk's first term. Chunks hold consecutive terms of the sorted vocabulary, so the
 * terms a word or a prefix (`word*`) can expand to are in the chunks that cover its range: those are fetched, and
 * lunr expands the query over the token set of the terms loaded so far (a trie of sorted terms; below the query's
 * prefix it is the whole vocabulary's trie, so the same terms in the same order). A clause that can match terms
 * anywhere (edit distance, a leading wildcard) first loads terms.json, the whole vocabulary; then the token set is the
 * whole vocabulary's. The postings of the terms the query expands to come from their chunks.
 *
 * The query itself runs in lunr 2.3.9's own lunr.Index#query, on an index whose inverted index holds the loaded terms:
 * lunr scores a document field by queryVector.similarity(fieldVector) = dot product / the QUERY vector's magnitude,
 * and the dot product runs over the terms both vectors hold, in ascending "_index" order. So a field vector made of
 * the loaded terms of that document field (each with its "_index" and lunr's exact weight, k / 1000 as lunr computes
 * it) gives every score lunr gives with the whole index, to the last bit, and the same order.
 *
 * Reading a term whose chunk is not loaded throws (never a silently different score). A query whose clauses are
 * all prohibited ("-word" alone) scores every document: it runs on the whole index (options.whole; the site's
 * queries never are, so the worker passes none and the site publishes no whole index; the Node tests pass lunr's).
 *
 * Loaded by the search worker (after lunr.js, search-fold.js and search-pack.js) and by the Node tests.
 */
;(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory(require('./search-pack.js'))
  } else {
    root.caselibSplit = factory(root.caselibPack)
  }
}(typeof self !== 'undefined' ? self : this, function (pack) {
  'use strict'

  var FORMAT = 'caselib-lunr-split/2'

  function refuse () { return false }

  /** A read-only object whose values come from get(key); its keys cannot be listed. */
  function lookup (get, what) {
    function unlisted () { throw new Error('the split search index cannot list its ' + what) }
    return new Proxy(Object.create(null), {
      get: function (target, key) { return typeof key === 'string' ? get(key) : undefined },
      has: function (target, key) { return typeof key === 'string' && get(key) !== undefined },
      ownKeys: unlisted,
      getOwnPropertyDescriptor: function (target, key) {
        if (typeof key !== 'string' || get(key) === undefined) return undefined
        return { get: function () { return get(key) }, enumerable: true, configurable: true }
      },
      set: refuse,
      defineProperty: refuse,
      deleteProperty: refuse,
      setPrototypeOf: refuse
    })
  }

  /**
   * entry: the parsed split/index.json. options.chunk(n): a promise of chunk n (parsed); options.terms(): a promise of
   * terms.json (parsed); options.whole() (optional): a promise of the whole lunr.Index (for queries of prohibited
   * clauses alone, which need every document; without it they throw).
   * Returns { index (a lunr.Index over the loaded terms), prepare(fn), loadVocabulary(), load(terms), query(fn), search(text) }.
   */
  function loadSplit (lunr, entry, options) {
    if (!entry || entry.format !== FORMAT) throw new Error('not a ' + FORMAT + ' search index')
    if (entry.lunr !== lunr.version) {
      throw new Error('the search index was built for lunr ' + entry.lunr + ', this page loaded lunr ' + lunr.version)
    }
    var fields = entry.fields
    var fieldCount = fields.length
    var first = entry.first
    var chunks = [] // n -> promise of the chunk
    var chunkTerms = [] // n -> its terms, once loaded
    var vocabulary = null // every term, once terms.json is loaded
    var vocabularyLoad = null
    var treeOf = null // the terms the token set was made of
    var loadedTerms = new Map() // term -> { chunk, term (its position in the chunk), at (where its postings start) }
    var postings = new Map() // term -> posting as lunr.Builder makes it
    var vectors = new Map() // "field/ref" -> [index, weight, …] of the decoded terms (any order)

    /** The chunk whose range holds the term (the last whose first term is not after it); -1 before the first. */
    function chunkOf (term) {
      var lo = 0
      var hi = first.length - 1
      var found = -1
      while (lo <= hi) {
        var mid = (lo + hi) >>> 1
        if (first[mid] <= term) { found = mid; lo = mid + 1 } else hi = mid - 1
      }
      return found
    }

    /** The chunks that hold the terms starting with a prefix. */
    function chunksOfPrefix (prefix) {
      var list = []
      var n = Math.max(0, chunkOf(prefix))
      list.push(n)
      for (n += 1; n < first.length && first[n].slice(0, prefix.length) === prefix; n++) list.push(n)
      return list
    }

    /**
     * A chunk's refs: as written ("refs"), or, for section refs, from "sections" (per document the gap from the previous
     * document's number and its section: the ref is the number in base 36, ".", the section; LunrIndexSplit.cs).
     */
    function refsOf (chunk) {
      if (Array.isArray(chunk.refs)) return chunk.refs
      var sections = chunk.sections
      if (!Array.isArray(sections) || sections.length % 2 !== 0) throw new Error('malformed search index chunk')
      var refs = new Array(sections.length / 2)
      var number = 0
      for (var i = 0; i < sections.length; i += 2) {
        number += sections[i]
        if (!(number >= 0 && Number.isSafeInteger(number) && sections[i + 1] >= 0 && Number.isSafeInteger(sections[i + 1]))) throw new Error('malformed search index chunk')
        refs[i / 2] = number.toString(36) + '.' + sections[i + 1]
      }
      return refs
    }

    function fetchChunk (n) {
      if (!chunks[n]) {
        chunks[n] = Promise.resolve(options.chunk(n)).then(function (chunk) {
          if (!chunk || chunk.format !== FORMAT || chunk.terms[0] !== first[n]) throw new Error('not chunk ' + n + ' of this search index')
          chunk = { terms: chunk.terms, index: chunk.index, refs: refsOf(chunk), postings: chunk.postings }
          var data = chunk.postings
          var p = 0
          for (var t = 0; t < chunk.terms.length; t++) {
            loadedTerms.set(chunk.terms[t], { chunk: chunk, term: t, at: p })
            var used = data[p++]
            for (var u = 0; u < used; u++) {
              p++
              p += 2 * data[p] + 1
            }
          }
          if (p !== data.length) throw new Error('malformed search index chunk')
          chunkTerms[n] = chunk.terms
        })
        chunks[n].catch(function () { delete chunks[n] })
      }
      return chunks[n]
    }

    /** The token set lunr expands queries over: the whole vocabulary once loaded, else the loaded chunks' terms. */
    function refreshTokenSet () {
      var terms = vocabulary
      if (terms === null) {
        terms = []
        for (var n = 0; n < chunkTerms.length; n++) if (chunkTerms[n]) terms.push.apply(terms, chunkTerms[n])
      }
      if (treeOf !== null && treeOf.length === terms.length) return
      treeOf = terms
      index.tokenSet = pack.tokenSet(lunr, terms) // sorted: chunks in order, each sorted
    }

    function loadVocabulary () {
      if (!vocabularyLoad) {
        vocabularyLoad = Promise.resolve(options.terms()).then(function (file) {
          if (!file || file.format !== FORMAT || file.terms.length !== entry.terms) throw new Error('not the vocabulary of this search index')
          vocabulary = file.terms
          refreshTokenSet()
        })
        vocabularyLoad.catch(function () { vocabularyLoad = null })
      }
      return vocabularyLoad
    }

    // A posting as lunr.Builder#add makes it: "_index", then every field, each with its documents in the order they
    // were added (JavaScript puts index-like refs first, as in lunr's own objects); metadata empty, as in the pack.
    // Decoding it also adds its weights to the field vectors of its documents.
    function posting (term) {
      var made = postings.get(term)
      if (made !== undefined) return made
      var loaded = loadedTerms.get(term)
      if (loaded === undefined) {
        var n = chunkOf(term)
        if (n < 0 || chunkTerms[n]) return undefined // its chunk is loaded and does not hold it: not a term of the index
        throw new Error('search index: the postings of "' + term + '" are not loaded')
      }
      var chunk = loaded.chunk
      var data = chunk.postings
      var refs = chunk.refs
      var termIndex = chunk.index[loaded.term]
      made = Object.create(null)
      made._index = termIndex
      for (var g = 0; g < fieldCount; g++) made[fields[g]] = pack.EMPTY
      var q = loaded.at
      var used = data[q++]
      for (var v = 0; v < used; v++) {
        var fieldId = data[q++]
        var count = data[q++]
        if (!(fieldId >= 0 && fieldId < fieldCount)) throw new Error('malformed search index chunk')
        var documents = made[fields[fieldId]] = Object.create(null)
        var at = -1
        for (var w = 0; w < count; w++) {
          at += data[q++] + 1
          var weight = data[q++] / 1000 // lunr: Math.round(score * 1000) / 1000
          var ref = refs[at]
          if (ref === undefined) throw new Error('malformed search index chunk')
          documents[ref] = pack.EMPTY
          var fieldRef = fields[fieldId] + '/' + ref
          var elements = vectors.get(fieldRef)
          if (elements === undefined) vectors.set(fieldRef, elements = [])
          elements.push(termIndex, weight)
        }
      }
      postings.set(term, made)
      return made
    }

    // A field vector of the decoded terms, in ascending "_index" as lunr.Vector#insert keeps it. It is built again
    // only when terms were decoded for its field since (lunr reads vectors and never changes them).
    var built = new Map() // "field/ref" -> { size (elements it was made of), vector }
    function fieldVector (fieldRef) {
      var elements = vectors.get(fieldRef)
      if (elements === undefined) return undefined
      var made = built.get(fieldRef)
      if (made !== undefined && made.size === elements.length) return made.vector
      var pairs = []
      for (var i = 0; i < elements.length; i += 2) pairs.push([elements[i], elements[i + 1]])
      pairs.sort(function (a, b) { return a[0] - b[0] })
      var flat = new Array(pairs.length * 2)
      for (var j = 0; j < pairs.length; j++) {
        flat[2 * j] = pairs[j][0]
        flat[2 * j + 1] = pairs[j][1]
      }
      var vector = new lunr.Vector(flat)
      built.set(fieldRef, { size: elements.length, vector: vector })
      return vector
    }

    var index = new lunr.Index({
      invertedIndex: lookup(posting, 'terms'),
      fieldVectors: lookup(fieldVector, 'documents'),
      tokenSet: pack.tokenSet(lunr, []),
      fields: fields.slice(),
      pipeline: lunr.Pipeline.load(entry.pipeline)
    })

    /** Loads the chunks of the given terms (terms not in the index are ignored). */
    function load (list) {
      var wanted = new Set()
      list.forEach(function (term) {
        if (loadedTerms.has(term)) return
        var n = chunkOf(term)
        if (n >= 0 && !chunkTerms[n]) wanted.add(n)
      })
      return Promise.all(Array.from(wanted).map(fetchChunk)).then(refreshTokenSet)
    }

    /** The (clause, term) pairs lunr.Index#query walks the token set with: the search pipeline's terms of each clause. */
    function walks (query) {
      var list = []
      query.clauses.forEach(function (clause) {
        var words = clause.usePipeline ? index.pipeline.runString(clause.term, { fields: clause.fields }) : [clause.term]
        words.forEach(function (word) { list.push(Object.assign({}, clause, { term: word })) })
      })
      return list
    }

    /**
     * Loads what lunr.Index#query(fn) reads: the token set it expands the clauses over, then the postings of the terms
     * they expand to. Resolves to { terms (expanded, per clause in order, flattened), negated }.
     */
    function prepare (fn) {
      var query = new lunr.Query(index.fields)
      fn.call(query, query)
      var list = walks(query)
      var anywhere = false
      var ranges = []
      list.forEach(function (clause) {
        var star = clause.term.indexOf(lunr.Query.wildcard)
        var prefix = star < 0 ? clause.term : clause.term.slice(0, star)
        if ('editDistance' in clause || prefix === '') anywhere = true
        else if (star < 0) { var n = chunkOf(prefix); if (n >= 0) ranges.push(n) } else ranges.push.apply(ranges, chunksOfPrefix(prefix))
      })
      var ready = anywhere ? loadVocabulary() : Promise.resolve()
      return ready.then(function () {
        return Promise.all(ranges.filter(function (n) { return !chunkTerms[n] }).map(fetchChunk))
      }).then(function () {
        refreshTokenSet()
        var expanded = []
        list.forEach(function (clause) {
          expanded.push.apply(expanded, index.tokenSet.intersect(lunr.TokenSet.fromClause(clause)).toArray())
        })
        return load(expanded).then(function () { return { terms: expanded, negated: query.isNegated() } })
      })
    }

    /** lunr.Index#query(fn) with lunr's results (refs, scores, order), after loading what it reads. */
    function query (fn) {
      return prepare(fn).then(function (prepared) {
        if (!prepared.negated) return index.query(fn)
        if (!options.whole) throw new Error('this query needs the whole search index')
        return Promise.resolve(options.whole()).then(function (whole) { return whole.query(fn) })
      })
    }

    /** lunr.Index#search(text). */
    function search (text) {
      return query(function (q) { new lunr.QueryParser(text, q).parse() })
    }

    return {
      index: index,
      prepare: prepare,
      loadVocabulary: loadVocabulary,
      load: load,
      query: query,
      search: search,
      /** How many chunks have been fetched, and whether the whole vocabulary was. */
      loaded: function () { return { chunks: chunkTerms.filter(Boolean).length, vocabulary: vocabulary !== null } }
    }
  }

  return { format: FORMAT, loadSplit: loadSplit }
}))
