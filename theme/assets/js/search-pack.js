/*!
 * CaseLibrary search: loads a packed index (<lang>/search/index.pack.json) into lunr 2.3.9.
 *
 * With --lunr-index the build publishes every language's whole index twice: index.json, lunr's own serialization,
 * and index.pack.json, the same index with each posting stored once as a term frequency (the format is
 * described in generator/Search/LunrIndexPack.cs). loadPack() rebuilds from the pack the lunr.Index
 * that lunr.Index.load(index.json) gives: the same inverted index (keys in the same order), the same
 * field vectors (BM25 with lunr's constants and arithmetic, rounded as lunr rounds), the same token
 * set and search pipeline. tests/lunr-reference/load-pack.js checks that JSON.stringify of the
 * result equals index.json byte for byte, for every language.
 *
 * A query reads the postings of the terms it matches and the vectors of the documents it finds, so
 * both are made when first read: the index's invertedIndex and fieldVectors are read-only objects
 * (proxies) that build a posting or a vector on first access and keep it. Loading then costs two
 * passes over integer arrays and the token set, instead of ~10^5 objects at 1,000 cases.
 *
 * The site's search loads neither (it loads the split index, search-split.js, which uses tokenSet() and EMPTY from
 * here). Loaded by the search worker (after lunr.js and search-fold.js) and by the Node tests.
 */
