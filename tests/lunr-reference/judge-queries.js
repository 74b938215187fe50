#!/usr/bin/env node
'use strict'
// Relevance of the search (search benchmark, tests/CaseLibrary.Benchmarks): runs judged queries on a built site's
// published index, with the query semantics of the search worker before (any word) and now (search-query.js).
//   node judge-queries.js LANGUAGE INDEX.pack.json STORE.json QUERIES.tsv
// QUERIES.tsv: "query <TAB> expected case id [<TAB> expected section's heading id]" per line; lines starting with # are
// comments. The section texts are read from text/<case id>.json beside STORE.json.
// stdout: [{"query", "expected", "before": rank or 0, "after": rank or 0, "resultsBefore", "results", "mode", "corrections": [...]}, ...]
// (rank: 1-based position of the expected case among the results, 0 when it is not among them; "section": 1-based
// position of the expected section among the expected case's matching sections under a heading, best first, as the
// result card lists them, 0 when it is not among them, null when the line names no section).
const fs = require('fs')
const path = require('path')
const { lunr, loadLanguage, caselib } = require('./lunr-setup')
const themeDir = process.env.CASELIB_THEME_DIR || path.resolve(__dirname, '..', '..', 'theme')
const { loadPack } = require(path.join(themeDir, 'assets', 'js', 'search-pack.js'))
const query = require(path.join(themeDir, 'assets', 'js', 'search-query.js'))

const [language, indexPath, storePath, queriesPath] = process.argv.slice(2)
if (!language || !indexPath || !storePath || !queriesPath) {
  process.stderr.write('usage: judge-queries.js LANGUAGE INDEX.pack.json STORE.json QUERIES.tsv\n')
  process.exit(2)
}
loadLanguage(language)
caselib.register(lunr)
const index = loadPack(lunr, JSON.parse(fs.readFileSync(indexPath, 'utf8')))
const store = JSON.parse(fs.readFileSync(storePath, 'utf8'))
const options = { language, fold: caselib.fold, caseOf: query.caseOfSection }
// What each result shows (its id, its sections), as the worker fetches it for the results shown.
const shown = {}
store.docs.forEach((doc, n) => {
  if (!doc) return
  const ref = n.toString(36)
  shown[ref] = JSON.parse(fs.readFileSync(path.join(path.dirname(storePath), 'result', ref + '.json'), 'utf8'))
})

// The index holds a document per section of a case; a case ranks by its best section (search-query.js byCase).
function cases (hits) {
  return query.byCase(hits).map(c => shown[c.ref]).filter(file => file).map(file => file.id)
}

function sectionRank (hits, expected, sectionId) {
  const ref = Object.keys(shown).find(r => shown[r].id === expected)
  const found = query.byCase(hits).find(c => c.ref === ref)
  if (!found) return 0
  const texts = shown[ref].sections
  // Sections under a heading, best first (the opening text has no heading to link; the header's panel links the first).
  return found.sections.map(s => texts[s.section] ? texts[s.section][0] : '').filter(id => id).indexOf(sectionId) + 1
}

function rank (hits, expected) {
  return cases(hits).indexOf(expected) + 1
}

const judged = fs.readFileSync(queriesPath, 'utf8').split('\n')
  .filter(line => line.trim() && !line.startsWith('#'))
  .map(line => {
    const [text, expected, section] = line.split('\t').map(s => s.trim())
    const now = query.search(lunr, index, text, options)
    const old = query.searchAnyWord(lunr, index, text, options)
    return {
      query: text,
      expected,
      before: rank(old, expected),
      after: rank(now.hits, expected),
      resultsBefore: cases(old).length,
      results: cases(now.hits).length,
      section: section ? sectionRank(now.hits, expected, section) : null,
      mode: now.mode,
      corrections: now.corrections.map(c => c.word + '→' + c.term)
    }
  })
process.stdout.write(JSON.stringify(judged) + '\n')
