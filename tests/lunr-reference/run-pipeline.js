#!/usr/bin/env node
'use strict'
// Runs single words through a language's index and search pipelines.
// stdin:  {"language":"de","words":["Häuser", ...]}
// stdout: [{"index":[terms...],"search":[terms...]}, ...] in the order of the words, where
//         index = pipeline.run(tokenizer(word)) and search = searchPipeline.runString(token)
//         for each token of the word (the query parser lowercases and splits the same way).
const { lunr, createBuilder, readStdinJson } = require('./lunr-setup')

const input = readStdinJson()
const builder = createBuilder(input.language)

const result = input.words.map(word => {
  // Pipeline steps update tokens in place, so each pipeline gets its own tokens.
  const queryTerms = lunr.tokenizer(word).map(String)
  return {
    index: builder.pipeline.run(lunr.tokenizer(word)).map(String),
    search: [].concat(...queryTerms.map(term => builder.searchPipeline.runString(term)))
  }
})

process.stdout.write(JSON.stringify(result))
