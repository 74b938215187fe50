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

// The scripts the site publishes for the browser: lunr's own minified build (lunr/lunr.min.js) and lunr-languages'
// (lunr-languages/min/), pinned like the others (generator/Loading/PinnedPackages.cs). A second lunr, apart from the
// one above: tests compare what the browser's scripts answer with what lunr.js answers.
const published = fromTheme('node_modules', 'lunr', 'lunr.min.js')
fromTheme('node_modules', 'lunr-languages', 'min', 'lunr.stemmer.support.min.js')(published)
caselib.register(published)

function loadLanguage (language) {
  if (language !== 'en' && typeof lunr[language] !== 'function') {
    fromTheme('node_modules', 'lunr-languages', 'lunr.' + language + '.js')(lunr)
  }
  if (language !== 'en' && typeof published[language] !== 'function') {
    fromTheme('node_modules', 'lunr-languages', 'min', 'lunr.' + language + '.min.js')(published)
  }
}

/** A builder configured for the language, as lunr(config) would create it (engine: lunr, or the published lunr). */
function createBuilder (language, engine = lunr) {
  loadLanguage(language)
  const builder = new engine.Builder()
  builder.pipeline.add(engine.trimmer, engine.stopWordFilter, engine.stemmer)
  builder.searchPipeline.add(engine.stemmer)
  caselib.configure(builder, engine, language)
  return builder
}

function readStdinJson () {
  return JSON.parse(require('fs').readFileSync(0, 'utf8'))
}

module.exports = { lunr, published, caselib, loadLanguage, createBuilder, readStdinJson }
