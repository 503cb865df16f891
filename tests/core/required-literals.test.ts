import { describe, expect, it } from 'vitest'
import { requiredClauses, requiredLiterals } from '../../src/helpers/required-literals.js'

describe('requiredLiterals', () => {
  it('finds the literal every match contains', () => {
    expect(requiredLiterals('\\bdonat(?:e|ion)')).toEqual(['donat'])
    expect(requiredLiterals('(?:your|a) (?:donation|gift)')?.sort()).toEqual(['donation', 'gift'])
  })

  it('does not join letters across a repeated one ("go+gle" matches "google")', () => {
    const lits = requiredLiterals('go+gle play')
    expect(lits).toBeDefined()
    for (const l of lits!) expect('google play').toContain(l)
  })

  it('gives no gate when it cannot tell (never a silent miss)', () => {
    expect(requiredLiterals('\\u0041bc')).toBeUndefined()
    expect(requiredLiterals('(?:ab|cd)')).toBeUndefined()
    expect(requiredLiterals('x(')).toBeUndefined()
  })
})

describe('requiredClauses', () => {
  it('adds strong literals of the same pattern as further required sets', () => {
    // "our" is too common to be worth a set of its own; "journalism" gates, "support" must be there too.
    expect(requiredClauses('\\bsupport (?:independent|our) journalism')).toEqual([['journalism'], ['support']])
  })

  it('adds no further set that would have to be searched inside words', () => {
    // Without \b, "support" may sit inside a word ("unsupported"): scanning for it at every
    // position costs every document, so the pattern makes do with its first set.
    expect(requiredClauses('support (?:independent|our) journalism')).toEqual([['journalism']])
    // "kanal" may follow "youtube" directly: never at a known word start.
    expect(requiredClauses('\\bunser(?:en)? (?:whatsapp|telegram|youtube)-?kanal\\b')).toEqual([['whatsapp', 'telegram', 'youtube'], ['unser']])
  })

  it('prefers a first set that sits at word starts over a slightly longer one that may not', () => {
    // "veröffentlicht|abgelegt" (weakest 8 letters) may follow any character; "eintrag|beitrag"
    // (7) is at word starts, which makes it the better gate.
    const clauses = requiredClauses('\\bdieser (?:eintrag|beitrag) wurde .{0,60}?(?:veröffentlicht|abgelegt)')
    expect(clauses?.[0]).toEqual(['eintrag', 'beitrag'])
  })

  it('only adds sets that every match must contain', () => {
    const clauses = requiredClauses('newsletter(?: abonnieren)?|subscribe to our newsletter')
    expect(clauses).toEqual([['newsletter']])
    const optional = requiredClauses('cookies(?: settings)? accept')
    expect(optional?.flat()).not.toContain('settings')
  })

  it('takes a short literal as a further set when every match has it at a word start', () => {
    // "lid" at a word start is rare in text; "lid" anywhere is not (valid, solid, lidar).
    expect(requiredClauses('\\bword (?:nu )?(?:lid|donateur|steunlid)\\b')).toEqual([['word'], ['lid', 'donateur', 'steunlid']])
    expect(requiredClauses('\\bword(?:lid|donateur|steunlid)\\b')).toEqual([['word']])
  })

  it('is undefined exactly when requiredLiterals is', () => {
    expect(requiredClauses('(?:ab|cd)')).toBeUndefined()
  })
})
