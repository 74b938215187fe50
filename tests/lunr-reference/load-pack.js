#!/usr/bin/env node
'use strict'
// Rebuilds a lunr.Index from a packed index as the search worker does (theme/assets/js/search-pack.js)
// and prints JSON.stringify of it, for the C# test that compares it with the published index.json.
// stdin: {"language":"fi","pack":<the contents of index.pack.json>}
const path = require('path')
const { lunr, loadLanguage, readStdinJson } = require('./lunr-setup')

const themeDir = process.env.CASELIB_THEME_DIR || path.resolve(__dirname, '..', '..', 'theme')
const { loadPack } = require(path.join(themeDir, 'assets', 'js', 'search-pack.js'))

const input = readStdinJson()
loadLanguage(input.language)
process.stdout.write(JSON.stringify(loadPack(lunr, input.pack)))
