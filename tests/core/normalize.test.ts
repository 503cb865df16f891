import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { labelKey, normalizeForMatch } from '../../src/text/normalize.js'

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
