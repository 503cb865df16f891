/**
 * Pure measures of a piece of text. Cheap by design (one pass over the characters, no regex with
 * Unicode property escapes on the hot path): they run on every block of every document.
 */

/** Counts words: runs of ASCII letters/digits or of any non-ASCII character that is not punctuation or space. */
export function countWords(text: string): number {
  let words = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const isWordChar =
      (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ||
      (c > 127 && !isSpaceOrPunct(c))
    if (isWordChar) {
      if (!inWord) words++
      inWord = true
    } else if (c !== 39 && c !== 0x2019 && c !== 45) {
      // An apostrophe or hyphen inside a word ("don't", "e-mail") does not start a new word.
      inWord = false
    }
  }
  return words
}

function isSpaceOrPunct(c: number): boolean {
  return (
    (c >= 0x00a0 && c <= 0x00bf) || c === 0x00d7 || c === 0x00f7 ||
    (c >= 0x2000 && c <= 0x206f) || (c >= 0x20a0 && c <= 0x20cf) ||
    (c >= 0x2190 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff0f) ||
    (c >= 0xd800 && c <= 0xdfff) || c === 0xfeff || c === 0xfffd
  )
}

const CLOSERS = new Set(['"', "'", ')', ']', '»', '”', '’', '›', '*', '_'])
const SENTENCE_ENDS = new Set(['.', '!', '?', '…', '。', '！', '？', '؟', '।'])

/** Whether the text ends with sentence punctuation, looking through closing quotes and brackets. */
export function endsLikeSentence(text: string): boolean {
  let i = text.length - 1
  while (i >= 0 && CLOSERS.has(text[i]!)) i--
  return i >= 0 && SENTENCE_ENDS.has(text[i]!)
}

const LINKISH = /\bhttps?:\/\/\S+|\bwww\.\S+|[\w.+-]+@[\w-]+\.[\w.-]+|(?<![\w@])@\w{2,}/g

/** Share of characters that are URLs, e-mail addresses or @handles. */
export function linkShare(text: string): number {
  if (!text.includes('://') && !text.includes('www.') && !text.includes('@')) return 0
  let linked = 0
  for (const m of text.matchAll(LINKISH)) linked += m[0].length
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
