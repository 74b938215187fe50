/*!
 * CaseLibrary search: accent folding for lunr 2.3.9 + lunr-languages 1.22.0.
 *
 * This file is loaded by the browser (after lunr.js, lunr.stemmer.support.js and lunr.<lang>.js)
 * and by the Node reference builder tests/lunr-reference/. The C# index builder mirrors it in
 * generator/Search/AccentFolding.cs, FoldStep.cs, DedupeStep.cs and PipelineLayout.cs; the
 * differential tests prove both sides produce identical indexes, so change both together.
 *
 * Two pipeline functions are registered:
 *
 *   caselibFold    passes every token through unchanged and, when folding changes it, adds a
 *                  folded copy right after it (é→e, ä→a, à→a, ß→ss, æ→ae, ...). The copy shares
 *                  the original token's metadata object.
 *   caselibDedupe  drops a token that equals the token just before it when both come from the
 *                  same source word (same metadata object), so a word whose folded form stems
 *                  to the same term is not counted twice.
 *
 * Where they go (configure() below does it for index and search pipeline alike):
 *
 *   caselibFold is inserted immediately before the stemmer, so the stop-word filters still see
 *   the accented words they list ("été", "für", "più", "että"). Exception: lunr's English
 *   `trimmer` strips every non-ASCII letter at a word's edges ("équipe" becomes "quipe"), so
 *   where that trimmer is present, caselibFold goes before it.
 *   caselibDedupe is inserted immediately after the stemmer.
 *
 * Why keep the original and add a copy instead of replacing it: some stemmers need the accents.
 * The Italian stemmer recognises the future tense only by "-erà"/"-erò" ("abbandonerà" stems to
 * "abbandon", "abbandonera" to "abbandoner"), the Finnish one reads vowel harmony from ä/ö.
 * Keeping the original means every index holds exactly the terms plain lunr(-languages) would
 * hold, plus the stems of the folded words: an accented query matches as it always did, and an
 * unaccented query ("equipement", "kayttaja", "citta") meets the stem of the folded word.
 * Folding before the stemmer (not after) is what lets inflected unaccented queries match too:
 * "kayttajalla" and "käyttäjä" both reach the stem "kayttaj".
 * The price: an accented word counts as two terms in the field length used by BM25.
 */
