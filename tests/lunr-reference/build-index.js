#!/usr/bin/env node
'use strict'
// Reference index builder for the C# differential test (tests/CaseLibrary.Tests/Search).
// stdin:  {"language":"fi","fields":[{"name":"title","boost":10},...],
//          "docs":[{"ref":"case-1","values":["title text", ...]}, ...]}
// stdout: JSON.stringify(index), built by lunr 2.3.9 + lunr-languages + search-fold.js.
const { lunr, loadLanguage, caselib, readStdinJson } = require('./lunr-setup')

const input = readStdinJson()
loadLanguage(input.language)

const index = lunr(function () {
  caselib.configure(this, lunr, input.language)
  this.ref('ref')
  input.fields.forEach((field, i) => {
    this.field(field.name, { boost: field.boost, extractor: doc => doc.values[i] })
  })
  input.docs.forEach(doc => this.add(doc))
})

process.stdout.write(JSON.stringify(index))
