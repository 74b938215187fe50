/*!
 * CaseLibrary search: what a query means (all words required, typo correction, compound parts), on top of
 * lunr 2.3.9's own query engine and BM25 scores. Loaded by the search worker (after lunr.js, search-fold.js and
 * search-pack.js) and by the Node tests (tests/lunr-reference/query-semantics.js).
 *
 * Each query word becomes a group of lunr clauses:
 *   - the word itself through the language's search pipeline (stemmer, accent folding), boost 10;
 *   - its folded form as a prefix (`word*`, no pipeline), boost 1, so a word being typed already matches;
 *   - in German and Dutch, each stem of 6 letters or more also as an inner part (`*stem*`), boost 1, so
 *     `Gemeinschaft` finds `Praxisgemeinschaft` and `begeleiding` finds `loopbaanbegeleiding`;
 *   - in German and Dutch, a stem of 4 or 5 letters only as a compound's last part (its head, which names what the
 *     compound is), boost 1: each term of the vocabulary that ends with the stem, or with the stem and an ending the
 *     stemmer leaves on (German -in/-innen, also after the -er the query's stem lost; Dutch -er, -es, a doubled last
 *     consonant), after a first part of 4 letters or more. So `Berater` finds `Berufsberaterin`, `Quote`
 *     `Übergangsquote`, `stage` `snuffelstages`, but `Stelle` does not find `Vorstellung` or `Bestellung`, nor
 *     `werk` `netwerk`; a stem of 3 letters (`Rat`, `taal` → `tal`) is never a part. Measured on the library and on
 *     the benchmark corpus (README, "Search"): inside compounds, such stems matched mostly other words. These are
 *     clauses of single terms (lunr scores them as one wildcard clause expanding to the same terms), chosen in the
 *     whole vocabulary, which prepare() loads first.
 * A stop word of the language is left out, as the index leaves it out; a query of stop words alone finds nothing.
 *
 * Every word is required: a case is a result only when each group matches it. lunr's `+term` presence applies to
 * one clause, and a group is several (the word, its prefix, its parts), so the worker asks lunr for the documents
 * each group matches, keeps the documents of the cases every group matched, and orders them by lunr's score for the
 * query made of all the groups (lunr's BM25, unchanged). The index holds one document per section of a case
 * (options.caseOf names a document's case): the words may be in different sections of the case. When no case has
 * every word, the results are those of any word (mode 'any'), and the page says so.
 *
 * A German or Dutch word that matches nothing and that the vocabulary has as two words (a compound the library never
 * writes: `Schulabbruch` → `schul` + `abbruch`, each part 4 letters or more, a linking -s, -es, -n, -en or -e left off
 * the first part) is searched as those two words, both required, each with its own clauses (so `abbruch` also finds
 * `Ausbildungsabbruch`); the reply names it as a correction, which an exact query does not make. Tried before the typo
 * correction: a misspelt compound rarely falls into two words of the vocabulary, and its typo is then corrected.
 *
 * A word of 5 letters or more that matches nothing is looked up in the language's index vocabulary at edit
 * distance 1 (2 for words of 9 letters or more); the nearest term (then the most frequent, then the first in
 * order) replaces it and the reply names the correction, unless the query asks for exact words.
 *
 * A misspelt word's own letters come first: every spelling one edit away from it (a letter left out, added, changed
 * or two swapped) whose stem is in the vocabulary is a candidate at distance 1, since a typo near the end of a word
 * keeps the stemmer from taking its ending off ('confidentialty', 'apprendistatto').
 *
 * Phrases: the index keeps no word positions, so a quoted phrase cannot be checked; quote marks are dropped
 * and the reply says that the phrase was searched as separate words ('phrase': true).
 *
 * A word written with a minus in front (`-apprenticeship`, after a space or at the start) leaves out the cases it
 * matches ('excluded'); lunr's other operators (`word~1`, `word^10`, `+word`) are read as the plain word. A query with
 * no word that can be searched (only punctuation, `*`, emoji) is mode 'nowords' and finds nothing; a query of stop
 * words alone is mode 'common'.
 */
