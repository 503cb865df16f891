import { describe, expect, it } from 'vitest'
import { STOPWORDS } from '../../src/lang/stopwords/index.js'
import { stopwordDensity } from '../../src/rules/page/stopword-density.js'

const en = STOPWORDS.en!
const de = STOPWORDS.de!

describe('stopwordDensity', () => {
  it('counts words as runs of letters and the share of them that are stop words', () => {
    expect(stopwordDensity('The council voted to keep the library open.', en)).toEqual({ words: 8, density: 3 / 8 })
  })

  it('is about zero for a menu', () => {
    expect(stopwordDensity('Home News Sport Business Weather', en).density).toBe(0)
  })

  it('reads letters with diacritics as part of the word (German "für", "über")', () => {
    const { words, density } = stopwordDensity('Die Bibliothek bleibt für fünf Jahre offen, sagte der Rat über die Pläne.', de)
    expect(words).toBe(13)
    expect(density).toBeGreaterThan(0.3)
  })

  it('does not count digits, punctuation or symbols as words', () => {
    expect(stopwordDensity('2023 — 14:05 × 3 ÷ 4 | © ½', en)).toEqual({ words: 0, density: 0 })
  })

  it('splits at apostrophes and counts other scripts as words', () => {
    expect(stopwordDensity("l'homme", STOPWORDS.fr!).words).toBe(2)
    expect(stopwordDensity('Новости спорта', en).words).toBe(2)
  })
})
