import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createCleaner, decruft } from '../../src/index.js'
import { DecruftError } from '../../src/errors.js'
import type { Result } from '../../src/types.js'
import { anyInput, document } from './arbitraries.js'

/**
 * Properties every result must have, whatever the input. fast-check prints the seed, the path and
 * the shrunk counterexample in the thrown error, which vitest shows as the failure message; to
 * replay a failure run with `FC_SEED=<seed> FC_PATH=<path>`.
 */
const replay = process.env.FC_SEED ? { seed: Number(process.env.FC_SEED), path: process.env.FC_PATH } : {}
const params = (numRuns: number): fc.Parameters<unknown> => ({ numRuns, ...replay })

const cleaner = createCleaner()

/** No lone surrogate halves (String.prototype.isWellFormed is ES2024, past this project's lib). */
function isWellFormed(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) i++
      else return false
    } else if (c >= 0xdc00 && c <= 0xdfff) return false
  }
  return true
}

/** The output pieces in order (blocks are joined by exactly one blank line). */
function outputBlocks(result: Result): string[] {
  return result.text === '' ? [] : result.text.split('\n\n')
}

describe('decruft() on any string', () => {
  it('never throws', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = decruft(input)
        expect(typeof result.text).toBe('string')
      }),
      params(2000),
    )
  })

  it('never throws on byte input either: it returns a result or a typed invalid_input error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        try {
          decruft(bytes)
        } catch (error) {
          expect(error).toBeInstanceOf(DecruftError)
          expect((error as DecruftError).code).toBe('invalid_input')
        }
      }),
      params(1000),
    )
  })

  it('is deterministic: the same input gives the same result, from a fresh or a reused cleaner', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const a = decruft(input)
        const b = cleaner.clean(input)
        expect(b).toEqual(a)
      }),
      params(1000),
    )
  })

  it('returns well-formed Unicode when given well-formed Unicode', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        fc.pre(isWellFormed(input))
        const result = decruft(input)
        expect(isWellFormed(result.text)).toBe(true)
        for (const r of result.removed) expect(isWellFormed(r.text)).toBe(true)
      }),
      params(1000),
    )
  })
})

describe('nothing is invented or lost', () => {
  it('every removal slices the input to exactly its text', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        for (const r of decruft(input).removed) {
          expect(input.slice(r.start, r.end)).toBe(r.text)
        }
      }),
      params(1500),
    )
  })

  it('the output blocks are verbatim pieces of the input, in input order, and never overlap a removal', () => {
    fc.assert(
      fc.property(document, (input) => {
        const result = decruft(input)
        let from = 0
        for (const piece of outputBlocks(result)) {
          const at = input.indexOf(piece, from)
          expect(at, `output block ${JSON.stringify(piece)} not found in the input after offset ${from}`).toBeGreaterThanOrEqual(0)
          from = at + piece.length
        }
        // Removals come in document order and do not overlap.
        let last = -1
        for (const r of result.removed) {
          expect(r.start).toBeGreaterThan(last)
          last = r.end - 1
        }
      }),
      params(1500),
    )
  })

  it('kept and removed blocks together account for every non-blank character of the input', () => {
    fc.assert(
      fc.property(document, (input) => {
        const result = decruft(input)
        // NEL (U+0085) is a line break to the segmenter although JavaScript's \s does not include it.
        const visible = (s: string) => s.replace(/[\s\u0085\u200b\ufeff]+/g, '')
        const kept = outputBlocks(result).join('')
        const removed = result.removed.map((r) => r.text).join('')
        expect((visible(kept) + visible(removed)).length).toBe(visible(input).length)
        expect(result.stats.keptBlocks + result.stats.removedBlocks).toBe(result.stats.blocks)
      }),
      params(1500),
    )
  })

  it('the rules do fire on these documents (the generators are not vacuous)', () => {
    // Not a property of decruft: a check that the inputs above exercise removals at all, so that
    // the properties are not passing on documents where nothing ever happens.
    const samples = fc.sample(document, { numRuns: 300, seed: 42 })
    const withRemovals = samples.filter((s) => decruft(s).removed.length > 0).length
    expect(withRemovals).toBeGreaterThan(100)
  })
})

/**
 * Idempotence. These properties found two bugs, now fixed; their shrunk counterexamples stay as
 * plain tests:
 * 1. Paragraph mode flipped between passes: `auto` counted single vs blank gaps over the whole
 *    document, removed blocks included, so the output could be split differently from the input.
 *    Each blank-line paragraph now decides for itself, from its own lines only.
 * 2. A U+FEFF at the start of a kept block that was not the first block became the first
 *    character of the output, and the second pass dropped it as a byte-order mark. A leading
 *    U+FEFF is now never part of a block.
 */
const MODE_FLIP = 'Read more: Six of the worst floods in the region\n\nThe the the the the the the the the the the the.\nRead more: Six of the worst floods in the region\n'
const INNER_BOM = 'Read more: Six of the worst floods in the region\u2028\u2028\uFEFFRead more: Six of the worst floods in the region\nThe the the the the the the the the the the the.\n'

describe('idempotence', () => {
  it('cleaning the output again changes nothing (the mode-flip counterexample)', () => {
    const once = decruft(MODE_FLIP).text
    expect(decruft(once).text).toBe(once)
  })

  it('a U+FEFF at the start of a block is not part of it (the inner-BOM counterexample)', () => {
    const once = decruft(INNER_BOM)
    expect(once.text.charCodeAt(0)).not.toBe(0xfeff)
    expect(decruft(once.text).text).toBe(once.text)
  })

  it('decruft(decruft(x).text).text === decruft(x).text', () => {
    fc.assert(
      fc.property(document, (input) => {
        const once = decruft(input).text
        expect(decruft(once).text).toBe(once)
      }),
      params(3000),
    )
  })

  it('is idempotent with each explicit paragraph mode', () => {
    fc.assert(
      fc.property(document, fc.constantFrom('line' as const, 'blank-line' as const), (input, paragraphs) => {
        const once = decruft(input, { paragraphs }).text
        expect(decruft(once, { paragraphs }).text).toBe(once)
      }),
      params(3000),
    )
  })
})
