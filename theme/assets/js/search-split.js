/*!
 * CaseLibrary search: a language's lunr index loaded piece by piece (<lang>/search/split/, written by
 * generator/Search/LunrIndexSplit.cs, which describes the format).
 *
 * The vocabulary (every term, sorted) gives lunr the token set it expands query terms over (wildcards, edit
 * distance, the typo fallback); the postings of the terms a query expands to come from chunks fetched for it. The
 * query itself runs in lunr 2.3.9's own lunr.Index#query, on an index whose inverted index holds the loaded terms:
 * lunr scores a document field by queryVector.similarity(fieldVector) = dot product / the QUERY vector's magnitude,
 * and the dot product runs over the terms both vectors hold, in ascending "_index" order. So a field vector made of
 * the loaded terms of that document field (each with its "_index" and lunr's exact weight, k / 1000 as lunr computes
 * it) gives every score lunr gives with the whole index, to the last bit, and the same order.
 *
 * Reading a term whose chunk is not loaded throws (never a silently different score). A query whose clauses are
 * all prohibited ("-word" alone) scores every document: it runs on the whole index (options.whole, the pack).
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

  var FORMAT = 'caselib-lunr-split/1'

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
   * vocabulary: the parsed vocabulary file. options.chunk(n): a promise of chunk n (parsed); options.whole(): a
   * promise of the whole lunr.Index (for queries that need every document).
   * Returns { index (a lunr.Index over the loaded terms), expand(fn), load(terms), query(fn), search(text) }.
   */
  function loadSplit (lunr, vocabulary, options) {
    if (!vocabulary || vocabulary.format !== FORMAT) throw new Error('not a ' + FORMAT + ' search index')
    if (vocabulary.lunr !== lunr.version) {
      throw new Error('the search index was built for lunr ' + vocabulary.lunr + ', this page loaded lunr ' + lunr.version)
    }
    var fields = vocabulary.fields
    var fieldCount = fields.length
    var terms = vocabulary.terms
    var starts = vocabulary.chunks
    var chunks = [] // n -> promise of the chunk
    var loadedTerms = new Map() // term -> { chunk, at (where its postings start) }
    var postings = new Map() // term -> posting as lunr.Builder makes it
    var vectors = new Map() // "field/ref" -> [index, weight, …] of the decoded terms (any order)

    /** The position of a term in the sorted vocabulary, or -1. */
    function position (term) {
      var lo = 0
      var hi = terms.length - 1
      while (lo <= hi) {
        var mid = (lo + hi) >>> 1
        if (terms[mid] < term) lo = mid + 1
        else if (terms[mid] > term) hi = mid - 1
        else return mid
      }
      return -1
    }

    /** The chunk that holds the term at a vocabulary position. */
    function chunkOf (at) {
      var lo = 0
      var hi = starts.length - 1
      while (lo < hi) {
        var mid = (lo + hi + 1) >>> 1
        if (starts[mid] <= at) lo = mid
        else hi = mid - 1
      }
      return lo
    }

    function fetchChunk (n) {
      if (!chunks[n]) {
        chunks[n] = Promise.resolve(options.chunk(n)).then(function (chunk) {
          if (!chunk || chunk.format !== FORMAT) throw new Error('not a ' + FORMAT + ' search index chunk')
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
        })
        chunks[n].catch(function () { delete chunks[n] })
      }
      return chunks[n]
    }

    // A posting as lunr.Builder#add makes it: "_index", then every field, each with its documents in the order they
    // were added (JavaScript puts index-like refs first, as in lunr's own objects); metadata empty, as in the pack.
    // Decoding it also adds its weights to the field vectors of its documents.
    function posting (term) {
      var made = postings.get(term)
      if (made !== undefined) return made
      var loaded = loadedTerms.get(term)
      if (loaded === undefined) {
        if (position(term) < 0) return undefined
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
        var n = data[q++]
        if (!(fieldId >= 0 && fieldId < fieldCount)) throw new Error('malformed search index chunk')
        var documents = made[fields[fieldId]] = Object.create(null)
        var at = -1
        for (var w = 0; w < n; w++) {
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

    // A field vector of the decoded terms, in ascending "_index" as lunr.Vector#insert keeps it.
    function fieldVector (fieldRef) {
      var elements = vectors.get(fieldRef)
      if (elements === undefined) return undefined
      var pairs = []
      for (var i = 0; i < elements.length; i += 2) pairs.push([elements[i], elements[i + 1]])
      pairs.sort(function (a, b) { return a[0] - b[0] })
      var flat = new Array(pairs.length * 2)
      for (var j = 0; j < pairs.length; j++) {
        flat[2 * j] = pairs[j][0]
        flat[2 * j + 1] = pairs[j][1]
      }
      return new lunr.Vector(flat)
    }

    var index = new lunr.Index({
      invertedIndex: lookup(posting, 'terms'),
      fieldVectors: lookup(fieldVector, 'documents'),
      tokenSet: pack.tokenSet(lunr, terms),
      fields: fields.slice(),
      pipeline: lunr.Pipeline.load(vocabulary.pipeline)
    })

    /** The terms lunr.Index#query expands a query's clauses to (the same steps: pipeline, then the token set). */
    function expand (fn) {
      var query = new lunr.Query(index.fields)
      fn.call(query, query)
      var found = []
      var seen = new Set()
      query.clauses.forEach(function (clause) {
        var words = clause.usePipeline ? index.pipeline.runString(clause.term, { fields: clause.fields }) : [clause.term]
        words.forEach(function (word) {
          var copy = Object.assign({}, clause, { term: word })
          index.tokenSet.intersect(lunr.TokenSet.fromClause(copy)).toArray().forEach(function (term) {
            if (!seen.has(term)) { seen.add(term); found.push(term) }
          })
        })
      })
      return { terms: found, negated: query.isNegated() }
    }

    /** Loads the chunks of the given terms (terms not in the vocabulary are ignored). */
    function load (list) {
      var wanted = new Set()
      list.forEach(function (term) {
        if (loadedTerms.has(term)) return
        var at = position(term)
        if (at >= 0) wanted.add(chunkOf(at))
      })
      return Promise.all(Array.from(wanted).map(fetchChunk))
    }

    /** lunr.Index#query(fn) with lunr's results (refs, scores, order), after loading what it reads. */
    function query (fn) {
      var expanded = expand(fn)
      if (expanded.negated) {
        if (!options.whole) return Promise.reject(new Error('this query needs the whole search index'))
        return Promise.resolve(options.whole()).then(function (whole) { return whole.query(fn) })
      }
      return load(expanded.terms).then(function () { return index.query(fn) })
    }

    /** lunr.Index#search(text). */
    function search (text) {
      return query(function (q) { new lunr.QueryParser(text, q).parse() })
    }

    return { index: index, expand: expand, load: load, query: query, search: search, chunksLoaded: function () { return chunks.filter(Boolean).length } }
  }

  return { format: FORMAT, loadSplit: loadSplit }
}))
