#!/usr/bin/env node
'use strict'
// Queries one index two ways, lunr.Index.load(index.json) (the reference: lunr.js's own search over the whole index)
// and search-split.js's split index (vocabulary + the postings chunks a query loads) run by the scripts the site
// publishes for the browser (lunr's own lunr.min.js and lunr-languages' min/ files), and compares every result:
// ref, score (Object.is: the same double, to the last bit) and matched terms and fields, in order.
// Queries: terms sampled from the index, each as a word, a prefix `ab*`, a suffix `*yz`, an inner wildcard, edit
// distances 1 and 2, the clauses search-worker.js builds, and as lunr query strings: two and three words, `+a b`,
// `+a -b`, `a -b`, `-a` alone (runs on the whole index), `a~1`, `ab*`, field-scoped `title:a`, boosts `a^3`; then the
// site's query semantics (search-query.js: all words required, typo fallback) on both indexes, incl. typos.
// Each query runs on a split index shared by all queries (chunks accumulate, as in the worker) and, for the one-word
// queries, also on a fresh one (a cold search), whose loaded chunks are counted (and whether a plain word or prefix
// loaded the whole vocabulary: it must not).
// stdin:  {"language":"fi","index":<lunr's index.json>,"split":<split/index.json>,"terms":<split/terms.json>,
//          "chunks":[<chunk 0>, …],"samples":40}
// stdout: {"queries": n, "semantic": s, "compoundSplits": k, "results": m, "chunks": c, "coldChunksMax": k, "plainLoadedVocabulary": v, "differences": ["…", …]}
const path = require('path')
const { lunr, published, loadLanguage, caselib, readStdinJson } = require('./lunr-setup')

const themeDir = process.env.CASELIB_THEME_DIR || path.resolve(__dirname, '..', '..', 'theme')
const { loadSplit } = require(path.join(themeDir, 'assets', 'js', 'search-split.js'))
const caselibQuery = require(path.join(themeDir, 'assets', 'js', 'search-query.js'))

const input = readStdinJson()
loadLanguage(input.language)
const whole = lunr.Index.load(input.index)
const publishedWhole = published.Index.load(input.index)
let fetched = 0
function split () {
  return loadSplit(published, input.split, {
    chunk: n => { fetched++; return Promise.resolve(JSON.parse(JSON.stringify(input.chunks[n]))) },
    terms: () => Promise.resolve(JSON.parse(JSON.stringify(input.terms))),
    whole: () => Promise.resolve(publishedWhole)
  })
}
const shared = split()

const terms = input.index.invertedIndex.map(entry => entry[0])
const step = Math.max(1, Math.floor(terms.length / (input.samples || 40)))
const queries = [] // [name, fn, cold (also run on a fresh split), plain (a word or a prefix: no whole vocabulary)]
const W = lunr.Query.wildcard
for (let i = 0; i < terms.length; i += step) {
  const term = terms[i]
  const other = terms[(i * 7 + 3) % terms.length]
  const third = terms[(i * 13 + 5) % terms.length]
  queries.push([`term ${term}`, q => q.term(term), true, true])
  if (term.length > 2) queries.push([`${term.slice(0, 3)}*`, q => q.term(term.slice(0, 3), { wildcard: W.TRAILING }), true, true])
  if (term.length > 2) queries.push([`*${term.slice(-3)}`, q => q.term(term.slice(-3), { wildcard: W.LEADING })])
  if (term.length > 3) queries.push([`inner ${term}`, q => q.term(term.slice(0, 1) + '*' + term.slice(2), { usePipeline: false })])
  queries.push([`${term}~1`, q => q.term(term, { editDistance: 1 }), true])
  if (term.length > 4) queries.push([`${term}~2`, q => q.term(term.slice(1), { editDistance: 2, usePipeline: false })])
  queries.push([`worker ${term}`, q => {
    q.term(term, { boost: 10 })
    q.term(caselib.fold(term), { usePipeline: false, wildcard: W.TRAILING, boost: 1 })
  }, true, true])
  const plain = s => s.replace(/[:^~*+\-\s]/g, '')
  const [a, b, c] = [plain(term), plain(other), plain(third)]
  if (a && b && c) {
    for (const text of [`${a} ${b}`, `${a} ${b} ${c}`, `+${a} ${b}`, `+${a} +${b}`, `+${a} -${b}`, `${a} -${b}`, `-${a}`,
      `${a}~1`, `${a}*`, `title:${a}`, `body:${a} heading:${b}`, `${a}^3 ${b}`, `+${a}* -${c}~1`]) {
      queries.push([`search "${text}"`, { text }])
    }
  }
}
queries.push(['*', q => q.term('*', { wildcard: W.TRAILING })])

