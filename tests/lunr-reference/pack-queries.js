#!/usr/bin/env node
'use strict'
// Queries the same index loaded two ways, lunr.Index.load(index.json) and search-pack.js's loadPack(pack), and
// compares every result (ref, score, matched terms and fields). Terms are sampled from the index itself; each
// is searched as a word, as a prefix with a trailing wildcard, as a suffix with a leading one, with a wildcard
// inside, with edit distances 1 and 2 (every way lunr walks the token set), and in the form search-worker.js builds.
// stdin:  {"language":"fi","index":<index.json>,"pack":<index.pack.json>,"samples":50}
// stdout: {"queries": n, "results": m, "differences": ["…", …]}
const path = require('path')
const { lunr, loadLanguage, caselib, readStdinJson } = require('./lunr-setup')

const themeDir = process.env.CASELIB_THEME_DIR || path.resolve(__dirname, '..', '..', 'theme')
const { loadPack } = require(path.join(themeDir, 'assets', 'js', 'search-pack.js'))

const input = readStdinJson()
loadLanguage(input.language)
const fromJson = lunr.Index.load(input.index)
const fromPack = loadPack(lunr, input.pack)

const terms = input.index.invertedIndex.map(entry => entry[0])
const step = Math.max(1, Math.floor(terms.length / (input.samples || 50)))
const queries = []
for (let i = 0; i < terms.length; i += step) {
  const term = terms[i]
  queries.push(q => q.term(term))
  if (term.length > 2) queries.push(q => q.term(term.slice(0, 3), { wildcard: lunr.Query.wildcard.TRAILING }))
  if (term.length > 2) queries.push(q => q.term(term.slice(-3), { wildcard: lunr.Query.wildcard.LEADING }))
  if (term.length > 3) queries.push(q => q.term(term.slice(0, 1) + '*' + term.slice(2), { usePipeline: false }))
  queries.push(q => q.term(term, { editDistance: 1 }))
  if (term.length > 4) queries.push(q => q.term(term.slice(1), { editDistance: 2, usePipeline: false }))
  queries.push(q => {
    q.term(term, { boost: 10 })
    q.term(caselib.fold(term), { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 1 })
  })
}
queries.push(q => q.term('*', { wildcard: lunr.Query.wildcard.TRAILING }))

const show = results => JSON.stringify(results.map(r => [r.ref, r.score, r.matchData.metadata]))
let results = 0
const differences = []
queries.forEach((query, n) => {
  const a = show(fromJson.query(query))
  const b = show(fromPack.query(query))
  results += fromJson.query(query).length
  if (a !== b && differences.length < 5) differences.push(`query ${n}: ${a.slice(0, 300)} <> ${b.slice(0, 300)}`)
})
process.stdout.write(JSON.stringify({ queries: queries.length, results, differences }))
