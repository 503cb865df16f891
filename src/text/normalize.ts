import { foldLookalikes } from './confusables.js'

/**
 * The matching copy of a text. Rules match on this, never on the raw text, so that
 * "Sub\u00ADscribe", "Sub\u200Bscribe", "ＳＵＢＳＣＲＩＢＥ" and "Ѕubscribe" all read "subscribe".
 * The raw text is what decruft returns; this copy is thrown away.
 */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF\u180E]/g
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/
/**
 * Latin-1 letters plus typographic quotes, dashes, NBSP and the ellipsis: NFKC leaves all of them
 * alone except NBSP and the ellipsis, which the fast path maps itself. Most European text is in
 * this range, and skipping NFKC and look-alike folding for it triples the speed.
 */
const COMMON_LATIN = /^[\x20-\x7e\u00a0\u00c0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u201e\u2026\n\t]*$/
const TYPOGRAPHIC = /[\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u201e\u2026\n\t]/g
const TYPOGRAPHIC_MAP: Record<string, string> = {
  '\u00a0': ' ', '\u2013': '-', '\u2014': '-', '\u2018': "'", '\u2019': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2026': '...', '\n': ' ', '\t': ' ',
}

export function normalizeForMatch(text: string): string {
  if (PRINTABLE_ASCII.test(text)) {
    const lower = text.toLowerCase()
    return lower.includes('  ') ? lower.replace(/ {2,}/g, ' ').trim() : lower.trim()
  }
  if (COMMON_LATIN.test(text)) {
    return text.replace(TYPOGRAPHIC, (ch) => TYPOGRAPHIC_MAP[ch]!).toLowerCase().replace(/ {2,}/g, ' ').trim()
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
