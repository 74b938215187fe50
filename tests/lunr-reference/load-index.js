#!/usr/bin/env node
'use strict'
// What the search worker does before its first result, timed in Node (search benchmark, tests/CaseLibrary.Benchmarks):
//   node load-index.js LANGUAGE INDEX.json|INDEX.pack.json STORE.json WORD
// stdout: {"parseMs", "loadMs", "storeMs", "queryMs", "hits"}: JSON.parse of the index, lunr.Index.load (for a pack:
// search-pack.js's loadPack, as the worker does),
// JSON.parse of the store, and one query as search-worker.js builds it (the word, and its folded form as a prefix).
const fs = require('fs')
const path = require('path')
const { lunr, loadLanguage, caselib } = require('./lunr-setup')
const { loadPack } = require(path.join(process.env.CASELIB_THEME_DIR || path.resolve(__dirname, '..', '..', 'theme'), 'assets', 'js', 'search-pack.js'))

const [language, indexPath, storePath, word] = process.argv.slice(2)
if (!language || !indexPath || !storePath || !word) {
  process.stderr.write('usage: load-index.js LANGUAGE INDEX.json STORE.json WORD\n')
  process.exit(2)
}
loadLanguage(language)
const indexText = fs.readFileSync(indexPath, 'utf8')
const storeText = fs.readFileSync(storePath, 'utf8')
const ms = since => Number(process.hrtime.bigint() - since) / 1e6

let t = process.hrtime.bigint()
const data = JSON.parse(indexText)
const parseMs = ms(t)
t = process.hrtime.bigint()
const index = data.format ? loadPack(lunr, data) : lunr.Index.load(data)
const loadMs = ms(t)
t = process.hrtime.bigint()
JSON.parse(storeText)
const storeMs = ms(t)
t = process.hrtime.bigint()
const hits = index.query(q => {
  q.term(word, { boost: 10 })
  q.term(caselib.fold(word), { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 1 })
}).length
const queryMs = ms(t)
process.stdout.write(JSON.stringify({ parseMs, loadMs, storeMs, queryMs, hits }) + '\n')
