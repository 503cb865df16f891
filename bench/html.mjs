#!/usr/bin/env node
// HTML mode on ../shared/bench: quality per set (score.mjs, --input html) next to the targets of
// issue 3, and pages/second of decruft against @mozilla/readability on linkedom, same pages, same run.
// Run `npx tsup` first. Reads ../shared/bench only; skips with a message when it is absent.
import { existsSync, readFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '..')
const shared = path.resolve(root, '../shared/bench')
if (!existsSync(path.join(shared, 'score.mjs'))) {
  console.log(`bench/html.mjs: ${shared} is absent; nothing to measure (skipped).`)
  process.exit(0)
}
const only = process.argv.slice(2)
const SETS = [
  ['l3s-gn1', { shingle: 0.955 }, { shingle: 0.936 }],
  ['dragnet', { shingle: 0.93 }, { shingle: 0.9 }],
  ['wcxb-articles', { shingle: 0.93, snippets: 0.92 }, { shingle: 0.903, snippets: 0.869 }],
  ['trafilatura', { snippets: 0.93 }, { snippets: 0.877 }],
].filter(([name]) => !only.length || only.includes(name))

const f = (x) => (typeof x === 'number' ? x.toFixed(3) : '–')
console.log('set            shingle F1 (target, readability)   snippets F1 (target, readability)   kept')
for (const [name, target, readability] of SETS) {
  const out = execFileSync('node', [path.join(shared, 'score.mjs'), '--json', '--data', path.join(shared, 'data', name), '--input', 'html', '--cmd', `node ${path.join(root, 'dist/bin.js')} --jsonl --format html`], { encoding: 'utf8', maxBuffer: 1 << 26 })
  const s = JSON.parse(out)[0] ?? JSON.parse(out)
  const sh = s.shingle?.F1
  const sn = s.snippets?.F1
  const mark = (v, t) => (t === undefined ? '' : v >= t ? ' ok' : ' MISS')
  console.log(`${name.padEnd(14)} ${f(sh)} (≥ ${f(target.shingle)}, ${f(readability.shingle)})${mark(sh, target.shingle)}`.padEnd(52) + `${f(sn)} (≥ ${f(target.snippets)}, ${f(readability.snippets)})${mark(sn, target.snippets)}`.padEnd(38) + f(s.kept))
}

// Speed: the same pages through both, interleaved, in this process.
const { decruft } = await import(path.join(root, 'dist/index.js'))
const { parseHTML } = await import('linkedom')
const { Readability } = await import('@mozilla/readability')
const pages = []
for (const [name] of SETS) {
  const rows = readFileSync(path.join(shared, 'data', name, 'pages.jsonl'), 'utf8').split('\n').filter(Boolean).slice(0, 40)
  for (const l of rows) pages.push(readFileSync(path.join(shared, 'data', name, JSON.parse(l).html_file), 'utf8'))
}
// Readability needs a <body>; linkedom builds none for pages without one (same wrap as decruft's).
const withBody = (h) => (/<body[\s>]/i.test(h) ? h : `<html><body>${h}</body></html>`)
let tDecruft = 0
let tReadability = 0
for (const page of pages) {
  let t = performance.now()
  try { decruft(page, { format: 'html' }) } catch { /* typed errors count as done */ }
  tDecruft += performance.now() - t
  t = performance.now()
  try { new Readability(parseHTML(withBody(page)).document).parse() } catch { /* a page Readability cannot read */ }
  tReadability += performance.now() - t
}
const pps = (ms) => (pages.length / (ms / 1000)).toFixed(1)
console.log(`\nspeed on ${pages.length} pages: decruft ${pps(tDecruft)} pages/s, readability ${pps(tReadability)} pages/s (ratio ${(tReadability / tDecruft).toFixed(2)}x)`)
