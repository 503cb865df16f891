import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exposeGc } from '../../src/cli/corpus/collect.js'
import { PHRASE_MASKS, PhraseMasks } from '../../src/helpers/phrase-masks.js'
import { definePhrases, PhraseMatcher } from '../../src/helpers/phrases.js'
import { TRIGGERS } from '../../src/helpers/trigger-index.js'
import { LazyBlock } from '../../src/segment/block.js'

const block = (text: string) => new LazyBlock(0, text, 0, text.length)

describe('PhraseMasks', () => {
  it("sets a table's bit for a block that starts like one of its labels or prefixes, or holds a required word", () => {
    const masks = new PhraseMasks()
    const a = masks.claim()
    const b = masks.claim()
    const [quokka] = TRIGGERS.add(['quokkaword'], new Set(['quokkaword']))
    masks.register(a, ['subscribe'], [], false)
    masks.register(b, [], [quokka!], false)
    const may = (text: string) => {
      const bl = block(text)
      return [masks.mayMatch(bl, a), masks.mayMatch(bl, b)]
    }
    expect(may('Subscribe to our list')).toEqual([true, false])
    expect(may('A story about the quokkaword and its friends.')).toEqual([false, true])
    expect(may('Subscribe: the quokkaword digest')).toEqual([true, true])
    expect(may('The council met on Tuesday to discuss the budget.')).toEqual([false, false])
  })

  it('sets the bit of a table with an ungated pattern on every block', () => {
    const masks = new PhraseMasks()
    const a = masks.claim()
    masks.register(a, [], [], true)
    expect(masks.mayMatch(block('Anything at all.'), a)).toBe(true)
  })

  it('recomputes a cached mask once a table is added', () => {
    const masks = new PhraseMasks()
    const a = masks.claim()
    masks.register(a, ['share'], [], false)
    const b1 = block('Share this story')
    expect(masks.mayMatch(b1, a)).toBe(true)
    const b = masks.claim()
    expect(masks.mayMatch(b1, b)).toBe(false)
    masks.register(b, ['share'], [], false)
    expect(masks.mayMatch(b1, b)).toBe(true)
  })

  it('gives every table a bit of its own, past 32 tables too', () => {
    const masks = new PhraseMasks()
    const bits = Array.from({ length: 70 }, () => masks.claim())
    expect(new Set(bits.map(({ word, bit }) => `${word}:${bit}`)).size).toBe(70)
    bits.forEach((b, i) => masks.register(b, [`word${i}`], [], false))
    const bl = block('word65 is how this block starts')
    expect(bits.filter((b) => masks.mayMatch(bl, b))).toEqual([bits[65]])
  })
})

describe('PhraseMasks, bits given back', () => {
  it('release() takes the bit out of every registration, and the next table reuses it', () => {
    const masks = new PhraseMasks()
    const a = masks.claim()
    const b = masks.claim()
    const [quokka] = TRIGGERS.add(['quokkaword'], new Set(['quokkaword']))
    masks.register(a, ['subscribe'], [quokka!], true)
    masks.register(b, ['subscribe'], [], false)
    const bl = block('Subscribe to the quokkaword digest')
    expect([masks.mayMatch(bl, a), masks.mayMatch(bl, b)]).toEqual([true, true])
    masks.release(a)
    // The cached mask of the block is recomputed without a's bit; b keeps its own.
    expect([masks.mayMatch(bl, a), masks.mayMatch(bl, b)]).toEqual([false, true])
    expect(masks.mayMatch(block('Anything at all.'), a)).toBe(false)
    expect(masks.claimed).toBe(1)
    const c = masks.claim()
    expect(c.slot).toBe(a.slot)
    expect(masks.width).toBe(2)
    expect(masks.mayMatch(bl, c)).toBe(false)
    masks.register(c, ['subscribe'], [], false)
    expect(masks.mayMatch(bl, c)).toBe(true)
  })

  it('keeps the masks as wide as the most tables held at once, however many come and go', () => {
    const masks = new PhraseMasks()
    for (let i = 0; i < 500; i++) {
      const bits = [masks.claim(), masks.claim(), masks.claim()]
      bits.forEach((b, k) => masks.register(b, [`first${k}`], [], false))
      for (const b of bits) masks.release(b)
    }
    expect(masks.width).toBe(3)
    expect(masks.claimed).toBe(0)
  })

  it('gets the bit of a collected phrase table back', async () => {
    const gc = exposeGc()!
    const before = PHRASE_MASKS.claimed
    // Made in a function of their own, so that nothing here holds them once it returns.
    ;(() => {
      for (let i = 0; i < 50; i++) new PhraseMatcher([definePhrases('en', { labels: [`gone label ${i}`] })])
    })()
    expect(PHRASE_MASKS.claimed).toBe(before + 50)
    // Finalisers run in a task after the collection; give them a few turns.
    for (let i = 0; i < 20 && PHRASE_MASKS.claimed > before; i++) {
      gc()
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    expect(PHRASE_MASKS.claimed).toBe(before)
  })
})

describe('PhraseMatcher.mayMatch', () => {
  const table = definePhrases('en', {
    labels: ['Share this story'],
    prefixes: ['Read more:'],
    patterns: [/\bsupport (?:our|independent) journalism\b/],
  })
  const matcher = new PhraseMatcher([table])

  it('is false only where no label, prefix or pattern of the table matches', () => {
    const words = ['Share', 'this', 'story', 'Read', 'more:', 'support', 'our', 'independent', 'journalism', 'The', 'council', 'met', '»', 'today.']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }), (parts) => {
        const b = block(parts.join(' '))
        if (!matcher.mayMatch(b)) expect(matcher.match(b)).toBeUndefined()
      }),
      { numRuns: 1000 },
    )
  })

  it('lets through the blocks the table matches, and rules out plain prose', () => {
    for (const text of ['Share this story', 'Read more: the plan', 'Please support our journalism today.']) {
      const b = block(text)
      expect(matcher.mayMatch(b), text).toBe(true)
      expect(matcher.match(b), text).toBeDefined()
    }
    expect(matcher.mayMatch(block('The council met on Tuesday to discuss the budget.'))).toBe(false)
  })
})
