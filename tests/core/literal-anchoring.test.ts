import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { builtinRules } from '../../src/index.js'
import { unicodeBoundaries } from '../../src/helpers/phrases.js'
import { patternRequirements } from '../../src/helpers/required-literals.js'
import { TriggerIndex } from '../../src/helpers/trigger-index.js'
import { LazyBlock } from '../../src/segment/block.js'
import { normalizeForMatch } from '../../src/text/normalize.js'

const wordStart = (source: string) => [...patternRequirements(source).wordStart].sort()

describe('patternRequirements: which literals every match has at a word start', () => {
  it('knows a literal after \\b, ^, a space or punctuation starts a word', () => {
    expect(wordStart('\\bdonat(?:e|ion)')).toEqual(['donat'])
    expect(wordStart('^newsletter')).toEqual(['newsletter'])
    expect(wordStart('\\bsign[- ]up for our newsletter')).toContain('newsletter')
    expect(wordStart('\\b(?:your|a) (?:donation|gift)')).toEqual(['donation', 'gift'])
  })

  it('follows optional groups whose every branch ends in a space', () => {
    expect(wordStart('\\ba (?:generous |small )?donation')).toEqual(['donation'])
    expect(wordStart('\\ba (?:generous|small)?donation')).toEqual([])
  })

  it('does not claim a word start where a match may have letters before the literal', () => {
    // The pattern's own start is anywhere in the text: "xnewsletter" matches `newsletter`.
    expect(wordStart('newsletter')).toEqual([])
    expect(wordStart('(?:generous |small )?donation')).toEqual([])
    expect(wordStart('\\bx[a-z]donation')).toEqual([])
    expect(wordStart('\\Bdonation')).toEqual([])
    // "_" is a word character for \b.
    expect(wordStart('\\bpay_pal')).toEqual(['pay'])
    // A repeated group may end in a letter when its last repetition starts after another one.
    expect(wordStart('\\b(?:ab)+donation')).toEqual([])
  })
})

describe('TriggerIndex with word-start literals', () => {
  const probeNames = (index: TriggerIndex, names: Map<number, string>, text: string) =>
    index
      .probe(new LazyBlock(0, text, 0, text.length))
      .map((id) => names.get(id)!)
      .sort()

  it('finds a word-start literal at a word start, not inside a word', () => {
    const index = new TriggerIndex()
    const [id] = index.add(['donat'], new Set(['donat']))
    const names = new Map([[id!, 'donat']])
    expect(probeNames(index, names, 'Please donate today')).toEqual(['donat'])
    expect(probeNames(index, names, '(Donate)')).toEqual(['donat'])
    expect(probeNames(index, names, 'Adonate is no word')).toEqual([])
  })

  it('searches a literal everywhere once any pattern needs it anywhere, and forgets earlier answers', () => {
    const index = new TriggerIndex()
    const [id] = index.add(['letter'], new Set(['letter']))
    const names = new Map([[id!, 'letter']])
    const block = new LazyBlock(0, 'Our newsletter', 0, 14)
    expect(index.probe(block)).toEqual([])
    index.add(['letter'])
    expect(index.probe(block).map((i) => names.get(i))).toEqual(['letter'])
  })

  it('sees a literal needed anywhere that starts where a longer word-start literal was tried', () => {
    const index = new TriggerIndex()
    const ids = [...index.add(['donat'], new Set(['donat'])), ...index.add(['donation'])]
    const names = new Map(ids.map((id, i) => [id, ['donat', 'donation'][i]!]))
    expect(probeNames(index, names, 'A donation')).toEqual(['donat', 'donation'])
    expect(probeNames(index, names, 'Xdonation')).toContain('donation')
  })

  it('treats literals that do not start with an ASCII letter or digit as needed anywhere', () => {
    // JavaScript's \b does not know "ś" is a letter: a word-start search would miss "śledź".
    const index = new TriggerIndex()
    const [id] = index.add(['śledź'], new Set(['śledź']))
    expect(index.probe(new LazyBlock(0, 'Proszę śledź nas', 0, 16))).toEqual([id])
  })
})

/**
 * The property the gates rest on: whenever a built-in pattern matches a block, the block's probe
 * holds a literal of each of the pattern's clauses. Matches are sampled from each pattern (with
 * its \b removed, then kept only where the real pattern matches) and put after and before letters,
 * digits, "_", spaces and punctuation, where word starts are won and lost.
 */
describe('literal gates never hide a match of a built-in pattern', () => {
  const patterns = [...new Set(builtinRules.flatMap((r) => r.patterns ?? []))]
  const index = new TriggerIndex()
  const gated = patterns.flatMap((re) => {
    const { clauses, wordStart: starts } = patternRequirements(re.source)
    if (!clauses) return []
    const ids = clauses.map((clause) => index.add(clause, starts))
    const flags = re.flags.replace(/[gyu]/g, '') + 'u'
    let samples: string[]
    try {
      const loose = new RegExp(re.source.replace(/(\\*)\\b/g, (all, slashes: string) => (slashes.length % 2 === 0 ? slashes : all)), flags)
      samples = fc.sample(fc.stringMatching(loose), { numRuns: 12, seed: 7 })
    } catch {
      return [] // a construct fast-check cannot generate from (lookbehind, \p{…})
    }
    return [{ re, exact: new RegExp(unicodeBoundaries(re.source), flags), ids, samples }]
  })
  const BEFORE = ['', ' ', 'x', 'é', '_', '1', 'The ', '«', '-']
  const AFTER = ['', ' ', 'x', '.']

  it('samples most built-in patterns', () => {
    expect(gated.length).toBeGreaterThan(patterns.length * 0.6)
  })

  it('finds the clauses of every sampled match, whatever stands around it', () => {
    let checked = 0
    const misses: string[] = []
    for (const { re, exact, ids, samples } of gated) {
      for (const sample of samples) {
        for (const before of BEFORE) {
          for (const after of AFTER) {
            const text = before + sample + after
            if (!exact.test(normalizeForMatch(text))) continue
            checked++
            const found = index.probe(new LazyBlock(0, text, 0, text.length))
            if (!ids.every((clause) => clause.some((id) => found.includes(id)))) misses.push(`${re.source} on ${JSON.stringify(text)}`)
          }
        }
      }
    }
    expect(misses.slice(0, 5)).toEqual([])
    expect(checked).toBeGreaterThan(1000)
  })
})
