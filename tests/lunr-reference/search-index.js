#!/usr/bin/env node
'use strict'
// Loads a serialized index the way the browser does and runs queries against it.
// stdin:  {"language":"it","index":"<JSON text of the index>","queries":["citta", ...]}
// stdout: [[refs of the first query's results, best first], ...]
const { lunr, loadLanguage, caselib, readStdinJson } = require('./lunr-setup')

const input = readStdinJson()
loadLanguage(input.language)
const index = caselib.loadIndex(lunr, input.index)

const result = input.queries.map(query => index.search(query).map(hit => hit.ref))
process.stdout.write(JSON.stringify(result))
