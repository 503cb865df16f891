import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { labelKey, NEEDS_NORMALISING, needsNormalisingText, normalizeForMatch } from '../../src/text/normalize.js'

describe('normalizeForMatch', () => {
  it.each([
    ['Subscribe NOW', 'subscribe now'],
    ['  Read   more:  ', 'read more:'],
    ['Don’t miss “The Daily” – sign up…', `don't miss "the daily" - sign up...`],
    ['Größe\u00a0und\tWeite', 'größe und weite'],
    ['Sub\u00adscribe', 'subscribe'],
    ['ＳＵＢＳＣＲＩＢＥ', 'subscribe'],
    ['Ѕubscribe', 'subscribe'],
  ])('%j reads %j', (text, norm) => {
    expect(normalizeForMatch(text)).toBe(norm)
  })

  it('maps typographic quotes, dashes, NBSP, tabs and the ellipsis as the five replacements it was written with', () => {
    // The reference: the mapping as it was first written, one regex replacement per group.
    const reference = (text: string) =>
      text
        .toLowerCase()
        .replace(/[\u00a0\n\t]/g, ' ')
        .replace(/[\u2013\u2014]/g, '-')
        .replace(/[\u2018\u2019]/g, "'")
        .replace(/[\u201c\u201d\u201e]/g, '"')
        .replace(/\u2026/g, '...')
        .replace(/ {2,}/g, ' ')
        .trim()
    const pieces = fc.constantFrom('a', 'Z', 'é', 'Ü', 'ß', ' ', '  ', '\u00a0', '\n', '\t', '\u2013', '\u2014', '\u2018', '\u2019', '\u201c', '\u201d', '\u201e', '\u2026', '.', 'word')
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('')
        expect(normalizeForMatch(text)).toBe(reference(text))
      }),
      { numRuns: 2000 },
    )
  })

  it('gives labels one key whatever their punctuation', () => {
    expect(labelKey(normalizeForMatch('» Read more:'))).toBe(labelKey(normalizeForMatch('READ MORE')))
  })
})

describe('NEEDS_NORMALISING', () => {
  /** What a scan of the raw text sees of a character: ASCII and Latin-1 capitals folded, nothing else. */
  const rawView = (ch: string) => {
    const c = ch.codePointAt(0)!
    return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? ch.toLowerCase() : ch
  }
  /** Literals are Latin letters and digits: anything else only separates them. */
  const lettersAndDigits = (s: string) => s.replace(/[^\p{Script=Latin}0-9]+/gu, '|')

  it('holds every character that the matching copy reads as other Latin letters or digits than the raw text (all code points to U+2FFFF)', () => {
    const missing: string[] = []
    for (let c = 0x80; c < 0x30000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue
      const ch = String.fromCodePoint(c)
      if (NEEDS_NORMALISING.test(ch)) continue
      // Between two letters, so that a character normalising removes (joining them) or turns into
      // a letter or a mark that combines with one shows.
      if (lettersAndDigits(normalizeForMatch(`a${ch}a`)) !== lettersAndDigits(`a${rawView(ch)}a`)) missing.push(`U+${c.toString(16)} ${ch}`)
    }
    expect(missing).toEqual([])
  })

  it.each([
    ['circled letters', 'ⓢⓤⓑⓢⓒⓡⓘⓑⓔ'],
    ['a decomposed accent', 'anne\u0301e'],
    ['a Mongolian vowel separator', 'sub\u180escribe'],
    ['superscript letters', 'ᵗʰᵉ'],
    ['a Kelvin sign', '\u212aind'],
  ])('holds %s', (_what, text) => {
    expect(NEEDS_NORMALISING.test(text)).toBe(true)
  })

  it('leaves plain ASCII and Latin-1 prose alone', () => {
    expect(NEEDS_NORMALISING.test('Größe, année, Straße: “quotes” – dashes… and 20 € — fine.')).toBe(false)
  })
})

describe('needsNormalisingText', () => {
  it('holds the same characters as NEEDS_NORMALISING (every UTF-16 code unit)', () => {
    const differ: number[] = []
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c)
      if (needsNormalisingText(ch) !== NEEDS_NORMALISING.test(ch)) differ.push(c)
    }
    expect(differ).toEqual([])
    expect(needsNormalisingText('plain text, then ⓢ')).toBe(true)
    expect(needsNormalisingText('plain text')).toBe(false)
  })
})
