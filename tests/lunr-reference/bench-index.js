#!/usr/bin/env node
'use strict'
// Index builder for the search benchmark (tests/CaseLibrary.Benchmarks, mode "search").
//
//   node bench-index.js caselib INPUT OUT_INDEX
//     INPUT as for build-index.js ({"language","fields","docs":[{"ref","values"}]}); writes
//     JSON.stringify(index) built exactly as build-index.js builds it (lunr 2.3.9 + lunr-languages +
//     search-fold.js), so the benchmark can compare it byte for byte with the C# builder.
//
//   node bench-index.js naive INPUT OUT_INDEX OUT_STORE
//     INPUT {"language","docs":[{"url","title","summary","body"}]}: the index a typical lunr site
//     publishes: the full URL as ref, fields title (boost 10), summary and body, the language's
//     lunr-languages plugin (none for English), no CaseLibrary folding; and next to it the
//     documents' url, title and summary as a JSON array of objects.
//
// stdout: {"buildMs": time from loading the language support to the serialized JSON, "docs": n}
const fs = require('fs')
const { lunr, loadLanguage, caselib } = require('./lunr-setup')

const [mode, inputPath, indexPath, storePath] = process.argv.slice(2)
if (!['caselib', 'naive'].includes(mode) || !inputPath || !indexPath || (mode === 'naive' && !storePath)) {
  process.stderr.write('usage: bench-index.js caselib INPUT OUT_INDEX | naive INPUT OUT_INDEX OUT_STORE\n')
  process.exit(2)
}
const input = JSON.parse(fs.readFileSync(inputPath, 'utf8'))

const start = process.hrtime.bigint()
loadLanguage(input.language)
let json
let store = null
if (mode === 'caselib') {
  json = JSON.stringify(lunr(function () {
    caselib.configure(this, lunr, input.language)
    this.ref('ref')
    input.fields.forEach((field, i) => {
      this.field(field.name, { boost: field.boost, extractor: doc => doc.values[i] })
    })
    input.docs.forEach(doc => this.add(doc))
  }))
} else {
  json = JSON.stringify(lunr(function () {
    if (input.language !== 'en') this.use(lunr[input.language])
    this.ref('url')
    this.field('title', { boost: 10 })
    this.field('summary')
    this.field('body')
    input.docs.forEach(doc => this.add(doc))
  }))
  store = JSON.stringify(input.docs.map(doc => ({ url: doc.url, title: doc.title, summary: doc.summary })))
}
const buildMs = Number(process.hrtime.bigint() - start) / 1e6

fs.writeFileSync(indexPath, json)
if (store !== null) fs.writeFileSync(storePath, store)
process.stdout.write(JSON.stringify({ buildMs, docs: input.docs.length }) + '\n')
