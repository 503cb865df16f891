import { describe, expect, it } from 'vitest'
import { literalGate, openGates } from '../../src/helpers/literal-gate.js'
import { builtinRules } from '../../src/rules/index.js'
import { LazyBlock } from '../../src/segment/block.js'

const block = (text: string) => new LazyBlock(0, text, 0, text.length)

describe('literalGate', () => {
  const gate = literalGate(/\bzebracrossing (?:ahead|here)\b/, /\bquokkaselfie\b/)

  it('lets a block through when it holds a required literal of any of the regexes', () => {
    expect(gate(block('Zebracrossing ahead, slow down'))).toBe(true)
    expect(gate(block('Take a quokkaselfie on the island'))).toBe(true)
  })

  it('rules out a block that holds none', () => {
    expect(gate(block('A pedestrian crossing is ahead of the school.'))).toBe(false)
    // Inside a word is no word start: the regexes need \b there.
    expect(gate(block('Thezebracrossing sign'))).toBe(false)
  })

  it('sees literals that only normalising reveals (a soft hyphen, full-width letters)', () => {
    expect(gate(block('Zebra\u00ADcrossing ahead'))).toBe(true)
    expect(gate(block('ｑｕｏｋｋａｓｅｌｆｉｅ time'))).toBe(true)
  })

  it('lets every block through when one regex has no literal to gate on, and says so in openGates', () => {
    const open = literalGate(/\bquokkaselfie\b/, /^\d+$/)
    expect(open(block('Nothing of the kind here.'))).toBe(true)
    expect(openGates).toContain('^\\d+$')
    openGates.splice(openGates.indexOf('^\\d+$'), 1)
  })

  it('is never left open by a built-in rule (every gate of theirs rules blocks out)', () => {
    expect(builtinRules.length).toBeGreaterThan(30)
    expect(openGates).toEqual([])
  })
})
