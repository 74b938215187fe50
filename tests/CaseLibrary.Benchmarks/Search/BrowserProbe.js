// Injected by Playwright (page.AddInitScriptAsync, through CDP, so the site's CSP does not apply) before any
// page script: records main-thread long tasks and the moment the first search result is in the DOM.
(() => {
  const state = window.__bench = {
    longTasks: [], firstResult: null, results: 0, lastInput: null, updated: null, longTaskSupported: false,
    workerCreated: null, workerReady: null, resultsReceived: null
  }
  // The milestones of a cold load: search.js creates the worker, the worker has loaded its scripts ("ready"),
  // the first results arrive from it. A wrapper around Worker notes them without changing what the page does.
  const NativeWorker = window.Worker
  if (NativeWorker) {
    const Probed = function (url, options) {
      const worker = new NativeWorker(url, options)
      state.workerCreated = performance.now()
      worker.addEventListener('message', event => {
        const type = event.data && event.data.type
        if (type === 'ready' && state.workerReady === null) state.workerReady = performance.now()
        if (type === 'results' && state.resultsReceived === null) state.resultsReceived = performance.now()
      })
      return worker
    }
    Probed.prototype = NativeWorker.prototype
    window.Worker = Probed
  }
  try {
    state.longTaskSupported = PerformanceObserver.supportedEntryTypes.includes('longtask')
    new PerformanceObserver(list => {
      for (const e of list.getEntries()) state.longTasks.push({ start: e.startTime, duration: e.duration })
    }).observe({ type: 'longtask', buffered: true })
  } catch (e) {
    state.longTaskError = String(e)
  }
  // What a long task was made of (--waterfall): Chromium's long animation frames name the scripts that ran in them
  // and when style and layout started.
  state.frames = []
  try {
    new PerformanceObserver(list => {
      for (const e of list.getEntries()) {
        state.frames.push({
          start: e.startTime, duration: e.duration, blocking: e.blockingDuration, render: e.renderStart, layout: e.styleAndLayoutStart,
          scripts: (e.scripts || []).map(x => ({ url: x.sourceURL, invoker: x.invoker, start: x.startTime, duration: x.duration, forced: x.forcedStyleAndLayoutDuration }))
        })
      }
    }).observe({ type: 'long-animation-frame', buffered: true })
  } catch (e) {
    state.framesError = String(e)
  }
  // Only changes of the result list count (search.js also writes "Loading…" into the status line first).
  new MutationObserver(records => {
    const list = document.querySelector('.search-results')
    if (!list || list.children.length === 0 || !records.some(r => r.target === list)) return
    const now = performance.now()
    if (state.firstResult === null) state.firstResult = now
    if (state.lastInput !== null && state.updated === null) state.updated = now
    state.results = list.children.length
  }).observe(document, { childList: true, subtree: true })
  document.addEventListener('input', () => { state.lastInput = performance.now(); state.updated = null }, true)
})()
