import { foldLookalikes } from './confusables.js'

/**
 * The matching copy of a text. Rules match on this, never on the raw text, so that
 * "Sub\u00ADscribe", "Sub\u200Bscribe", "ＳＵＢＳＣＲＩＢＥ" and "Ѕubscribe" all read "subscribe".
 * The raw text is what decruft returns; this copy is thrown away.
 */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF\u180E]/g
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/

export function normalizeForMatch(text: string): string {
  if (PRINTABLE_ASCII.test(text)) {
    const lower = text.toLowerCase()
    return lower.includes('  ') ? lower.replace(/ {2,}/g, ' ').trim() : lower.trim()
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
  return norm.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}
