#!/usr/bin/env node
// Catastrophic backtracking, measured: every built-in rule pattern (as written, and without its
// word boundaries, the form phrase tables try first) runs on attack-shaped strings of 4,000 and
// 16,000 characters (a prelude that reaches a pattern's risky part, then one short unit repeated:
// spaces, dots, "0.", "a.A", "©"…). Linear matching takes about four times as long on the longer
// string; a pattern that takes over 15 ms and more than six times as long is reported, and the
// script exits with 1. It complements recheck's audit in the test suite (tests/security), which
// proves most patterns safe but, within its time budget, cannot decide some. Of the eleven
// polynomial patterns a long recheck run found among them, this flags the seven that grew in
// practice (the other four were bounded by a `{2,80}`), run on the code before their fix. Timing
// ratios in one run, so it is a benchmark, not a test: `npm run bench -- redos` (a few seconds;
// needs no ../shared). Run `npx tsup` first.
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const { builtinRules } = await import(path.join(root, 'dist/index.js'))

const UNITS = [' ', '  ', '\t ', ' \t', 'stay in touch ', 'vues ', '.', 'a', 'a ', '. ', '0.', '0', 'a.A', 'Aa.A', 'A ', 'a-', '/', ' /', '0 ', ':', ' :', '|', ' |', '©', 'a©', 'www.a', 'a.', '-', '…', '» ']
const PRELUDES = ['', 'a', 'A', 'get the ', 'sales via links ', '. read more', 'stay in touch ', 'foto:', '(©', 'lesezeit', 'main|', '« prev', 'visit a.b', 'is a ', 'by ', '@', 'http://', 'follow us on ', 'vues', '[©', 'fot:', '0,.']
const SHORT = 4000
const LONG = 16000
const MIN_MS = 15
const MAX_RATIO = 6

function ms(re, text) {
  const start = performance.now()
  re.test(text)
  return performance.now() - start
}

const attack = (prelude, unit, length) => `${prelude}${unit.repeat(Math.ceil(length / unit.length))}\u0000`
const seen = new Set()
const slow = []
const started = performance.now()
for (const rule of builtinRules) {
  for (const pattern of rule.patterns ?? []) {
    const flags = pattern.flags.replace(/[gy]/g, '')
    if (seen.has(`${pattern.source}/${flags}`)) continue
    seen.add(`${pattern.source}/${flags}`)
    const exact = new RegExp(pattern.source, flags)
    const loose = new RegExp(pattern.source.replace(/(\\*)\\b/g, (all, slashes) => (slashes.length % 2 === 0 ? slashes : all)), flags)
    search: for (const [form, re] of [['as written', exact], ['without \\b', loose]]) {
      for (const prelude of PRELUDES) {
        for (const unit of UNITS) {
          const short = ms(re, attack(prelude, unit, SHORT))
          const long = ms(re, attack(prelude, unit, LONG))
          if (long > MIN_MS && long / Math.max(short, 0.5) > MAX_RATIO) {
            slow.push(`${rule.meta.id} (${form}): ${JSON.stringify(prelude)} + ${JSON.stringify(unit)} repeated: ${short.toFixed(1)} ms at ${SHORT} chars, ${long.toFixed(1)} ms at ${LONG}  /${pattern.source.slice(0, 100)}/`)
            break search
          }
        }
      }
    }
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(0)
console.log(`ReDoS growth check: ${seen.size} patterns, ${PRELUDES.length * UNITS.length} attack shapes each, ${seconds} s`)
for (const line of slow) console.log(`  superlinear: ${line}`)
console.log(slow.length ? `${slow.length} pattern(s) grow faster than linearly.` : 'No pattern grows faster than linearly on these shapes.')
process.exitCode = slow.length ? 1 : 0
