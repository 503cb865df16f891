#!/usr/bin/env node
// Text mode on ../shared/bench: the yardstick's figures (score.mjs) for each set, next to the
// input as it is, the block oracle and the targets of issues 2 and 6; then, from the same pages,
// what every rule removed and how much of it was article text (gold words), so that a rule that
// removes article text shows up. Run `npx tsup` first. Skips with a message without ../shared/bench.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const shared = path.resolve(root, '../shared/bench')
if (!existsSync(path.join(shared, 'score.mjs'))) {
  console.log(`bench/text.mjs: ${shared} is absent; nothing to measure (skipped).`)
  process.exit(0)
}
const { createCleaner, PRESETS } = await import(path.join(root, 'dist/index.js'))
const bin = path.join(root, 'dist/bin.js')

// [set, input, preset, target]: the targets of issue 6 (issue 2 asks kept >= 0.995 everywhere on readability_text).
const RUNS = [
  ['trafilatura', 'readability_text', 'recommended', { snippets: 0.91, kept: 0.995 }],
  ['l3s-gn1', 'readability_text', 'recommended', { bow: 0.95, kept: 0.995 }],
  ['dragnet', 'readability_text', 'recommended', { bow: 0.905, kept: 0.995 }],
  ['wcxb-articles', 'readability_text', 'recommended', { bow: 0.915, snippets: 0.88, kept: 0.995 }],
  ['l3s-gn1', 'naive_text', 'page', { bow: 0.85, kept: 0.97 }],
  ['dragnet', 'naive_text', 'page', { bow: 0.78, kept: 0.97 }],
  ['wcxb-articles', 'naive_text', 'page', { bow: 0.89, kept: 0.97 }],
  ['trafilatura', 'naive_text', 'page', { snippets: 0.85 }],
].filter(([, , preset]) => preset in PRESETS)
const only = process.argv.slice(2)

function score(set, input, cmd) {
  const args = [path.join(shared, 'score.mjs'), '--json', '--data', path.join(shared, 'data', set), '--input', input]
  if (cmd) args.push('--cmd', cmd)
  return JSON.parse(execFileSync('node', args, { encoding: 'utf8', maxBuffer: 1 << 28 }))[0]
}

const f = (x) => (typeof x === 'number' ? x.toFixed(3) : '  –  ')
const results = []
console.log('set            input             preset       | as is: bow / snip | oracle: bow / snip | decruft: bow / snip / kept | targets')
for (const [set, input, preset, target] of RUNS) {
  if (only.length && !only.includes(set)) continue
  const base = score(set, input)
  const oracle = score(set, input, `node ${path.join(shared, 'oracle.mjs')} ${path.join(shared, 'data', set)}`)
  const ours = score(set, input, `node ${bin} --jsonl --preset ${preset}`)
  const miss = []
  if (target.bow && !(ours.bow?.F1 >= target.bow)) miss.push(`bow ${target.bow}`)
  if (target.snippets && !(ours.snippets?.F1 >= target.snippets)) miss.push(`snippets ${target.snippets}`)
  if (target.kept && ours.kept !== undefined && !(ours.kept >= target.kept)) miss.push(`kept ${target.kept}`)
  const goal = Object.entries(target).map(([k, v]) => `${k} ≥ ${v}`).join(', ')
  console.log(
    `${set.padEnd(14)} ${input.padEnd(17)} ${preset.padEnd(12)} | ${f(base.bow?.F1)} / ${f(base.snippets?.F1)} | ${f(oracle.bow?.F1)} / ${f(oracle.snippets?.F1)} | ${f(ours.bow?.F1)} / ${f(ours.snippets?.F1)} / ${f(ours.kept)} | ${goal}${miss.length ? `  MISSED: ${miss.join(', ')}` : '  ok'}`,
  )
  results.push({ set, input, preset, asIs: base, oracle, decruft: ours, target, missed: miss })
}

// Per rule: what it removed on every set, and how many of those blocks are article text: the
// removed block, whitespace collapsed, occurs word for word in the page's gold text.
const WORD = /[\p{L}\p{M}\p{N}_]+/gu
const flat = (t) => t.replace(/\s+/g, ' ').trim()
const perRule = new Map()
for (const preset of ['recommended', ...('page' in PRESETS ? ['page'] : [])]) {
  const cleaner = createCleaner({ preset })
  const field = preset === 'page' ? 'naive_text' : 'readability_text'
  for (const set of ['trafilatura', 'l3s-gn1', 'dragnet', 'wcxb-articles']) {
    for (const line of readFileSync(path.join(shared, 'data', set, 'pages.jsonl'), 'utf8').split('\n')) {
      if (!line) continue
      const page = JSON.parse(line)
      const text = page[field]
      if (!text) continue
      const gold = page.gold ? flat(page.gold) : undefined
      for (const r of cleaner.clean(text).removed) {
        const key = `${preset}\t${r.ruleId}`
        const row = perRule.get(key) ?? { preset, rule: r.ruleId, blocks: 0, words: 0, judged: 0, inGold: 0, examples: [] }
        const words = (r.text.match(WORD) ?? []).length
        row.blocks++
        row.words += words
        if (gold !== undefined) {
          row.judged++
          if (words >= 3 && gold.includes(flat(r.text))) {
            row.inGold++
            if (row.examples.length < 3) row.examples.push(`${set}/${page.id}: ${flat(r.text).slice(0, 90)}`)
          }
        }
        perRule.set(key, row)
      }
    }
  }
}
console.log('\nremovals per rule, all four sets ("in gold": removed blocks of 3+ words found word for word in the page gold, among the blocks of sets with full gold)')
console.log('preset       rule                              blocks    words  in gold')
for (const row of [...perRule.values()].sort((a, b) => a.preset.localeCompare(b.preset) || b.words - a.words)) {
  console.log(`${row.preset.padEnd(12)} ${row.rule.padEnd(33)} ${String(row.blocks).padStart(6)} ${String(row.words).padStart(8)}  ${row.inGold}/${row.judged}`)
  for (const e of row.examples) console.log(`${' '.repeat(13)}  e.g. ${e}`)
}
mkdirSync(path.join(root, 'bench', 'out'), { recursive: true })
writeFileSync(path.join(root, 'bench', 'out', 'text.json'), JSON.stringify({ results, perRule: [...perRule.values()] }, null, 1))
console.log('\nwritten: bench/out/text.json')