;(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory()
  } else {
    root.caselibQuery = factory()
  }
}(typeof self !== 'undefined' ? self : this, function () {
  'use strict'

  // Words longer than this are not in the index (generator/Search/LongTokens.cs), and lunr-languages' trimmers
  // take time quadratic in a word's length, so longer query words are dropped.
  var MAX_WORD_LENGTH = 64
  var COMPOUND_LANGUAGES = { de: true, nl: true }
  var MIN_COMPOUND_PART = 6 // a stem this long matches anywhere inside a compound (`*stem*`)
  var MIN_COMPOUND_HEAD = 4 // a shorter stem (4-5 letters) only as a compound's last part,
  var MIN_FIRST_PART = 4 // after a first part this long (not a verb's prefix: vor|stell, be|werk; nor net|werk)
  // What may follow a short stem at the end of a compound's term (the index holds stems): the endings the
  // language's stemmer leaves on. German: the feminine -in/-innen (after the -er that the query's stemmer took off:
  // Berater → berat, Berufsberaterin → berufsberaterin). Dutch: -er (jongerenwerker, mantelzorger), the -es of loan
  // words (snuffelstages), and a doubled last consonant (actieplannen → actieplann).
  var HEAD_ENDINGS = { de: ['', 'in', 'inn', 'erin', 'erinn'], nl: ['', 'er', 'es'] }
  var MIN_SPLIT_PART = 4 // each part of a compound the vocabulary has as two words (schul|abbruch)
  // The linking elements a compound's first part may end with (Ausbildung|s|abbruch, Frauen|beratung, vrijwilliger|s|werk).
  var LINKS = { de: ['s', 'es', 'n', 'en', 'e'], nl: ['s', 'en', 'e'] }
  var MIN_TYPO_WORD = 5
  var LONG_TYPO_WORD = 9
  var QUOTES = /["\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A]/g
  var EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu
  var OPERATOR_SUFFIX = /[~^][0-9]*$/
  // Letters a one-edit typo candidate may add or change, besides those of the word itself.
  var LETTERS = 'abcdefghijklmnopqrstuvwxyz'
  var LANGUAGE_LETTERS = { de: 'äöüß', fi: 'äöå', fr: 'àâæçéèêëîïôœùûüÿ', it: 'àèéìíîòóùú', nl: 'éëïöü' }

  function identity (s) { return s }

  /** Words of a piece of the query (lunr's tokenizer, lower case, without lunr's operators and edge punctuation). */
  /**
   * A word with an apostrophe between letters as its pieces of two letters or more ("l'impiego" → "impiego",
   * "dell’occupabilità" → "dell occupabilità", "practitioner's" → "practitioner"): the index's texts are split so
   * (generator/Search/Apostrophes.cs).
   */
  function splitApostrophes (text) {
    return String(text).replace(/[\p{L}\p{M}]+(?:['\u2019\u02BC][\p{L}\p{M}]+)+/gu, function (word) {
      return word.split(/['\u2019\u02BC]/).filter(function (piece) { return piece.length > 1 }).join(' ')
    })
  }

  function wordsOf (lunr, text) {
    return lunr.tokenizer(splitApostrophes(text))
      .map(function (t) { return t.toString().replace(OPERATOR_SUFFIX, '').replace(EDGES, '') })
      .filter(function (t) { return t.length > 0 && t.length <= MAX_WORD_LENGTH })
  }

  /**
   * The query's words, the words to leave out (written with a minus in front), and whether it held a quoted phrase.
   * A minus inside a word (opinto-ohjaaja) splits it as lunr's tokenizer does.
   */
  function parse (lunr, text) {
    text = String(text)
    var phrase = QUOTES.test(text)
    QUOTES.lastIndex = 0
    var words = []
    var excluded = []
    text.replace(QUOTES, ' ').split(/\s+/).forEach(function (piece) {
      if (/^-[^-]/.test(piece)) wordsOf(lunr, piece.slice(1)).forEach(function (w) { if (excluded.indexOf(w) < 0) excluded.push(w) })
      else wordsOf(lunr, piece).forEach(function (w) { words.push(w) })
    })
    return { words: words, excluded: excluded, phrase: phrase }
  }

  /** Levenshtein distance (small words only). */
  function distance (a, b) {
    var previous = []
    for (var j = 0; j <= b.length; j++) previous.push(j)
    for (var i = 1; i <= a.length; i++) {
      var current = [i]
      for (var k = 1; k <= b.length; k++) {
        current.push(Math.min(previous[k] + 1, current[k - 1] + 1, previous[k - 1] + (a[i - 1] === b[k - 1] ? 0 : 1)))
      }
      previous = current
    }
    return previous[b.length]
  }

  /** Number of documents whose fields hold the term. */
  function documentFrequency (index, term) {
    var posting = index.invertedIndex[term]
    if (!posting) return 0
    var refs = {}
    index.fields.forEach(function (field) {
      var docs = posting[field]
      if (docs) Object.keys(docs).forEach(function (ref) { refs[ref] = true })
    })
    return Object.keys(refs).length
  }

  /** The clauses of one query word, or null for a word the pipeline drops. */
  function group (lunr, index, word, language, fold) {
    // The index leaves stop words out, but a search pipeline has no stop-word filter (lunr's and
    // lunr-languages' alike): the language's filter says which words to leave out of the query.
    var stopWords = language === 'en' ? lunr.stopWordFilter : lunr[language] && lunr[language].stopWordFilter
    if (stopWords && !stopWords(new lunr.Token(word, {}))) return null
    var stems = index.pipeline.runString(word)
    if (stems.length === 0) return null
    var clauses = [{ term: word, options: { boost: 10 } }]
    var folded = fold(word)
    if (word.length >= 3) clauses.push({ term: folded, options: { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 1 } })
    var heads = []
    var compounds = []
    if (COMPOUND_LANGUAGES[language]) {
      var seen = {}
      stems.forEach(function (stem) {
        if (stem.length < MIN_COMPOUND_HEAD || seen[stem]) return
        seen[stem] = true
        if (stem.length >= MIN_COMPOUND_PART) {
          clauses.push({ term: stem, options: { usePipeline: false, wildcard: lunr.Query.wildcard.LEADING | lunr.Query.wildcard.TRAILING, boost: 1 } })
        } else {
          heads.push(stem)
        }
      })
      compounds = compoundsEndingIn(lunr, index, heads, language)
      compounds.forEach(function (term) { clauses.push({ term: term, options: { usePipeline: false, boost: 1 } }) })
    }
    return { word: word, stems: stems, clauses: clauses, heads: heads, compounds: compounds }
  }

  /** Endings a short stem may have at the end of a compound's term (HEAD_ENDINGS). */
  function headEndings (stem, language) {
    var list = HEAD_ENDINGS[language].slice()
    var last = stem[stem.length - 1]
    // Dutch doubles a last consonant after a short vowel before -en, and its stemmer undoubles only k, d and t.
    if (language === 'nl' && /[^aeiouy]/.test(last) && /[aeiouy]/.test(stem[stem.length - 2])) list.push(last)
    return list
  }

  /**
   * The terms of the index's vocabulary that end with one of the short stems (plus an ending of headEndings), after a
   * first part of MIN_FIRST_PART letters or more, sorted. The token set must be the whole vocabulary's (a split index
   * loads it first: prepare()). lunr scores a clause for each of them as it scores one wildcard clause that expands to
   * the same terms (each expanded term adds the clause's boost to the query vector).
   */
  function compoundsEndingIn (lunr, index, heads, language) {
    if (heads.length === 0) return []
    var endings = []
    heads.forEach(function (stem) {
      headEndings(stem, language).forEach(function (ending) { if (endings.indexOf(stem + ending) < 0) endings.push(stem + ending) })
    })
    var found = []
    vocabularyOf(index).forEach(function (term) {
      for (var e = 0; e < endings.length; e++) {
        var head = endings[e]
        if (term.length - head.length >= MIN_FIRST_PART && term.slice(-head.length) === head) { found.push(term); return }
      }
    })
    return found.sort()
  }

  // The terms of a token set, in order, listed once: a whole vocabulary's token set does not change, and scanning the
  // list for endings is much faster than walking the trie with a leading wildcard for every query.
  var vocabularies = new WeakMap()
  function vocabularyOf (index) {
    var terms = vocabularies.get(index.tokenSet)
    if (terms === undefined) vocabularies.set(index.tokenSet, terms = index.tokenSet.toArray())
    return terms
  }

  function run (index, clauses) {
    return index.query(function (q) {
      clauses.forEach(function (c) { q.term(c.term, c.options) })
    })
  }

  /** Whether a term is in the index's vocabulary (its token set, walked letter by letter). */
  function known (index, term) {
    var node = index.tokenSet
    for (var i = 0; i < term.length && node; i++) node = node.edges[term[i]]
    return !!node && node.final
  }

  /** Every spelling one edit away from a word: a letter left out, two next to each other swapped, one changed or added. */
  function edits (word, letters) {
    var seen = Object.create(null)
    var list = []
    function add (w) { if (w.length > 0 && !seen[w]) { seen[w] = true; list.push(w) } }
    for (var i = 0; i <= word.length; i++) {
      var head = word.slice(0, i)
      var tail = word.slice(i)
      if (tail.length > 0) add(head + tail.slice(1))
      if (tail.length > 1) add(head + tail[1] + tail[0] + tail.slice(2))
      for (var l = 0; l < letters.length; l++) {
        if (tail.length > 0 && tail[0] !== letters[l]) add(head + letters[l] + tail.slice(1))
        add(head + letters[l] + tail)
      }
    }
    return list
  }

  /**
   * The vocabulary terms that a spelling one edit away from the word stems to: [{ source, term }] (source: that
   * spelling). Catches the typos that keep the stemmer from taking a word's ending off.
   */
  function nearSpellings (index, g, language) {
    var letters = LETTERS + (LANGUAGE_LETTERS[language] || '')
    Array.prototype.forEach.call(g.word, function (c) { if (letters.indexOf(c) < 0) letters += c })
    var found = []
    var seen = Object.create(null)
    edits(g.word, letters).forEach(function (spelling) {
      index.pipeline.runString(spelling).forEach(function (term) {
        if (seen[term] || !known(index, term)) return
        seen[term] = true
        found.push({ source: spelling, term: term })
      })
    })
    return found
  }

  /** The vocabulary terms within edit distance `limit` of a word's stems and folded letters. */
  function near (lunr, index, g, fold, limit) {
    var letters = fold(g.word)
    var found = []
    g.stems.concat([letters]).forEach(function (source) {
      if (source.length < 2) return
      index.tokenSet.intersect(lunr.TokenSet.fromFuzzyString(source, limit)).toArray().forEach(function (term) {
        found.push({ source: source, term: term })
      })
    })
    return found
  }

  /** Whether a word is one the vocabulary has (a stem of 3 letters or more of it is a term) and no stop word. */
  function knownWord (lunr, index, word, language, fold) {
    var g = group(lunr, index, word, language, fold)
    return g !== null && g.stems.some(function (stem) { return stem.length >= 3 && known(index, stem) })
  }

  /**
   * The two words a German or Dutch word that matches nothing is made of, when the vocabulary has both (the longest
   * last part first; a linking element left off the first part), or null. The token set must be the whole vocabulary's.
   */
  function splitCompound (lunr, index, word, language, fold) {
    if (!COMPOUND_LANGUAGES[language] || word.length < 2 * MIN_SPLIT_PART) return null
    for (var i = MIN_SPLIT_PART; i <= word.length - MIN_SPLIT_PART; i++) {
      var last = word.slice(i)
      if (!knownWord(lunr, index, last, language, fold)) continue
      // The first part without a linking -s first (the stemmer would keep "ausbildungs"), as written next (Eltern,
      // Schule), without another linking element last.
      var first = word.slice(0, i)
      var withoutS = []
      var withoutOther = []
      LINKS[language].forEach(function (link) {
        var bare = first.slice(0, first.length - link.length)
        if (first.slice(-link.length) === link && bare.length >= MIN_SPLIT_PART) (link === 's' || link === 'es' ? withoutS : withoutOther).push(bare)
      })
      var firsts = withoutS.concat([first], withoutOther)
      for (var f = 0; f < firsts.length; f++) {
        if (knownWord(lunr, index, firsts[f], language, fold)) return [firsts[f], last]
      }
    }
    return null
  }

  function typoLimits (letters) {
    if (letters.length < MIN_TYPO_WORD) return []
    return letters.length >= LONG_TYPO_WORD ? [1, 2] : [1]
  }

  /**
   * The nearest vocabulary term of a word that matched nothing, or null: first the terms of the spellings one edit
   * away from the word, then the terms within the edit distance of its stems and letters.
   */
  function correct (lunr, index, g, fold, language) {
    var limits = typoLimits(fold(g.word))
    if (limits.length === 0) return null
    var rounds = [function () { return nearSpellings(index, g, language).map(function (f) { return { source: f.term, term: f.term } }) }]
    limits.forEach(function (limit) { rounds.push(function () { return near(lunr, index, g, fold, limit) }) })
    for (var l = 0; l < rounds.length; l++) {
      var best = null
      rounds[l]().forEach(function (found) {
        var candidate = { term: found.term, distance: distance(found.source, found.term), frequency: documentFrequency(index, found.term) }
        if (!best || candidate.distance < best.distance ||
            (candidate.distance === best.distance && (candidate.frequency > best.frequency ||
              (candidate.frequency === best.frequency && candidate.term < best.term)))) best = candidate
      })
      if (best) return best.term
    }
    return null
  }

  /**
   * Loads into a split index (search-split.js's loadSplit) what search() reads for the same text and options: the token
   * set and postings of each word's clauses, and, for a word whose clauses expand to no term (it matches nothing), the
   * whole vocabulary and the postings of its typo candidates. Resolves when search(lunr, split.index, …) can run.
   */
  function prepare (lunr, split, text, options) {
    options = options || {}
    var fold = options.fold || identity
    var index = split.index
    var parsed = parse(lunr, text)
    function groupsOf (words) {
      return words.map(function (w) { return group(lunr, index, w, options.language, fold) }).filter(function (g) { return g !== null })
    }
    function loadGroups (list) {
      return Promise.all(list.map(function (g) {
        return split.prepare(function (q) { g.clauses.forEach(function (c) { q.term(c.term, Object.assign({}, c.options)) }) })
      }))
    }
    var groups = groupsOf(parsed.words)
    var left = groupsOf(parsed.excluded)
    // A short German or Dutch stem's compounds are found in the whole vocabulary: load it, then make the groups again.
    // Meanwhile the postings of the words themselves load (the groups made again still search them), so the
    // vocabulary costs no round trip of its own before them.
    var ready = groups.concat(left).some(function (g) { return g.heads.length > 0 })
      ? Promise.all([split.loadVocabulary(), loadGroups(groups.concat(left))]).then(function () { groups = groupsOf(parsed.words); left = groupsOf(parsed.excluded) })
      : Promise.resolve()
    return ready.then(function () {
      return loadGroups(groups.concat(left))
    }).then(function (prepared) {
      var unmatched = groups.filter(function (g, i) { return prepared[i].terms.length === 0 && !options.exact && !kept(options, g.word) })
      var typos = unmatched.filter(function (g) { return typoLimits(fold(g.word)).length > 0 })
      var compounds = unmatched.filter(function (g) { return COMPOUND_LANGUAGES[options.language] && g.word.length >= 2 * MIN_SPLIT_PART })
      if (typos.length === 0 && compounds.length === 0) return
      return split.loadVocabulary().then(function () {
        var parts = []
        compounds.forEach(function (g) {
          (splitCompound(lunr, index, g.word, options.language, fold) || []).forEach(function (part) {
            var p = group(lunr, index, part, options.language, fold)
            if (p) parts.push(p)
          })
        })
        return loadGroups(parts)
      }).then(function () {
        var found = []
        typos.forEach(function (g) {
          nearSpellings(index, g, options.language).forEach(function (n) { found.push(n.term) })
          typoLimits(fold(g.word)).forEach(function (limit) {
            near(lunr, index, g, fold, limit).forEach(function (n) { found.push(n.term) })
          })
        })
        return split.load(found)
      })
    })
  }

  /** Whether options.keep (words as the query writes them) says not to correct this word. */
  function kept (options, word) {
    return !!options.keep && options.keep.indexOf(word) >= 0
  }

  /**
   * Searches one language's index. options: language (site code), fold (search-fold.js's fold), exact (no typo
   * correction), keep (query words, as parse() gives them, never to correct: another language has them as written),
   * display(term, refs) (a readable word for a corrected term; default: the term), caseOf(ref) (the case of a document
   * ref; default: the ref itself, a document per case).
   * Returns { hits: [{ref, score}] in lunr's order (documents), mode: 'all' | 'any' | 'none' | 'empty' (no query
   * text) | 'nowords' (text, but no word to search for) | 'common' (stop words only), words, excluded, phrase,
   * corrections: [{ word, term, display, parts (a compound searched as the two words it is made of) }], compounds: [the index terms of compounds that short German or Dutch
   * stems found in the hits], found: [the query words that matched as written (or as corrected)] }.
   */
  function search (lunr, index, text, options) {
    options = options || {}
    var fold = options.fold || identity
    var caseOf = options.caseOf || identity
    var parsed = parse(lunr, text)
    var reply = { hits: [], mode: 'empty', words: parsed.words, excluded: parsed.excluded, phrase: parsed.phrase, corrections: [], compounds: [], found: [] }
    var groups = parsed.words.map(function (w) { return group(lunr, index, w, options.language, fold) })
      .filter(function (g) { return g !== null })
    if (groups.length === 0) {
      if (parsed.words.length > 0) reply.mode = 'common'
      else if (String(text).trim().length > 0) reply.mode = 'nowords'
      return reply
    }
    // The cases of the words to leave out.
    var left = Object.create(null)
    parsed.excluded.forEach(function (w) {
      var g = group(lunr, index, w, options.language, fold)
      if (g) run(index, g.clauses).forEach(function (h) { left[caseOf(h.ref)] = true })
    })

    // A German or Dutch compound that matches nothing and that the vocabulary has as two words: those two words.
    if (!options.exact) {
      groups = [].concat.apply([], groups.map(function (g) {
        g.hits = run(index, g.clauses)
        if (g.hits.length > 0 || kept(options, g.word)) return [g]
        var parts = splitCompound(lunr, index, g.word, options.language, fold)
        var partGroups = parts ? parts.map(function (part) { return group(lunr, index, part, options.language, fold) }) : []
        if (!parts || partGroups.some(function (p) { return p === null || (p.hits = run(index, p.clauses)).length === 0 })) return [g]
        reply.corrections.push({ word: g.word, term: parts.join(' '), display: parts.join(' '), parts: parts })
        partGroups.forEach(function (p) { p.part = true })
        return partGroups
      }))
    }

    var matched = groups.map(function (g) {
      var hits = g.hits || run(index, g.clauses)
      if (hits.length === 0 && !options.exact && !g.part && !kept(options, g.word)) {
        var term = correct(lunr, index, g, fold, options.language)
        if (term !== null) {
          g.clauses = [{ term: term, options: { usePipeline: false, boost: 10 } }]
          hits = run(index, g.clauses)
          var refs = hits.map(function (h) { return h.ref })
          reply.corrections.push({ word: g.word, term: term, display: options.display ? options.display(term, refs) : term })
        }
      }
      var set = Object.create(null) // the cases this word's clauses matched
      hits.forEach(function (h) { set[caseOf(h.ref)] = true })
      g.hits = hits
      if (hits.length > 0 && !g.part) reply.found.push(g.word)
      return set
    })

    // One word: the query of all the groups is that word's clauses, whose hits are at hand (lunr's results for the
    // same clauses on the same index); several words: lunr scores the query made of all of them.
    var all = groups.length === 1 ? groups[0].hits : run(index, [].concat.apply([], groups.map(function (g) { return g.clauses })))
    all = all.filter(function (hit) { return !(caseOf(hit.ref) in left) })
    var required = all.filter(function (hit) { var c = caseOf(hit.ref); return matched.every(function (set) { return c in set }) })
    if (required.length > 0 || groups.length === 1) {
      reply.hits = required
      reply.mode = required.length > 0 ? 'all' : 'none'
    } else {
      reply.hits = all
      reply.mode = all.length > 0 ? 'any' : 'none'
    }
    // The compounds that short stems found in the results (terms of the index: the page marks the words they start).
    if (groups.some(function (g) { return g.compounds.length > 0 })) {
      var found = Object.create(null)
      reply.hits.forEach(function (hit) { Object.keys(hit.matchData.metadata).forEach(function (term) { found[term] = true }) })
      groups.forEach(function (g) {
        g.compounds.forEach(function (term) { if (found[term] && reply.compounds.indexOf(term) < 0) reply.compounds.push(term) })
      })
    }
    return reply
  }

  /** The query as the search worker built it before the required words (any word, ranked by lunr). */
  function searchAnyWord (lunr, index, text, options) {
    var fold = (options && options.fold) || identity
    var words = lunr.tokenizer(text).map(function (t) { return t.toString() })
      .filter(function (t) { return t.length > 0 && t.length <= MAX_WORD_LENGTH })
    if (words.length === 0) return []
    return index.query(function (q) {
      words.forEach(function (word) {
        q.term(word, { boost: 10 })
        if (word.length >= 3) q.term(fold(word), { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 1 })
      })
    })
  }

  /** The case of a section document's ref ("<case ref>.<section>"; a ref without a section is its own case). */
  function caseOfSection (ref) {
    var dot = ref.indexOf('.')
    return dot < 0 ? ref : ref.slice(0, dot)
  }

  /**
   * Cases from a list of section hits in lunr's order: [{ ref (the case's), score (its best section's: lunr's score
   * for the whole query), sections: [{ section (number), score }] best first }], in lunr's order of their best
   * sections. (Measured on the judged queries: summing each word's best section instead ranked worse.)
   */
  function byCase (hits) {
    var cases = []
    var at = {}
    hits.forEach(function (hit) {
      var ref = caseOfSection(hit.ref)
      var dot = hit.ref.indexOf('.')
      var section = dot < 0 ? 0 : parseInt(hit.ref.slice(dot + 1), 10)
      if (!(ref in at)) {
        at[ref] = cases.length
        cases.push({ ref: ref, score: hit.score, sections: [] })
      }
      cases[at[ref]].sections.push({ section: section, score: hit.score })
    })
    return cases
  }

  return { parse: parse, splitApostrophes: splitApostrophes, search: search, prepare: prepare, searchAnyWord: searchAnyWord, distance: distance, caseOfSection: caseOfSection, byCase: byCase, edits: edits }
}))
