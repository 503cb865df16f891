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
export function detectLanguage(input: string | readonly { readonly text: string }[], options: DetectOptions = {}): string | undefined {
  const { minHits = 5, minRatio = 1.25, maxChars = 20_000 } = options
  const text = typeof input === 'string' ? input.slice(0, maxChars) : joinBlocks(input, maxChars)
  const codes = Object.keys(STOPWORDS)
  const hits = new Map<string, number>(codes.map((c) => [c, 0]))
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const w = m[0]
    for (const c of codes) if (STOPWORDS[c]!.has(w)) hits.set(c, hits.get(c)! + 1)
  }
  const ranked = [...hits].sort((a, b) => b[1] - a[1])
  const [best, second] = ranked
  if (!best || best[1] < minHits) return undefined
  if (second && best[1] < second[1] * minRatio) return undefined
  return best[0]
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
