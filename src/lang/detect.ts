import { STOPWORDS } from './stopwords/index.js'

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

/** No stop word is longer: a longer run of letters is not looked up (nor sliced out). */
const LONGEST_STOPWORD = Math.max(...[...LANGUAGES_OF.keys()].map((w) => w.length))

/**
 * Once the leader has this many hits and twice the runner-up's, more text will not change the
 * answer: reading stops there (most documents are decided in their first few hundred characters).
 */
const DECIDED_HITS = 24

/**
 * Letters as far as stop words are concerned: ASCII letters, and everything from Latin-1 up
 * except the punctuation, symbol and space ranges. Misreading a symbol of another script as a
 * letter only makes a word that is no stop word.
 */
function isLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f) && c !== 0xfeff
}

/** Characters read to tell a document's language when cleaning: stop words are dense, the start of a text is enough. */
export const DETECT_CHARS = 1200

export function detectLanguage(input: string | readonly { readonly text: string }[], options: DetectOptions = {}): string | undefined {
  const { minHits = 5, minRatio = 1.25, maxChars = 20_000 } = options
  const hits = new Array<number>(CODES.length).fill(0)
  let budget = maxChars
  let best = -1
  let second = -1
  // `word` is lower-cased only when it may hold a capital (the lists are lower case).
  const count = (word: string, mayHoldCapital: boolean): boolean => {
    const langs = LANGUAGES_OF.get(mayHoldCapital ? word.toLowerCase() : word)
    if (!langs) return false
    for (const i of langs) hits[i]!++
    best = -1
    second = -1
    for (let i = 0; i < hits.length; i++) {
      if (best < 0 || hits[i]! > hits[best]!) [second, best] = [best, i]
      else if (second < 0 || hits[i]! > hits[second]!) second = i
    }
    return hits[best]! >= DECIDED_HITS && hits[best]! >= 2 * hits[second]!
  }
  // Words are runs of letters (apostrophes split words, as "l'homme" → "l", "homme"), read in
  // place: no lower-cased copy of the text, no regex.
  const scan = (text: string): boolean => {
    const n = Math.min(text.length, budget)
    budget -= n + 1
    let start = -1
    // Whether the current word has a character that lower-casing could change: an ASCII capital,
    // or anything beyond ASCII (not worth telling apart).
    let capital = false
    for (let i = 0; i <= n; i++) {
      const c = i < n ? text.charCodeAt(i) : 32
      const letter = i < n && isLetter(c)
      if (letter) {
        if (start < 0) {
          start = i
          capital = false
        }
        if (c < 97 || c > 122) capital = true
      } else if (start >= 0) {
        if (i - start <= LONGEST_STOPWORD && count(text.slice(start, i), capital)) return true
        start = -1
      }
    }
    return budget <= 0
  }
  if (typeof input === 'string') scan(input)
  else for (const block of input) if (scan(block.text)) break
  if (best < 0 || hits[best]! < minHits) return undefined
  if (second >= 0 && hits[best]! < hits[second]! * minRatio) return undefined
  return CODES[best]
}
