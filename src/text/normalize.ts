import { foldLookalikes } from './confusables.js'

/**
 * The matching copy of a text. Rules match on this, never on the raw text, so that
 * "Sub\u00ADscribe", "Sub\u200Bscribe", "ＳＵＢＳＣＲＩＢＥ" and "Ѕubscribe" all read "subscribe".
 * The raw text is what decruft returns; this copy is thrown away.
 */
/**
 * Characters whose matching copy can differ from the text in its Latin letters and digits beyond
 * what a case-insensitive comparison of ASCII and Latin-1 sees: invisible characters and marks
 * that normalising removes or joins to a letter ("Sub\u00ADscribe", "e\u0301"), letters with case
 * partners beyond Latin-1, look-alike scripts (Greek, Cyrillic, Armenian), compatibility forms
 * that NFKC turns into Latin letters or digits (ligatures, full-width and circled letters,
 * superscripts, "℡", "㎏", mathematical alphabets). Code that reads the raw text instead of the
 * matching copy for speed (the literal scan, the first word) must take the matching copy when
 * this holds. A test checks every code point up to U+2FFFF against normalizeForMatch.
 */
export const NEEDS_NORMALISING =
  /[\u00aa\u00ad\u00b2\u00b3\u00b9\u00ba\u00bc-\u00be\u0100-\u058f\u180e\u1d00-\u1fff\u200b-\u200d\u2060-\u209f\u20a8\u2100-\u218f\u2460-\u24ff\u2c60-\u2c7f\u3250-\u33ff\ua720-\ua7ff\uab30-\uab6f\ufb00-\ufb4f\ufe00-\ufe0f\ufeff-\uffef\ud801\ud833-\ud838\ud83c\ud83e]/

/**
 * NEEDS_NORMALISING in two halves, for the hot paths: V8 tests a character class of this many
 * ranges several times slower per character than one of half as many, and the two halves in turn
 * took 3.7 ms on the bench text against 7.0 for the whole (a test checks that they hold the same
 * characters).
 */
export const NEEDS_NORMALISING_LOW = /[\u00aa\u00ad\u00b2\u00b3\u00b9\u00ba\u00bc-\u00be\u0100-\u058f\u180e\u1d00-\u1fff\u200b-\u200d\u2060-\u209f\u20a8]/
export const NEEDS_NORMALISING_HIGH = /[\u2100-\u218f\u2460-\u24ff\u2c60-\u2c7f\u3250-\u33ff\ua720-\ua7ff\uab30-\uab6f\ufb00-\ufb4f\ufe00-\ufe0f\ufeff-\uffef\ud801\ud833-\ud838\ud83c\ud83e]/

/** Whether the text holds a character of NEEDS_NORMALISING. */
export function needsNormalisingText(text: string): boolean {
  return NEEDS_NORMALISING_LOW.test(text) || NEEDS_NORMALISING_HIGH.test(text)
}

export const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF\u180E]/g
export const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g
export const PRINTABLE_ASCII = /^[\x20-\x7e]*$/
/**
 * Latin-1 and Latin Extended-A letters plus typographic quotes, dashes, NBSP and the ellipsis:
 * NFKC leaves all of them alone (the few Extended-A letters with compatibility forms, ĳ Ŀ ŀ ŉ ſ,
 * are left out), except NBSP and the ellipsis, which the fast path maps itself. Most European
 * text is in this range, and skipping NFKC and look-alike folding for it triples the speed.
 */
export const COMMON_LATIN = /^[\x20-\x7e\u00a0\u00c0-\u0131\u0134-\u013e\u0141-\u0148\u014a-\u017e\u2013\u2014\u2018\u2019\u201c\u201d\u201e\u2026\n\t]*$/
export const TYPOGRAPHIC = /[\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u201e\u2026\n\t]/

/** What the fast path writes for each TYPOGRAPHIC character (NBSP, tab and line break: a space). */
function typographicReplacement(c: number): string | undefined {
  switch (c) {
    case 0x00a0:
    case 0x0a:
    case 0x09:
      return ' '
    case 0x2013:
    case 0x2014:
      return '-'
    case 0x2018:
    case 0x2019:
      return "'"
    case 0x201c:
    case 0x201d:
    case 0x201e:
      return '"'
    case 0x2026:
      return '...'
    default:
      return undefined
  }
}

/**
 * The fast path's mapping in one pass, copying the text between replaced characters. On the
 * bench blocks that have such characters it ran 2.8 times faster than the five regex replacements
 * it replaced (one per group of characters), and a replace with a callback sits between the two.
 */
function mapTypographic(t: string): string {
  let out = ''
  let copied = 0
  for (let i = 0; i < t.length; i++) {
    const replacement = typographicReplacement(t.charCodeAt(i))
    if (replacement === undefined) continue
    out += t.slice(copied, i) + replacement
    copied = i + 1
  }
  return copied === 0 ? t : out + t.slice(copied)
}

function collapseSpaces(t: string): string {
  return t.includes('  ') ? t.replace(/ {2,}/g, ' ').trim() : t.trim()
}

export function normalizeForMatch(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return collapseSpaces(text.toLowerCase())
  if (COMMON_LATIN.test(text)) {
    const lower = text.toLowerCase()
    return collapseSpaces(TYPOGRAPHIC.test(lower) ? mapTypographic(lower) : lower)
  }
  let t = text.replace(INVISIBLE, '')
  t = t.normalize('NFKC')
  t = foldLookalikes(t)
  // Typographic quotes and dashes read the same as their ASCII forms in every phrase table.
  t = t.replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'").replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
  t = t.replace(/[\u2010-\u2015\u2212]/g, '-')
  return t.toLowerCase().replace(SPACES, ' ').trim()
}

/**
 * The label key of a normalised text: letters and digits only, single spaces. "» Read more:" and
 * "READ MORE" have the same key, so label tables need one entry for both.
 */
export function labelKey(norm: string): string {
  // Most blocks are ASCII: a plain class is several times faster than Unicode properties.
  if (PRINTABLE_ASCII.test(norm)) return norm.replace(/[^a-z0-9]+/g, ' ').trim()
  return norm.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}
