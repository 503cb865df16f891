import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decruft } from '../../src/index.js'
import { firstWord } from '../../src/helpers/first-word.js'
import { LazyBlock } from '../../src/segment/block.js'

const block = (text: string) => new LazyBlock(0, text, 0, text.length)

describe('firstWord', () => {
  it('is the first word of the label key, found on the raw text', () => {
    expect(firstWord(block('Share this article'))).toBe('share')
    expect(firstWord(block('» Read more: the plan'))).toBe('read')
    expect(firstWord(block('Öffnungszeiten und Preise'))).toBe('öffnungszeiten')
  })

  it('skips marks that are not letters, as the label key does (an emoji variation selector, a combining accent)', () => {
    // "➡️" is U+27A1 U+FE0F: the selector once became the "word", and the block missed every label table.
    expect(firstWord(block('➡️ Check current price'))).toBe('check')
    expect(firstWord(block('I\u0301ndice'))).toBe('índice')
  })

  it('lets such a block reach the label tables', () => {
    const r = decruft('The new model costs less than last year and charges faster, according to the maker.\n\n➡️ Check current price')
    expect(r.removed.map((x) => x.ruleId)).toEqual(['boilerplate/ui-label'])
  })

  it("is the label key's first word on text mixing plain words with characters only normalising can read", () => {
    // Soft hyphen, zero-width space, BOM, a full-width letter, a Cyrillic look-alike, a combining
    // accent, an emoji selector: before, inside and after the first word.
    const pieces = fc.constantFrom('Sub', 'scribe', 'now', 'Öl', 'ß', ' ', '  ', ', ', ': ', '» ', '\n', '\u00ad', '\u200b', '\ufeff', '\uff33', '\u0455', '\u0301', '\ufe0f', '➡', '2024', 'ⓢ', '\u180e', 'ᵗ', '²')
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 1, maxLength: 12 }), (parts) => {
        const text = parts.join('')
        const b = block(text)
        expect(firstWord(b)).toBe(block(text).key.split(' ', 1)[0] ?? '')
      }),
      { numRuns: 2000 },
    )
  })
})
