#!/usr/bin/env node
'use strict'
// Runs queries the way the search worker does (theme/assets/js/search-query.js) against a serialized index.
// stdin:  {"language":"de","index":"<JSON text of the index>","queries":["Gemeinschaft", ...],"exact":false}
// stdout: [{"refs":[...best first], "mode":"all"|"any"|"none"|"empty", "phrase":bool,
//           "corrections":[{"word","term","display"}], "anyWord":[refs of the old any-word query]}, ...]
const path = require('path')
const { lunr, loadLanguage, caselib, readStdinJson } = require('./lunr-setup')
const themeDir = process.env.CASELIB_THEME_DIR || path.resolve(__dirname, '..', '..', 'theme')
const query = require(path.join(themeDir, 'assets', 'js', 'search-query.js'))

const input = readStdinJson()
loadLanguage(input.language)
const index = caselib.loadIndex(lunr, input.index)

const result = input.queries.map(text => {
  const reply = query.search(lunr, index, text, { language: input.language, fold: caselib.fold, exact: !!input.exact })
  return {
    refs: reply.hits.map(hit => hit.ref),
    scores: reply.hits.map(hit => hit.score),
    mode: reply.mode,
    phrase: reply.phrase,
    corrections: reply.corrections,
    anyWord: query.searchAnyWord(lunr, index, text, { fold: caselib.fold }).map(hit => hit.ref)
  }
})
process.stdout.write(JSON.stringify(result))
