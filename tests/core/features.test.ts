import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countLines, countWords } from '../../src/segment/features.js'
import { decruft } from '../../src/index.js'

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

describe('countLines', () => {
  it('counts every line break Unicode knows, CRLF once', () => {
    expect(countLines('one line')).toBe(1)
    expect(countLines('a\nb\nc')).toBe(3)
    expect(countLines('a\r\nb\r\nc')).toBe(3)
    expect(countLines('a\rb\rc')).toBe(3)
    expect(countLines('a\u2028b\u2029c\u0085d')).toBe(4)
    expect(countLines('a\r\n\rb')).toBe(3)
  })

  const prose = 'The city council voted on Tuesday to expand the library budget for next year, officials said after the meeting.'
  it.each([
    ['a date over a time', 'Thursday 16 November 2023\n17:59, UK'],
    ['a tag line over its values', 'Tags: politics\nelection, council'],
    ['two menu lines', 'Home | News\nSport | Weather'],
  ])('%s: the same verdicts whatever breaks its lines (one-line rules fired on CR and U+2028 only)', (_what, middle) => {
    const verdicts = ['\n', '\r\n', '\r', '\u2028', '\u2029', '\u0085'].map((br) => {
      const r = decruft(`${prose}\n\n${middle}\n\n${prose}`.replace(/\n/g, br))
      return r.removed.map((x) => `${x.index} ${x.ruleId}`).join(',')
    })
    expect(new Set(verdicts).size).toBe(1)
  })
})
