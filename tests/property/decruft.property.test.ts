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
 * Idempotence fails today, for two reasons found by these properties (see the issue-5 report).
 * Each failure is pinned below as an expected failure (`it.fails`) with its shrunk counterexample
 * and the seed that finds it, so the suite stays green while the bug exists and turns red the day
 * it is fixed: then change `it.fails` to `it` and drop the seed, and the full property guards it.
 *
 * 1. Paragraph mode flips between passes. `paragraphs: 'auto'` picks blank-line or line mode by
 *    counting single vs blank gaps over ALL lines, including those of blocks that get removed. The
 *    output re-joins kept blocks with one blank line, so the counts change: a multi-line block kept
 *    in blank-line mode is split into lines on the second pass, and a line in it that is cruft
 *    on its own ("Read more: ...") goes then.
 * 2. A U+FEFF at the start of a kept block that is not the first block of the input becomes the
 *    first character of the output; the segmenter treats U+FEFF at offset 0 as a byte-order mark
 *    and drops it on the second pass.
 */
const MODE_FLIP = 'Read more: Six of the worst floods in the region\n\nThe the the the the the the the the the the the.\nRead more: Six of the worst floods in the region\n'
const INNER_BOM = 'Read more: Six of the worst floods in the region\u2028\u2028\uFEFFRead more: Six of the worst floods in the region\nThe the the the the the the the the the the the.\n'

describe('idempotence', () => {
  it.fails('KNOWN BUG 1 (mode flip): cleaning the output again changes nothing, with default options', () => {
    const once = decruft(MODE_FLIP).text
    expect(decruft(once).text).toBe(once)
  })

  it.fails('KNOWN BUG 1 (mode flip), as a property: decruft(decruft(x).text).text === decruft(x).text', () => {
    fc.assert(
      fc.property(document, (input) => {
        const once = decruft(input).text
        expect(decruft(once).text).toBe(once)
      }),
      { numRuns: 2000, seed: -922398007 },
    )
  })

  it.fails('KNOWN BUG 2 (inner U+FEFF becomes a leading BOM): idempotent with the paragraph mode pinned', () => {
    const once = decruft(INNER_BOM)
    expect(once.text.charCodeAt(0)).toBe(0xfeff)
    expect(decruft(once.text, { paragraphs: once.paragraphs }).text).toBe(once.text)
  })

  it.fails('KNOWN BUG 2, as a property: idempotent with the paragraph mode of the first pass pinned', () => {
    fc.assert(
      fc.property(document, (input) => {
        const once = decruft(input)
        expect(decruft(once.text, { paragraphs: once.paragraphs }).text).toBe(once.text)
      }),
      { numRuns: 30000, seed: 1110067867 },
    )
  })
})
