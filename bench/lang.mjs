#!/usr/bin/env node
// Language detection: decruft's own detector (stop-word counts, src/lang/detect.ts) against the
// well-kept npm detectors the issue names (franc-min, tinyld, eld) and against the same counting
// with the stopwords-iso lists instead of decruft's compact ones. On the bench pages'
// readability_text, the first 1200 characters (what decruft reads), scored against the data's
// `lang_guess` (itself a rough guess: agreement, not accuracy). Speed in MB/s of those prefixes,
// CPU time, best of 3, all in this run. The npm detectors are devDependencies: measured here,
// not shipped. Run `npx tsup` first. Skips without ../shared/bench.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const data = path.resolve(root, '../shared/bench/data')
const SETS = ['trafilatura', 'l3s-gn1', 'dragnet', 'wcxb-articles']
if (!SETS.every((set) => existsSync(path.join(data, set, 'pages.jsonl')))) {
  console.log(`bench/lang.mjs: ${data} is absent; nothing to measure (skipped).`)
  process.exit(0)
}
const { detectLanguage } = await import(path.join(root, 'dist/index.js'))
const { franc } = await import('franc-min')
const tinyld = await import('tinyld')
const { eld } = await import('eld')
const { createRequire } = await import('node:module')
const stopwordsIso = createRequire(import.meta.url)('stopwords-iso')

const CODES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl']
const ISO3 = { eng: 'en', deu: 'de', fra: 'fr', spa: 'es', ita: 'it', nld: 'nl', por: 'pt', pol: 'pl' }
const PREFIX = 1200

const pages = SETS.flatMap((set) =>
  readFileSync(path.join(data, set, 'pages.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .filter((p) => typeof p.readability_text === 'string' && p.readability_text.length > 0)
    .map((p) => ({ text: p.readability_text, prefix: p.readability_text.slice(0, PREFIX), guess: p.lang_guess })),
)
const megabytes = pages.reduce((sum, p) => sum + Buffer.byteLength(p.prefix), 0) / 1e6

// The same counting as decruft's, with the stopwords-iso lists (58 languages; 1298 English words).
const isoOf = new Map()
CODES.forEach((code, i) => {
  for (const w of stopwordsIso[code] ?? []) (isoOf.get(w) ?? isoOf.set(w, []).get(w)).push(i)
})
function isoCount(text) {
  const hits = new Array(CODES.length).fill(0)
  for (const m of text.toLowerCase().matchAll(/\p{L}+/gu)) for (const i of isoOf.get(m[0]) ?? []) hits[i]++
  const order = hits.map((h, i) => [h, i]).sort((a, b) => b[0] - a[0])
  if (order[0][0] < 5 || order[0][0] < order[1][0] * 1.25) return undefined
  return CODES[order[0][1]]
}

await eld.load('small')
const DETECTORS = {
  'decruft detectLanguage': (p) => detectLanguage(p.prefix),
  'stop-word count, stopwords-iso lists*': (p) => isoCount(p.prefix),
  'franc-min 6.2.0': (p) => ISO3[franc(p.prefix)],
  'tinyld 1.3.4': (p) => tinyld.detect(p.prefix) || undefined,
  'eld 2.1.0 (small)': (p) => eld.detect(p.prefix).language || undefined,
}

function cpu(run) {
  run()
  let best = Infinity
  for (let i = 0; i < 3; i++) {
    const start = process.cpuUsage()
    run()
    const used = process.cpuUsage(start)
    best = Math.min(best, (used.user + used.system) / 1e6)
  }
  return best
}

const judged = pages.filter((p) => CODES.includes(p.guess))
console.log(`Language detection on ${pages.length} pages (${judged.length} with a lang_guess among ${CODES.join(' ')}), first ${PREFIX} characters:`)
console.log('detector                               agrees   other  undecided    MB/s')
for (const [name, detect] of Object.entries(DETECTORS)) {
  let agree = 0
  let undecided = 0
  for (const p of judged) {
    const got = detect(p)
    if (got === p.guess) agree++
    else if (got === undefined) undecided++
  }
  const seconds = cpu(() => pages.forEach(detect))
  const pct = (n) => `${((100 * n) / judged.length).toFixed(1)}%`.padStart(7)
  console.log(`${name.padEnd(38)} ${pct(agree)} ${pct(judged.length - agree - undecided)} ${pct(undecided).padStart(10)} ${(megabytes / seconds).toFixed(1).padStart(7)}`)
}
console.log('* the same counting with the stopwords-iso lists, tokenised here with a \\p{L}+ regex: its speed is not comparable.')

// Look-alike folding: decruft's table (src/text/confusables.ts, applied only to text outside
// Latin-1 and Latin Extended-A) against the `confusables` package's remove(), on the same text.
const confusables = await import('confusables')
const remove = confusables.remove ?? confusables.default.remove
const sample = 'Аdvеrtіѕеmеnt: Ѕubѕcribe | Grüße aus Köln, l’été à Málaga'
const folded = remove(sample)
const corpus = pages.map((p) => p.prefix).join('\n')
const seconds = cpu(() => remove(corpus))
console.log(`confusables 1.1.1 remove(): ${(Buffer.byteLength(corpus) / 1e6 / seconds).toFixed(1)} MB/s; "${sample}" -> "${folded}"`)
console.log('  (it also folds letters of German, French and Spanish words, which the phrase tables need as they are)')
