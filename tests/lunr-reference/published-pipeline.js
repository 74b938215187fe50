#!/usr/bin/env node
'use strict'
// Runs words through a language's index and search pipelines twice: with lunr.js and lunr-languages' scripts (what
// the index builder is proven equal to) and with the minified scripts the site publishes for the browser
// (lunr/lunr.min.js, lunr-languages/min/), and lists every word for which they give other terms.
// stdin:  {"language":"de","words":["Häuser", ...]}
// stdout: {"words": n, "terms": t (index terms compared), "differences": ["word: … <> …", …] (at most 20)}
const { lunr, published, createBuilder, readStdinJson } = require('./lunr-setup')

const input = readStdinJson()
const full = createBuilder(input.language)
const browser = createBuilder(input.language, published)

function terms (engine, builder, word) {
  // Pipeline steps update tokens in place, so each pipeline gets its own tokens.
  const index = builder.pipeline.run(engine.tokenizer(word)).map(String)
  const search = [].concat(...engine.tokenizer(word).map(String).map(term => builder.searchPipeline.runString(term)))
  return JSON.stringify([index, search])
}

let compared = 0
const differences = []
for (const word of input.words) {
  const a = terms(lunr, full, word)
  const b = terms(published, browser, word)
  compared += JSON.parse(a)[0].length
  if (a !== b && differences.length < 20) differences.push(`${word}: ${a} <> ${b}`)
}
process.stdout.write(JSON.stringify({ words: input.words.length, terms: compared, differences }))
