#!/usr/bin/env node
// Text throughput of decruft() on ../shared/bench (the `readability_text` of the four sets), in
// MB/s of text per core (CPU time, single thread), next to a plain read-and-split of the same
// text and to the engine with every rule off, all measured in the same run. The machine may be
// shared: each figure is the best of several passes after warm-up passes, and the ratios between
// them are what to compare across runs. Then, in fresh processes, what one page costs a scraper
// that starts a process for it: loading the package, and the first document (which compiles the
// rule tables). Run `npx tsup` first. Skips without ../shared/bench.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const data = path.resolve(root, '../shared/bench/data')
const SETS = ['trafilatura', 'l3s-gn1', 'dragnet', 'wcxb-articles']
if (!SETS.every((set) => existsSync(path.join(data, set, 'pages.jsonl')))) {
  console.log(`bench/throughput.mjs: ${data} is absent; nothing to measure (skipped).`)
  process.exit(0)
}
const { createCleaner, builtinRules } = await import(path.join(root, 'dist/index.js'))

const pages = SETS.flatMap((set) =>
  readFileSync(path.join(data, set, 'pages.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line).readability_text)
    .filter((text) => typeof text === 'string' && text.length > 0),
)
const megabytes = pages.reduce((sum, p) => sum + Buffer.byteLength(p), 0) / 1e6

const all = createCleaner()
const none = createCleaner({ rules: Object.fromEntries(builtinRules.map((r) => [r.meta.id, 'off'])) })
const RUNS = {
  'read-and-split': () => {
    let blocks = 0
    for (const p of pages) blocks += p.split(/\n\s*\n/).length
    return blocks
  },
  'engine, all rules off': () => {
    for (const p of pages) none.clean(p)
  },
  'decruft(), recommended': () => {
    for (const p of pages) all.clean(p)
  },
}

const WARM_UP = 2
const PASSES = 5
const best = {}
for (const run of Object.values(RUNS)) for (let i = 0; i < WARM_UP; i++) run()
// Interleaved, so that a burst of load on the machine hits every figure alike.
for (let i = 0; i < PASSES; i++) {
  for (const [name, run] of Object.entries(RUNS)) {
    const start = process.cpuUsage()
    run()
    const used = process.cpuUsage(start)
    best[name] = Math.min(best[name] ?? Infinity, (used.user + used.system) / 1e6)
  }
}

const split = best['read-and-split']
console.log(`Text throughput on ${pages.length} pages, ${megabytes.toFixed(1)} MB (readability_text), CPU time, best of ${PASSES}:`)
for (const [name, seconds] of Object.entries(best)) {
  const ratio = name === 'read-and-split' ? '' : `  (${(seconds / split).toFixed(1)}x the read-and-split time)`
  console.log(`  ${name.padEnd(24)} ${(megabytes / seconds).toFixed(1).padStart(7)} MB/s${ratio}`)
}

// A scraper that cleans one page per process pays for loading the package and for compiling the
// rule tables on the first document (the tables compile once per process). Measured in fresh
// processes, CPU time, best of several, on one of the bench pages.
const { execFileSync } = await import('node:child_process')
const page = pages.find((p) => p.length > 3000) ?? pages[0]
const probe = `
  let t = process.cpuUsage()
  const ms = (u) => (u.user + u.system) / 1000
  const m = await import(${JSON.stringify(path.join(root, 'dist/index.js'))})
  const loaded = ms(process.cpuUsage(t)); t = process.cpuUsage()
  const text = ${JSON.stringify(page)}
  m.decruft(text)
  const first = ms(process.cpuUsage(t)); t = process.cpuUsage()
  m.decruft(text)
  console.log(JSON.stringify([loaded, first, ms(process.cpuUsage(t))]))`
const startups = Array.from({ length: 5 }, () => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' })))
const bestOf = (i) => Math.min(...startups.map((s) => s[i])).toFixed(0)
console.log(`One page (${(Buffer.byteLength(page) / 1000).toFixed(1)} kB) in a fresh process, CPU time, best of ${startups.length}:`)
console.log(`  import decruft ${bestOf(0)} ms, first decruft() ${bestOf(1)} ms (compiles the rule tables), the same page again ${bestOf(2)} ms`)
