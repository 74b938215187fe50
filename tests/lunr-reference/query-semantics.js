#!/usr/bin/env node
'use strict'
// Runs queries the way the search worker does (theme/assets/js/search-query.js) against a serialized index.
// stdin:  {"language":"de","index":"<JSON text of the index>","queries":["Gemeinschaft", ...],"exact":false,
//          "sections":false}  (sections: documents are sections "<case>.<n>", as the site indexes them)
// stdout: [{"refs":[...best first], "mode":"all"|"any"|"none"|"empty", "phrase":bool,
//           "corrections":[{"word","term","display"}], "anyWord":[refs of the old any-word query],
//           "cases":[{"ref","score","sections":[n, ...]}] (with sections: the worker's cases, best first)}, ...]
const path = require('path')
const { lunr, loadLanguage, caselib, readStdinJson } = require('./lunr-setup')
const themeDir = process.env.CASELIB_THEME_DIR || path.resolve(__dirname, '..', '..', 'theme')
const query = require(path.join(themeDir, 'assets', 'js', 'search-query.js'))

const input = readStdinJson()
loadLanguage(input.language)
const index = caselib.loadIndex(lunr, input.index)

const result = input.queries.map(text => {
  const reply = query.search(lunr, index, text, {
    language: input.language, fold: caselib.fold, exact: !!input.exact, caseOf: input.sections ? query.caseOfSection : undefined
  })
  return {
    refs: reply.hits.map(hit => hit.ref),
    scores: reply.hits.map(hit => hit.score),
    mode: reply.mode,
    phrase: reply.phrase,
    corrections: reply.corrections,
    anyWord: query.searchAnyWord(lunr, index, text, { fold: caselib.fold }).map(hit => hit.ref),
    cases: input.sections ? query.byCase(reply.hits).map(c => ({ ref: c.ref, score: c.score, sections: c.sections.map(s => s.section) })) : []
  }
})
process.stdout.write(JSON.stringify(result))
