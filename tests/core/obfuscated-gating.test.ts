import { describe, expect, it } from 'vitest'
import { decruft } from '../../src/index.js'

/**
 * Phrase patterns only run on blocks whose scan finds their required literals. The scan must
 * read obfuscated text the way the patterns do, or hidden cruft would slip through the gate.
 */
const PROSE = 'The council met on Tuesday to discuss the new budget, which includes funding for roads and schools across the county.'
const HIDE: readonly [string, (s: string) => string][] = [
  ['soft hyphens', (s) => s.replace(/(\w{3})(\w{3})/g, '$1\u00ad$2')],
  ['zero-width spaces', (s) => s.replace(/(\w{3})(\w{3})/g, '$1\u200b$2')],
  ['Cyrillic look-alikes', (s) => s.replace(/o/g, 'о').replace(/e/g, 'е')],
  ['non-breaking spaces', (s) => s.replace(/ /g, '\u00a0')],
]
const CRUFT: readonly [string, string][] = [
  ['newsletter/signup', 'Subscribe to our newsletter for the latest updates.'],
  ['cookie/notice', 'We use cookies to improve your experience. By continuing to browse you accept our cookie policy.'],
]

describe('gated phrase patterns on obfuscated cruft', () => {
  for (const [ruleId, cruft] of CRUFT) {
    for (const [how, hide] of HIDE) {
      it(`${ruleId} still removes its cruft written with ${how}`, () => {
        const hidden = hide(cruft)
        expect(hidden).not.toBe(cruft)
        const result = decruft(`${PROSE}\n\n${hidden}\n\n${PROSE}`)
        expect(result.removed.map((r) => [r.index, r.ruleId])).toEqual([[1, ruleId]])
      })
    }
  }
})