;(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory()
  } else {
    var api = factory()
    root.caselibSearch = api
    if (root.lunr) api.register(root.lunr)
  }
}(this, function () {
  'use strict'

  // Lowercase Latin letters whose canonical decomposition is an ASCII letter plus combining
  // marks, grouped by that letter. Tokens reach the pipeline already lowercased.
  var GROUPS = {
    a: 'àáâãäåāăąǎǟǡǻȁȃȧḁạảấầẩẫậắằẳẵặ',
    b: 'ḃḅḇ',
    c: 'çćĉċčḉ',
    d: 'ďḋḍḏḑḓ',
    e: 'èéêëēĕėęěȅȇȩḕḗḙḛḝẹẻẽếềểễệ',
    f: 'ḟ',
    g: 'ĝğġģǧǵḡ',
    h: 'ĥȟḣḥḧḩḫẖ',
    i: 'ìíîïĩīĭįǐȉȋḭḯỉị',
    j: 'ĵǰ',
    k: 'ķǩḱḳḵ',
    l: 'ĺļľḷḹḻḽ',
    m: 'ḿṁṃ',
    n: 'ñńņňǹṅṇṉṋ',
    o: 'òóôõöōŏőơǒǫǭȍȏȫȭȯȱṍṏṑṓọỏốồổỗộớờởỡợ',
    p: 'ṕṗ',
    r: 'ŕŗřȑȓṙṛṝṟ',
    s: 'śŝşšșṡṣṥṧṩ',
    t: 'ţťțṫṭṯṱẗ',
    u: 'ùúûüũūŭůűųưǔǖǘǚǜȕȗṳṵṷṹṻụủứừửữự',
    v: 'ṽṿ',
    w: 'ŵẁẃẅẇẉẘ',
    x: 'ẋẍ',
    y: 'ýÿŷȳẏẙỳỵỷỹ',
    z: 'źżžẑẓẕ'
  }

  // Letters without a decomposition that readers still type as ASCII.
  var SPECIAL = {
    'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'þ': 'th',
    'ł': 'l', 'ı': 'i', 'ħ': 'h', 'ŧ': 't', 'ĳ': 'ij', 'ŀ': 'l', 'ſ': 's'
  }

  var MAP = Object.create(null)
  Object.keys(GROUPS).forEach(function (base) {
    var letters = GROUPS[base]
    for (var i = 0; i < letters.length; i++) MAP[letters.charAt(i)] = base
  })
  Object.keys(SPECIAL).forEach(function (letter) { MAP[letter] = SPECIAL[letter] })

  /**
   * What fold() makes of the code unit at i of text: itself, the letters it folds to, or '' (a combining mark).
   */
  function foldUnit (text, i) {
    var code = text.charCodeAt(i)
    if (code < 0x80) return text.charAt(i)
    if (code >= 0x300 && code <= 0x36f) return ''
    var mapped = MAP[text.charAt(i)]
    return mapped === undefined ? text.charAt(i) : mapped
  }

  /**
   * Folds one term: maps the letters above and drops combining diacritical marks
   * (U+0300..U+036F, e.g. the dot that toLowerCase leaves after "İ"). Works on UTF-16 code
   * units; everything else is kept as it is.
   */
  function fold (text) {
    var out = ''
    for (var i = 0; i < text.length; i++) out += foldUnit(text, i)
    return out
  }

  /**
   * For marking a text's words (the search page's result cards, the case page a result opens): the text in lower
   * case and folded as fold() folds a term, which can change its length (ß → ss, œ → oe, a combining mark dropped,
   * "İ" lowers to two code units), with the way back: range(start, end) turns [start, end) of the folded text into
   * [start, end) of the text, so a mark found in the folded text covers the same characters in the text. A character
   * folded into several is taken whole, and the combining marks after a character go with it.
   * Returns { text, from, range }: from[i] is the index in text of the character that folded character i comes from.
   */
  function foldForMarking (text) {
    var lower = text.toLowerCase()
    var out = ''
    var from = []
    function add (piece, origin) {
      for (var k = 0; k < piece.length; k++) from.push(origin)
      out += piece
    }
    if (lower.length === text.length) {
      // Lower-casing kept every position (the usual case; it also keeps the final sigma "ς" of the whole text).
      for (var i = 0; i < lower.length; i++) add(foldUnit(lower, i), i)
    } else {
      for (var j = 0; j < text.length; j++) {
        var code = text.charCodeAt(j)
        var width = code >= 0xd800 && code <= 0xdbff && j + 1 < text.length ? 2 : 1
        add(fold(text.substr(j, width).toLowerCase()), j)
        j += width - 1
      }
    }
    from.push(text.length)
    return {
      text: out,
      from: from,
      range: function (start, end) {
        while (end > start && end < out.length && from[end] === from[end - 1]) end += 1
        return [from[start], from[end]]
      }
    }
  }

  function caselibFold (token) {
    var text = token.toString()
    var folded = fold(text)
    if (folded === text) return token
    return [token, token.clone(function () { return folded })]
  }

  function caselibDedupe (token, i, tokens) {
    var previous = i > 0 ? tokens[i - 1] : null
    if (previous && previous.metadata === token.metadata && previous.toString() === token.toString()) {
      return undefined
    }
    return token
  }

  function register (lunr) {
    if (lunr.Pipeline.registeredFunctions.caselibFold !== caselibFold) {
      lunr.Pipeline.registerFunction(caselibFold, 'caselibFold')
      lunr.Pipeline.registerFunction(caselibDedupe, 'caselibDedupe')
    }
  }

  function isStemmer (label) {
    return label === 'stemmer' || label.indexOf('stemmer-') === 0
  }

  /** Inserts caselibFold and caselibDedupe into one pipeline, as described at the top. */
  function placeSteps (lunr, pipeline) {
    var labels = pipeline.toJSON()
    var stemmer = labels.filter(isStemmer)[0]
    if (!stemmer) throw new Error('caselib: pipeline has no stemmer: ' + labels.join(', '))
    var foldBefore = labels.indexOf('trimmer') >= 0 ? 'trimmer' : stemmer
    var registered = lunr.Pipeline.registeredFunctions
    pipeline.before(registered[foldBefore], caselibFold)
    pipeline.after(registered[stemmer], caselibDedupe)
  }

  /**
   * Configures a lunr.Builder for a site language ('en' keeps lunr's own pipeline; other codes
   * need lunr.stemmer.support.js and lunr.<code>.js loaded) and adds the folding steps.
   */
  function configure (builder, lunr, language) {
    register(lunr)
    if (language !== 'en') {
      if (typeof lunr[language] !== 'function') {
        throw new Error('caselib: lunr.' + language + '.js is not loaded')
      }
      builder.use(lunr[language])
    }
    placeSteps(lunr, builder.pipeline)
    placeSteps(lunr, builder.searchPipeline)
  }

  /**
   * Loads a serialized CaseLibrary index in the browser. The index names its search pipeline
   * (e.g. ["trimmer-fi","caselibFold","stemmer-fi","caselibDedupe"]); lunr.Index.load needs
   * every one of those functions registered, so load lunr.js, lunr.stemmer.support.js and
   * lunr.<lang>.js (not for 'en') and this file first, then call loadIndex(lunr, json).
   */
  function loadIndex (lunr, serialized) {
    register(lunr)
    return lunr.Index.load(typeof serialized === 'string' ? JSON.parse(serialized) : serialized)
  }

  return {
    fold: fold,
    foldForMarking: foldForMarking,
    caselibFold: caselibFold,
    caselibDedupe: caselibDedupe,
    register: register,
    configure: configure,
    loadIndex: loadIndex
  }
}))
