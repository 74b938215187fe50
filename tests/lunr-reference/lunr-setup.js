'use strict'
// Loads lunr, lunr-languages and the CaseLibrary folding steps exactly as the site's pages do,
// from theme/node_modules (pinned in theme/package-lock.json) and theme/assets/js/search-fold.js.
const path = require('path')

const themeDir = process.env.CASELIB_THEME_DIR || path.resolve(__dirname, '..', '..', 'theme')
const fromTheme = (...parts) => require(path.join(themeDir, ...parts))

const lunr = fromTheme('node_modules', 'lunr')
fromTheme('node_modules', 'lunr-languages', 'lunr.stemmer.support.js')(lunr)
const caselib = fromTheme('assets', 'js', 'search-fold.js')
caselib.register(lunr)

function loadLanguage (language) {
  if (language !== 'en' && typeof lunr[language] !== 'function') {
    fromTheme('node_modules', 'lunr-languages', 'lunr.' + language + '.js')(lunr)
  }
}

/** A builder configured for the language, as lunr(config) would create it. */
function createBuilder (language) {
  loadLanguage(language)
  const builder = new lunr.Builder()
  builder.pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer)
  builder.searchPipeline.add(lunr.stemmer)
  caselib.configure(builder, lunr, language)
  return builder
}

function readStdinJson () {
  return JSON.parse(require('fs').readFileSync(0, 'utf8'))
}

module.exports = { lunr, caselib, loadLanguage, createBuilder, readStdinJson }
