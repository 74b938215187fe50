/*!
 * CaseLibrary search: loads a packed index (<lang>/search/index.pack.json) into lunr 2.3.9.
 *
 * The build publishes every language's index twice: index.json, lunr's own serialization, and
 * index.pack.json, the same index with each posting stored once as a term frequency (the format is
 * described in generator/Search/LunrIndexPack.cs). loadPack() rebuilds from the pack the lunr.Index
 * that lunr.Index.load(index.json) gives: the same inverted index (keys in the same order), the same
 * field vectors (BM25 with lunr's constants and arithmetic, rounded as lunr rounds), the same token
 * set and search pipeline. tests/lunr-reference/load-pack.js checks that JSON.stringify of the
 * result equals index.json byte for byte, for every language.
 *
 * Loaded by the search worker (after lunr.js and search-fold.js) and by the Node tests.
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
  // lunr.Builder's defaults (b and k1 of BM25).
  var B = 0.75
  var K1 = 1.2

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

    // Per field of each document (document-major, as lunr.Builder adds them): its terms with their
    // frequencies, in term-index order, and its length (the sum of the frequencies).
    var entryTerms = new Array(entryCount)
    var lengths = new Array(entryCount)
    for (var e = 0; e < entryCount; e++) {
      entryTerms[e] = []
      lengths[e] = 0
    }
    var documentsWithTerm = new Array(terms.length)

    var invertedIndex = Object.create(null)
    var p = 0
    for (var t = 0; t < terms.length; t++) {
      var posting = Object.create(null)
      posting._index = t
      for (var f = 0; f < fieldCount; f++) posting[fields[f]] = Object.create(null)
      var withTerm = 0
      var used = data[p++]
      for (var u = 0; u < used; u++) {
        var field = data[p++]
        var count = data[p++]
        var documents = posting[fields[field]]
        var doc = -1
        for (var i = 0; i < count; i++) {
          var value = data[p++]
          doc += Math.floor(value / 2) + 1
          var tf = value % 2 === 1 ? data[p++] : 1
          documents[refs[doc]] = Object.create(null)
          var entry = doc * fieldCount + field
          entryTerms[entry].push(t, tf)
          lengths[entry] += tf
        }
        withTerm += count
      }
      if (p > data.length) throw new Error('truncated search index')
      documentsWithTerm[t] = withTerm
      invertedIndex[terms[t]] = posting
    }
    if (p !== data.length) throw new Error('malformed search index')

    var averages = new Array(fieldCount)
    for (var a = 0; a < fieldCount; a++) {
      var sum = 0
      for (var d = 0; d < documentCount; d++) sum += lengths[d * fieldCount + a]
      averages[a] = sum / documentCount
    }

    // lunr.idf, from the document counts gathered above.
    var idfs = new Array(terms.length)
    for (var k = 0; k < terms.length; k++) {
      var x = (documentCount - documentsWithTerm[k] + 0.5) / (documentsWithTerm[k] + 0.5)
      idfs[k] = Math.log(1 + Math.abs(x))
    }

    // lunr.Builder#createFieldVectors, in the same order and with the same expressions.
    var fieldVectors = Object.create(null)
    for (var r = 0; r < documentCount; r++) {
      for (var g = 0; g < fieldCount; g++) {
        var at = r * fieldCount + g
        var list = entryTerms[at]
        var fieldLength = lengths[at]
        var elements = new Array(list.length)
        for (var j = 0; j < list.length; j += 2) {
          var term = list[j]
          var freq = list[j + 1]
          var score = idfs[term] * ((K1 + 1) * freq) / (K1 * (1 - B + B * (fieldLength / averages[g])) + freq)
          score *= boosts[g]
          elements[j] = term
          elements[j + 1] = Math.round(score * 1000) / 1000
        }
        fieldVectors[fields[g] + '/' + refs[r]] = new lunr.Vector(elements)
      }
    }

    return new lunr.Index({
      invertedIndex: invertedIndex,
      fieldVectors: fieldVectors,
      tokenSet: lunr.TokenSet.fromArray(terms.slice().sort()),
      fields: fields.slice(),
      pipeline: lunr.Pipeline.load(pack.pipeline)
    })
  }

  return { format: FORMAT, loadPack: loadPack }
}))