;(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory()
  } else {
    root.caselibPack = factory()
  }
}(typeof self !== 'undefined' ? self : this, function () {
  'use strict'

  var FORMAT = 'caselib-lunr-pack/1'
  // Stands for every empty object of the index (metadata of a posting, a field without the term):
  // lunr only reads them (lunr.MatchData copies metadata), and frozen, nothing can change them.
  var EMPTY = Object.freeze(Object.create(null))
  // lunr.Builder's defaults (b and k1 of BM25).
  var B = 0.75
  var K1 = 1.2

  /**
   * A read-only object with the given own keys (in that order) whose values are made by make(key)
   * on first read and then kept. Reads of other keys give undefined, as on a plain object.
   */
  function lazyObject (keys, make) {
    var made = new Map()
    function value (key) {
      var v = made.get(key)
      if (v === undefined) {
        v = make(key)
        if (v !== undefined) made.set(key, v)
      }
      return v
    }
    function refuse () { return false }
    return new Proxy(Object.create(null), {
      get: function (target, key) { return typeof key === 'string' ? value(key) : undefined },
      has: function (target, key) { return typeof key === 'string' && value(key) !== undefined },
      ownKeys: function () { return keys().slice() },
      getOwnPropertyDescriptor: function (target, key) {
        if (typeof key !== 'string' || value(key) === undefined) return undefined
        return { get: function () { return value(key) }, enumerable: true, configurable: true }
      },
      set: refuse,
      defineProperty: refuse,
      deleteProperty: refuse,
      setPrototypeOf: refuse
    })
  }

  // The token set: lunr.TokenSet.fromArray builds a minimal automaton (merging equal suffixes), which took
  // ~60% of loading. The index only walks it (lunr.TokenSet#intersect reads .edges and .final), so a plain
  // trie of the same words serves every query the same: the same words in the same edge order (sorted input
  // gives both their keys in the same order), so the same expanded terms in the same order. Built in one pass
  // over the sorted terms, each word continuing from its common prefix with the previous one.
  function tokenSet (lunr, sorted) {
    var root = new lunr.TokenSet()
    var path = [root]
    var previous = ''
    for (var w = 0; w < sorted.length; w++) {
      var word = sorted[w]
      var common = 0
      var max = Math.min(word.length, previous.length)
      while (common < max && word.charCodeAt(common) === previous.charCodeAt(common)) common++
      path.length = common + 1
      var node = path[common]
      for (var c = common; c < word.length; c++) {
        var next = new lunr.TokenSet()
        node.edges[word.charAt(c)] = next
        path.push(next)
        node = next
      }
      node.final = true
      previous = word
    }
    return root
  }

  function loadPack (lunr, pack) {
    if (!pack || pack.format !== FORMAT) throw new Error('not a ' + FORMAT + ' search index')
    if (pack.lunr !== lunr.version) {
      throw new Error('the search index was built for lunr ' + pack.lunr + ', this page loaded lunr ' + lunr.version)
    }
    var fields = pack.fields
    var boosts = pack.boosts
    var refs = pack.refs
    var terms = pack.terms
    var data = pack.postings
    var fieldCount = fields.length
    var documentCount = refs.length
    var entryCount = documentCount * fieldCount
    var t, entry

    /** Calls visit(term, entry, tf) for every posting, terms in order; returns where each term's postings start. */
    function decode (visit) {
      var starts = new Int32Array(terms.length)
      var p = 0
      for (var term = 0; term < terms.length; term++) {
        starts[term] = p
        var used = data[p++]
        for (var u = 0; u < used; u++) {
          var field = data[p++]
          var count = data[p++]
          if (!(field >= 0 && field < fieldCount)) throw new Error('malformed search index')
          var doc = -1
          for (var i = 0; i < count; i++) {
            var value = data[p++]
            doc += (value >>> 1) + 1
            if (doc >= documentCount) throw new Error('malformed search index')
            visit(term, doc * fieldCount + field, (value & 1) === 1 ? data[p++] : 1)
          }
        }
      }
      if (p !== data.length) throw new Error('malformed search index')
      return starts
    }

    // First pass: how many documents hold each term, and per field of each document (document-major, as
    // lunr.Builder adds them) its number of terms and its length (the sum of their frequencies).
    var documentsWithTerm = new Int32Array(terms.length)
    var termCounts = new Int32Array(entryCount)
    var lengths = new Int32Array(entryCount)
    var termStarts = decode(function (term, at, tf) {
      documentsWithTerm[term] += 1
      termCounts[at] += 1
      lengths[at] += tf
    })

    // Second pass: each entry's (term, frequency) pairs, in term-index order because terms come in that order.
    var starts = new Int32Array(entryCount + 1)
    for (entry = 0; entry < entryCount; entry++) starts[entry + 1] = starts[entry] + termCounts[entry]
    var fill = starts.slice(0, entryCount)
    var entryTerms = new Int32Array(starts[entryCount])
    var entryFreqs = new Int32Array(starts[entryCount])
    decode(function (term, at, tf) {
      entryTerms[fill[at]] = term
      entryFreqs[fill[at]] = tf
      fill[at] += 1
    })

    // lunr.Builder#calculateAverageFieldLengths: every document has every field.
    var averages = new Array(fieldCount)
    for (var a = 0; a < fieldCount; a++) {
      var sum = 0
      for (var d = 0; d < documentCount; d++) sum += lengths[d * fieldCount + a]
      averages[a] = sum / documentCount
    }

    // lunr.idf, from the document counts gathered above.
    var idfs = new Float64Array(terms.length)
    for (var k = 0; k < terms.length; k++) {
      var x = (documentCount - documentsWithTerm[k] + 0.5) / (documentsWithTerm[k] + 0.5)
      idfs[k] = Math.log(1 + Math.abs(x))
    }

    var termIds = new Map()
    for (t = 0; t < terms.length; t++) termIds.set(terms[t], t)
    var fieldIds = new Map()
    for (var f = 0; f < fieldCount; f++) fieldIds.set(fields[f], f)
    var refIds = new Map()
    for (var r = 0; r < refs.length; r++) refIds.set(refs[r], r)

    // A posting as lunr.Builder#add makes it: "_index", then every field, each with its documents in the
    // order they were added (JavaScript puts index-like refs first, as it does in lunr's own objects).
    function posting (term) {
      var id = termIds.get(term)
      if (id === undefined) return undefined
      var made = Object.create(null)
      made._index = id
      for (var g = 0; g < fieldCount; g++) made[fields[g]] = EMPTY
      var q = termStarts[id]
      var fieldsUsed = data[q++]
      for (var v = 0; v < fieldsUsed; v++) {
        var fieldId = data[q++]
        var n = data[q++]
        var documents = made[fields[fieldId]] = Object.create(null)
        var at = -1
        for (var w = 0; w < n; w++) {
          var code = data[q++]
          at += (code >>> 1) + 1
          if ((code & 1) === 1) q++
          documents[refs[at]] = EMPTY
        }
      }
      return made
    }

    // A field vector as lunr.Builder#createFieldVectors makes it, with the same expressions.
    function fieldVector (fieldRef) {
      var slash = fieldRef.indexOf('/')
      var fieldId = slash < 0 ? undefined : fieldIds.get(fieldRef.slice(0, slash))
      var docId = slash < 0 ? undefined : refIds.get(fieldRef.slice(slash + 1))
      if (fieldId === undefined || docId === undefined) return undefined
      var at = docId * fieldCount + fieldId
      var fieldLength = lengths[at]
      var elements = new Array(2 * termCounts[at])
      for (var j = starts[at], e = 0; j < starts[at + 1]; j++, e += 2) {
        var freq = entryFreqs[j]
        var score = idfs[entryTerms[j]] * ((K1 + 1) * freq) / (K1 * (1 - B + B * (fieldLength / averages[fieldId])) + freq)
        score *= boosts[fieldId]
        elements[e] = entryTerms[j]
        elements[e + 1] = Math.round(score * 1000) / 1000
      }
      return new lunr.Vector(elements)
    }

    var fieldRefs = null
    function allFieldRefs () {
      if (fieldRefs === null) {
        fieldRefs = []
        for (var r2 = 0; r2 < documentCount; r2++) {
          for (var g2 = 0; g2 < fieldCount; g2++) fieldRefs.push(fields[g2] + '/' + refs[r2])
        }
      }
      return fieldRefs
    }

    return new lunr.Index({
      invertedIndex: lazyObject(function () { return terms }, posting),
      fieldVectors: lazyObject(allFieldRefs, fieldVector),
      tokenSet: tokenSet(lunr, terms.slice().sort()),
      fields: fields.slice(),
      pipeline: lunr.Pipeline.load(pack.pipeline)
    })
  }

  return { format: FORMAT, loadPack: loadPack, tokenSet: tokenSet, EMPTY: EMPTY }
}))
