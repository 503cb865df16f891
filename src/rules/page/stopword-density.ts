import { detectLanguage } from '../../lang/detect.js'
import { STOPWORDS, stopwordsFor } from '../../lang/stopwords/index.js'
import type { Block } from '../../types.js'

/**
 * Stop-word density: the share of a block's words that are function words ("the", "of", "und",
 * "les"…) of the document's language. Article prose is full of them; menus, link titles, tag
 * clouds and footers are made of nouns and names. This is jusText's main signal. It depends on the
 * language, so the density is measured against the document's language when it is known and
 * against every listed language otherwise.
 */
export interface Density {
  /** Words (runs of letters) in the block. */
  readonly words: number
  /** Share of those that are stop words, 0..1. */
  readonly density: number
}

/**
 * Whether a UTF-16 code unit (of lower-cased text) is part of a word: ASCII letters, and
 * everything from U+00C0 up to the general punctuation block (Latin letters with diacritics,
 * Greek, Cyrillic…) except × and ÷. A plain loop: this runs on every block of a whole page, and a
 * `\p{L}+` regex took twice as long.
 */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7)
}

export function stopwordDensity(text: string, stopwords: ReadonlySet<string>): Density {
  const t = text.toLowerCase()
  let words = 0
  let hits = 0
  let from = -1
  for (let i = 0; i <= t.length; i++) {
    if (i < t.length && isWordChar(t.charCodeAt(i))) {
      if (from < 0) from = i
    } else if (from >= 0) {
      words++
      if (stopwords.has(t.slice(from, i))) hits++
      from = -1
    }
  }
  return { words, density: words ? hits / words : 0 }
}

/** Blocks long enough to be prose: the language is told from these (5000 characters of them are plenty), not from the menu above them. */
const DETECT_MIN_WORDS = 12
const DETECT_CHARS = 5_000

/**
 * The language whose stop words to count. The engine tells the language from the first 1200
 * characters, which on a whole page are the menu: so unless the caller gave a hint, it is told
 * again here from the page's longer blocks only.
 */
export function pageStopwords(blocks: readonly Block[], hint: string | undefined): { language: string | undefined; stopwords: ReadonlySet<string> } {
  if (hint && STOPWORDS[hint]) return { language: hint, stopwords: STOPWORDS[hint] }
  const language = detectLanguage(blocks.filter((b) => b.words >= DETECT_MIN_WORDS), { maxChars: DETECT_CHARS })
  return { language, stopwords: stopwordsFor(language) }
}
