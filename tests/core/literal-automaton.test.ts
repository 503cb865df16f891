import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LiteralAutomaton } from '../../src/helpers/literal-automaton.js'

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
const ASCII_WORD = /[A-Za-z0-9_]/

/**
 * What the scan must answer, found the slow way: a literal is in a text where the text holds it,
 * compared as a case-insensitive regex compares, starting where a word starts when the literal is
 * sought there only (JavaScript's ASCII \b: the character before is no ASCII letter, digit or _).
 */
function reference(literals: readonly string[], anywhere: (id: number) => boolean, text: string): number[] {
  return literals.flatMap((literal, id) => {
    const re = new RegExp(escape(literal), 'iy')
    const wordStartOnly = /^[a-z0-9]/.test(literal) && !anywhere(id)
    for (let at = 0; at + literal.length <= text.length; at++) {
      re.lastIndex = at
      if (!re.test(text)) continue
      if (wordStartOnly && at > 0 && ASCII_WORD.test(text[at - 1]!)) continue
      return [id]
    }
    return []
  })
}

const scanOne = (automaton: LiteralAutomaton, text: string) => [...(automaton.scan([text])[0] ?? [])].sort((a, b) => a - b)

describe('LiteralAutomaton', () => {
  it('finds word-start literals only where a word starts, and the others anywhere', () => {
    const literals = ['nation', 'mail', 'read more', 'śledź']
    const automaton = new LiteralAutomaton(literals, (id) => literals[id] === 'mail')
    const found = (text: string) => scanOne(automaton, text).map((id) => literals[id])
    expect(found('The nation voted')).toEqual(['nation'])
    expect(found('NATION')).toEqual(['nation'])
    expect(found('A donation')).toEqual([])
    expect(found('x_nation 9nation')).toEqual([])
    // JavaScript's \b is ASCII-only: after "é" a word starts.
    expect(found('énation')).toEqual(['nation'])
    expect(found('Send an e-mail or email us')).toEqual(['mail'])
    expect(found('Read More')).toEqual(['read more'])
    expect(found('Proszę śledź nas')).toEqual(['śledź'])
  })

  it('folds the case of ASCII and Latin-1 letters', () => {
    const literals = ['über', 'année', 'straße']
    const automaton = new LiteralAutomaton(literals, () => false)
    expect(scanOne(automaton, 'ÜBER uns')).toEqual([0])
    expect(scanOne(automaton, 'Cette ANNÉE')).toEqual([1])
    expect(scanOne(automaton, 'STRAßE')).toEqual([2])
  })

  it('answers every text on its own: no literal runs from one block into the next', () => {
    const automaton = new LiteralAutomaton(['subscribe', 'cookie'], () => false)
    expect(automaton.scan(['Please subscr', 'ibe now', 'cookie'])).toEqual([undefined, undefined, [1]])
  })

  it('lists each literal once per text, in the order first seen', () => {
    const automaton = new LiteralAutomaton(['share', 'like', 'follow'], () => false)
    expect(automaton.scan(['Like and share, share and like, follow'])).toEqual([[1, 0, 2]])
  })

  it('finds literals across the seams of the chunks it scans in', () => {
    const literals = ['subscribe', 'newsletter']
    const automaton = new LiteralAutomaton(literals, () => false)
    // One long text, and many texts, with literals on and around every 64 KB boundary.
    const filler = 'word '.repeat(13106) // 65,530 bytes
    for (const shift of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]) {
      const long = `${filler.slice(shift)}Subscribe to our newsletter ${filler}subscribe`
      expect(scanOne(automaton, long)).toEqual([0, 1])
    }
    const texts = Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? `Block ${i}: subscribe now` : `Block ${i} of plain prose, about forty bytes.`))
    const found = automaton.scan(texts)
    texts.forEach((text, i) => expect(found[i], text).toEqual(i % 7 === 0 ? [0] : undefined))
  })

  it('gives the same answer as the slow way on random texts and literal sets', () => {
    const pieces = ['nation', 'don', 'ation', 'mail', 'e-', 'read', 'more', 'über', 'ÜBER', 'é', 'É', 'ß', '_', '9', ' ', '.', '«', '©', 'Sub', 'scribe', 'SUBSCRIBE', 'x', 'a', '’']
    const literalPool = ['nation', 'donation', 'mail', 'read more', 'über', 'scribe', 'subscribe', 'ation', 'on', 'é', '© ', 'more']
    fc.assert(
      fc.property(
        fc.subarray(literalPool, { minLength: 1 }),
        fc.array(fc.boolean(), { minLength: literalPool.length, maxLength: literalPool.length }),
        fc.array(fc.constantFrom(...pieces), { maxLength: 20 }),
        (literals, flags, parts) => {
          const anywhere = (id: number) => flags[id]!
          const automaton = new LiteralAutomaton(literals, anywhere)
          const text = parts.join('')
          expect(scanOne(automaton, text)).toEqual(reference(literals, anywhere, text))
        },
      ),
      { numRuns: 400 },
    )
  })
})

describe('LiteralAutomaton, long runs', () => {
  it('keeps every answer whole when its stamps run out and start again', () => {
    // Two stamps only: the third text takes the first stamp again, which the first text left on "like".
    const automaton = new LiteralAutomaton(['share', 'like'], () => false, 2)
    for (let round = 0; round < 5; round++) {
      expect(automaton.scan(['like', 'share', 'like', 'plain', 'share, like, share'])).toEqual([[1], [0], [1], undefined, [0, 1]])
    }
  })
})

describe('LiteralAutomaton without WebAssembly', () => {
  it('gives the same answers from its JavaScript loop as from the WebAssembly one', () => {
    const literalPool = ['nation', 'donation', 'mail', 'read more', 'über', 'scribe', 'subscribe', 'ation', 'on', 'é', 'more']
    const pieces = ['nation', 'don', 'mail', 'read', 'more', 'ÜBER', 'É', '_', '9', ' ', '.', 'Sub', 'scribe', 'x', '’', '\n']
    fc.assert(
      fc.property(
        fc.subarray(literalPool, { minLength: 1 }),
        fc.array(fc.boolean(), { minLength: literalPool.length, maxLength: literalPool.length }),
        fc.array(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), { maxLength: 6 }),
        (literals, flags, blocks) => {
          const anywhere = (id: number) => flags[id]!
          const texts = blocks.map((parts) => parts.join(''))
          const viaWasm = new LiteralAutomaton(literals, anywhere, undefined, 'wasm').scan(texts)
          const viaJs = new LiteralAutomaton(literals, anywhere, undefined, 'js').scan(texts)
          expect(viaJs).toEqual(viaWasm)
        },
      ),
      { numRuns: 200 },
    )
    // Across chunk seams too.
    const long = `${'word '.repeat(13110)}Subscribe ${'word '.repeat(13110)}subscribe`
    expect(new LiteralAutomaton(['subscribe', 'word'], () => false, undefined, 'js').scan([long])).toEqual([[1, 0]])
  })
})
