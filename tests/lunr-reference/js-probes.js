#!/usr/bin/env node
'use strict'
// What V8 itself computes, for the C# unit tests of the JavaScript semantics the index builder
// reproduces. stdin: {"probe":"log"|"number"|"lower"|"sigma"|"fold", "values":[...]}
// stdout: JSON array of results, one per value (or per code point for lower/sigma/fold).
const { lunr, caselib } = require('./lunr-setup')

const input = JSON.parse(require('fs').readFileSync(0, 'utf8'))
const bits = x => { const b = Buffer.alloc(8); b.writeDoubleBE(x); return b.toString('hex') }
const fromBits = h => Buffer.from(h, 'hex').readDoubleBE()

function allCodePoints (fn) {
  const out = []
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue
    const r = fn(String.fromCodePoint(cp), cp)
    if (r !== null) out.push(cp.toString(16) + ' ' + r)
  }
  return out
}
const units = s => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i).toString(16)).join(',')

const probes = {
  // values: hex bit patterns; result: hex bit pattern of Math.log(x)
  log: () => input.values.map(h => bits(Math.log(fromBits(h)))),
  // values: hex bit patterns; result: JSON.stringify(x)
  number: () => input.values.map(h => JSON.stringify(fromBits(h))),
  // every code point whose lowercase differs: "cp u1,u2"
  lower: () => allCodePoints((s) => { const l = s.toLowerCase(); return l === s ? null : units(l) }),
  // Final_Sigma classes: "cp c" (cased), "cp i" (case-ignorable) for every code point that is either
  sigma: () => allCodePoints((s) => {
    const cased = (s + 'Σ').toLowerCase().endsWith('ς')
    const either = ('A' + s + 'Σ').toLowerCase().endsWith('ς')
    return cased ? 'c' : either ? 'i' : null
  }),
  // every BMP code unit that splits tokens in lunr.tokenizer
  separator: () => {
    const out = []
    for (let c = 0; c <= 0xffff; c++) if (String.fromCharCode(c).match(lunr.tokenizer.separator)) out.push(c.toString(16))
    return out
  },
  // every BMP code unit that search-fold.js changes
  fold: () => {
    const out = []
    for (let c = 0; c <= 0xffff; c++) {
      const s = String.fromCharCode(c)
      const f = caselib.fold(s)
      if (f !== s) out.push(c.toString(16) + ' ' + units(f))
    }
    return out
  }
}

process.stdout.write(JSON.stringify(probes[input.probe]()))