const show = results => JSON.stringify(results.map(r => [r.ref, r.score, r.matchData.metadata]))
const exactScores = (a, b) => a.length === b.length && a.every((r, i) => r.ref === b[i].ref && Object.is(r.score, b[i].score))

async function main () {
  let results = 0
  let coldChunksMax = 0
  let plainLoadedVocabulary = 0
  const differences = []
  const differ = (name, a, b) => { if (differences.length < 8) differences.push(`${name}: ${a.slice(0, 300)} <> ${b.slice(0, 300)}`) }
  for (const [name, query, cold, plain] of queries) {
    let expected, actual
    try {
      if (query.text !== undefined) {
        expected = whole.search(query.text)
        actual = await shared.search(query.text)
      } else {
        expected = whole.query(query)
        actual = await shared.query(query)
      }
    } catch (error) {
      if (error instanceof lunr.QueryParseError) continue // a sampled term that is not a valid query string
      differ(name, 'no error', String(error && error.stack))
      continue
    }
    results += expected.length
    if (!exactScores(expected, actual) || show(expected) !== show(actual)) differ(name, show(expected), show(actual))
    if (cold) {
      const fresh = split()
      const before = fetched
      const coldResults = await fresh.query(query)
      coldChunksMax = Math.max(coldChunksMax, fetched - before)
      if (plain && fresh.loaded().vocabulary) plainLoadedVocabulary++
      if (!exactScores(expected, coldResults) || show(expected) !== show(coldResults)) differ(`${name} (cold)`, show(expected), show(coldResults))
    }
  }
  // The site's query semantics on both indexes: words, pairs, a typo (a letter changed) of each, compounds.
  const texts = []
  for (let i = 0; i < terms.length; i += step) {
    const word = terms[i]
    texts.push(word, `${word} ${terms[(i * 7 + 3) % terms.length]}`)
    if (word.length >= 5) texts.push(word.slice(0, 2) + (word[2] === 'x' ? 'y' : 'x') + word.slice(3))
    if (word.length >= 9) texts.push(word.slice(0, 2) + 'xq' + word.slice(4))
    // Two terms written as one word: German and Dutch search a compound the vocabulary has as two words.
    const other = terms[(i * 11 + 5) % terms.length]
    if (word.length >= 4 && other.length >= 4) texts.push(word + other, word + 's' + other)
  }
  let semantic = 0
  let compoundSplits = 0 // the queries read as a compound's two words
  for (const text of texts) {
    for (const exact of [false, true]) {
      const options = { language: input.language, fold: caselib.fold, exact, caseOf: caselibQuery.caseOfSection }
      const expected = caselibQuery.search(lunr, whole, text, options)
      const fresh = split()
      await caselibQuery.prepare(published, fresh, text, options)
      let actual
      try {
        actual = caselibQuery.search(published, fresh.index, text, options)
      } catch (error) {
        differ(`semantics "${text}"`, 'no error', String(error && error.message))
        continue
      }
      semantic++
      if (expected.corrections.some(c => c.parts)) compoundSplits++
      const a = JSON.stringify([expected.mode, expected.corrections, expected.hits.map(h => [h.ref, h.score])])
      const b = JSON.stringify([actual.mode, actual.corrections, actual.hits.map(h => [h.ref, h.score])])
      if (a !== b || !exactScores(expected.hits, actual.hits)) differ(`semantics "${text}"`, a, b)
    }
  }
  process.stdout.write(JSON.stringify({
    queries: queries.length, semantic, compoundSplits, results, chunks: input.chunks.length, coldChunksMax, plainLoadedVocabulary, differences
  }))
}

main().catch(error => { process.stderr.write(String(error && error.stack) + '\n'); process.exit(1) })
