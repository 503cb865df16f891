#!/usr/bin/env node
// Catastrophic backtracking and quadratic document passes, measured. Every built-in rule pattern (as written, and without its
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

// The same for whole documents: a rule's document pass that scans ahead from every candidate
// block is quadratic in the number of blocks (comments/trailing-section was, on a page of
// thousands of "Leave a Reply" lines: 1.2 s for 20,000 blocks). Documents of 20,000 and 80,000
// blocks of one repeated shape each, the default cleaner, no time budget; linear is about 4 times,
// quadratic 16: over 8 is reported. Then HTML pages the same way.
const { createCleaner } = await import(path.join(root, 'dist/index.js'))
const PROSE = 'The council met on Tuesday to discuss the new budget, which was approved after a long debate about schools and roads.'
const DOCUMENT_SHAPES = {
  'comment labels': (i) => [PROSE, 'Leave a Reply', 'Your email address will not be published.', `Title ${i}`, '3 comments', 'Foto: dpa'][i % 6],
  'read-more lists': (i) => (i % 3 === 0 ? 'Read more:' : `Six of the worst things about item ${i}`),
  'share prompts': (i) => ['Share this article', PROSE, 'Advertisement', 'Read more:', `Headline ${i}`][i % 5],
  'titles': (i) => `A Short Headline Number ${i}`,
  'bylines': (i) => (i % 2 ? `By Jane Doe ${i}` : PROSE),
  'numbered lists': (i) => `${(i % 10) + 1}. The best list item ever`,
  'tag lines': (i) => (i % 2 ? 'tags: a, b, c, d, e' : `keyword${i}, other, more, words`),
  'dates': (i) => (i % 2 ? '12.03.2020' : PROSE),
}
const slowDocuments = []
/** Cleans documents of `small` and `large` units (after a warm-up), prints the times and records a superlinear shape. */
function growth(cleaner, label, make, small, large, unit) {
  const time = (input) => {
    const start = performance.now()
    cleaner.clean(input)
    return performance.now() - start
  }
  time(make(small / 10))
  // Best of two: a collection landing in one run can double a figure of a hundred milliseconds.
  const a = Math.min(time(make(small)), time(make(small)))
  const b = Math.min(time(make(large)), time(make(large)))
  console.log(`  ${label.padEnd(16)} ${a.toFixed(0).padStart(6)} ms at ${small.toLocaleString('en')} ${unit} ${b.toFixed(0).padStart(6)} ms at ${large.toLocaleString('en')} (${(b / a).toFixed(1)}x)`)
  if (b / a > 8) slowDocuments.push(label)
}
const cleaner = createCleaner({ limits: { timeBudgetMs: Infinity, maxInputBytes: 1e9 } })
for (const [name, line] of Object.entries(DOCUMENT_SHAPES)) {
  growth(cleaner, name, (blocks) => Array.from({ length: blocks }, (_, i) => line(i)).join('\n\n'), 20000, 80000, 'blocks')
}

// HTML pages of 10,000 and 40,000 elements of one repeated shape (under limits.maxElements).
const P = `<p>${PROSE}</p>`
const PAGE_SHAPES = {
  'paragraphs': () => P,
  'link lists': (i) => `<li><a href="/x${i}">Link number ${i}</a></li>`,
  'div soup': (i) => `<div class="c${i % 7}"><span>Item ${i}</span> <a href="#">Share</a></div>`,
  'comments': (i) => `<div class="comment"><b>User${i}</b><p>Great article, thanks for sharing it with us all.</p><a>Reply</a></div>`,
  'figures': (i) => `<figure><img src="a.jpg"><figcaption>Caption ${i}. Foto: dpa</figcaption></figure>${P}`,
  'headings': (i) => `<h3>Title ${i}</h3>`,
}
const htmlCleaner = createCleaner({ format: 'html', limits: { timeBudgetMs: Infinity, maxInputBytes: 1e9 } })
for (const [name, element] of Object.entries(PAGE_SHAPES)) {
  const units = (n) => Math.ceil(n / (element(0).match(/<[a-z]/g) ?? [1]).length)
  const page = (elements) => `<html><head><title>T</title></head><body><article><h1>Title</h1>${P}${Array.from({ length: units(elements) }, (_, i) => element(i)).join('')}</article></body></html>`
  growth(htmlCleaner, `HTML ${name}`, page, 10000, 40000, 'elements')
}
console.log(slowDocuments.length ? `Documents that grow faster than linearly: ${slowDocuments.join(', ')}.` : 'No document shape grows faster than linearly.')
process.exitCode = slow.length || slowDocuments.length ? 1 : 0
