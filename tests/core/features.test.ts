import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countWords } from '../../src/segment/features.js'

/**
 * countWords runs on every block, so it is written for speed (a table lookup per character).
 * These cases pin what it counts; the property compares it with a plain regex statement of the
 * same definition on arbitrary text.
 */
describe('countWords', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['one', 1],
    ['Read more: the full story', 5],
    ['  leading and trailing  ', 3],
    ['tabs\tand\nnew lines\r\nall split', 6],
    ['no\u00a0break\u2009thin\u202fnarrow\u3000ideographic\ufeffbom\u200bzero-width', 7],
    ['Größe, Straße und Übermaß', 4],
    ['emoji 👍 counts', 3],
    ['日本語', 3],
    ['東京 tower', 3],
    ['カタカナとひらがな', 9],
    ['word東京word', 4],
    ['--- | ---', 3],
  ])('%j has %i word(s)', (text, words) => {
    expect(countWords(text)).toBe(words)
  })

  it('agrees with the regex statement of its definition on any text', () => {
    // Spaces: C0 controls and the space, NBSP, U+2000–U+200B, U+202F, U+3000, U+FEFF. A CJK
    // character is a word by itself; any other run of characters is one word.
    const reference = (text: string) => (text.match(/[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]|[^\u0000-\u0020\u00a0\u2000-\u200b\u202f\u3000\ufeff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+/g) ?? []).length
    const pieces = fc.constantFrom('a', 'Z', 'é', ' ', '\n', '\t', '\u00a0', '\u2009', '\u200b', '\u3000', '\ufeff', '東', 'か', '\ud83d\udc4d', '.', '-', '\u0085', '\u2028')
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        expect(countWords(text)).toBe(reference(text))
      }),
      { numRuns: 500 },
    )
  })
})
