import { STOPWORDS } from './stopwords/index.js'

/** Lower-case words: runs of letters (apostrophes split words, as "l'homme" → "l", "homme"). */
const WORD = /\p{L}+/gu

export interface DetectOptions {
  /** Stop-word hits the best language needs before it is trusted (default 5). */
  minHits?: number
  /** How many times more hits the best language needs than the runner-up (default 1.25). */
  minRatio?: number
  /** Characters read at most (default 20 000): the start of a document is enough. */
  maxChars?: number
}

/**
 * The language of a document from stop-word counts: each word that is a stop word of a language
 * counts for that language, and the language with the most hits wins when it is clear enough.
 * Returns an ISO 639-1 code (en, de, fr, es, it, nl, pt, pl) or `undefined` when the text is too
 * short, in another language, or ambiguous. Pure and cheap: one pass over at most `maxChars`.
 */
const CODES = Object.keys(STOPWORDS)
/** Each stop word → the indexes (in CODES) of the languages it belongs to: one lookup per word. */
const LANGUAGES_OF = new Map<string, number[]>()
CODES.forEach((code, i) => {
  for (const w of STOPWORDS[code]!) {
    const list = LANGUAGES_OF.get(w)
    if (list) list.push(i)
    else LANGUAGES_OF.set(w, [i])
  }
})

export function detectLanguage(input: string | readonly { readonly text: string }[], options: DetectOptions = {}): string | undefined {
  const { minHits = 5, minRatio = 1.25, maxChars = 20_000 } = options
  const text = typeof input === 'string' ? input.slice(0, maxChars) : joinBlocks(input, maxChars)
  const hits = new Array<number>(CODES.length).fill(0)
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const langs = LANGUAGES_OF.get(m[0])
    if (langs) for (const i of langs) hits[i]!++
  }
  let best = -1
  let second = -1
  for (let i = 0; i < hits.length; i++) {
    if (best < 0 || hits[i]! > hits[best]!) [second, best] = [best, i]
    else if (second < 0 || hits[i]! > hits[second]!) second = i
  }
  if (best < 0 || hits[best]! < minHits) return undefined
  if (second >= 0 && hits[best]! < hits[second]! * minRatio) return undefined
  return CODES[best]
}

function joinBlocks(blocks: readonly { readonly text: string }[], maxChars: number): string {
  const parts: string[] = []
  let n = 0
  for (const b of blocks) {
    if (n >= maxChars) break
    parts.push(b.text)
    n += b.text.length + 1
  }
  return parts.join('\n').slice(0, maxChars)
}
