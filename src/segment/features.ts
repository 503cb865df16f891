/**
 * Pure measures of a piece of text. Cheap by design (one pass over the characters, no regex with
 * Unicode property escapes on the hot path): they run on every block of every document.
 */

/** What a UTF-16 code unit is to countWords: a space, part of a word, or a word by itself (CJK). */
const SPACE = 0
const WORD = 1
const CJK = 2
const CHAR_KIND = (() => {
  const kind = new Uint8Array(0x10000).fill(WORD)
  const set = (from: number, to: number, k: number) => kind.fill(k, from, to + 1)
  set(0, 32, SPACE)
  set(0xa0, 0xa0, SPACE)
  set(0x2000, 0x200b, SPACE)
  set(0x202f, 0x202f, SPACE)
  set(0x3000, 0x3000, SPACE)
  set(0xfeff, 0xfeff, SPACE)
  // Chinese and Japanese are written without spaces: each character counts as a word.
  set(0x3040, 0x30ff, CJK)
  set(0x3400, 0x9fff, CJK)
  set(0xf900, 0xfaff, CJK)
  return kind
})()

/**
 * Counts words as runs of non-space characters, plus one word per CJK character. It runs on
 * every block of every document: a lookup in a 64 KB table per character, with no branch on the
 * character's range, counted the bench text about three times faster than the chain of range
 * comparisons it replaced (which ran at about 80 MB/s), and a Unicode-property regex manages
 * 25 MB/s. The count itself is branch-free too: a word starts where a WORD character follows
 * anything but a WORD character (the low bit of the previous kind is clear), and every CJK
 * character adds one (its kind's high bit). The same loop with an if on the kind ran 1.7 times
 * slower on the bench text, mispredicting at every word boundary.
 */
export function countWords(text: string): number {
  let words = 0
  let previous = SPACE
  for (let i = 0; i < text.length; i++) {
    const kind = CHAR_KIND[text.charCodeAt(i)]!
    words += (kind & ~previous & WORD) + (kind >> 1)
    previous = kind
  }
  return words
}

/** Line breaks other than LF: CR (alone or before LF), NEL, U+2028 and U+2029, as segmentation reads them. */
const OTHER_BREAKS = /[\r\u0085\u2028\u2029]/

/**
 * Lines of a text: one more than its line breaks, every break Unicode knows counted (CRLF once).
 * Most text breaks lines with LF alone, which indexOf counts fastest.
 */
export function countLines(text: string): number {
  let n = 1
  if (!OTHER_BREAKS.test(text)) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++
    return n
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10 || c === 0x85 || c === 0x2028 || c === 0x2029 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++
  }
  return n
}

const CLOSERS = new Set(['"', "'", ')', ']', '»', '”', '’', '›', '*', '_'])
const SENTENCE_ENDS = new Set(['.', '!', '?', '…', '。', '！', '？', '؟', '।'])

/** Whether the text ends with sentence punctuation, looking through closing quotes and brackets. */
export function endsLikeSentence(text: string): boolean {
  let i = text.length - 1
  while (i >= 0 && CLOSERS.has(text[i]!)) i--
  return i >= 0 && SENTENCE_ENDS.has(text[i]!)
}

/** URLs start with a literal, so this scans in linear time. */
export const URLISH = /\bhttps?:\/\/\S+|\bwww\.\S+/g
export const EMAIL_DOMAIN = /^[\w-]+\.[\w.-]+$/

/** Characters of an e-mail address's local part or domain: [\w.+-]. */
function isAddressChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 43 || c === 45
}

/**
 * Share of characters that are URLs, e-mail addresses or @handles. Addresses and handles are
 * found by expanding around each '@' (a regex for them, `[\w.+-]+@…`, is quadratic on a long
 * word without '@': 40,000 letters took 12 s).
 */
export function linkShare(text: string): number {
  if (!text.includes('://') && !text.includes('www.') && !text.includes('@')) return 0
  let linked = 0
  for (const m of text.matchAll(URLISH)) linked += m[0].length
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let left = at
    while (left > 0 && isAddressChar(text.charCodeAt(left - 1))) left--
    let right = at + 1
    while (right < text.length && isAddressChar(text.charCodeAt(right))) right++
    if (left < at) {
      if (EMAIL_DOMAIN.test(text.slice(at + 1, right))) linked += right - left
    } else if (right - at > 2 && (at === 0 || text.charCodeAt(at - 1) !== 64)) {
      linked += right - at // an @handle
    }
    at = Math.max(at, right - 1)
  }
  return text.length ? Math.min(1, linked / text.length) : 0
}

const TITLE_MAX_WORDS = 16
const TITLE_MAX_CHARS = 140

/**
 * The shape of a headline or a link title: short, one line, no sentence end, not a label ending
 * in a colon, starting with a capital, a digit or a quote.
 */
export function isTitleLike(text: string, words: number, lines: number): boolean {
  if (lines > 1 || words === 0 || words > TITLE_MAX_WORDS || text.length > TITLE_MAX_CHARS) return false
  if (endsLikeSentence(text)) return false
  const last = text[text.length - 1]!
  if (last === ':' || last === ',' || last === ';') return false
  const first = text.codePointAt(0)!
  const ch = String.fromCodePoint(first)
  return ch !== ch.toLowerCase() || /[\d"'“‘«„]/.test(ch)
}
