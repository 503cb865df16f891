import { describe, expect, it } from 'vitest'
import { exposeGc } from '../../src/cli/corpus/collect.js'
import { literalGate } from '../../src/helpers/literal-gate.js'
import { PhraseMatcher, definePhrases } from '../../src/helpers/phrases.js'
import { TRIGGERS } from '../../src/helpers/trigger-index.js'
import { TriggerIndex, needsNormalising } from '../../src/helpers/trigger-index.js'
import { NEEDS_NORMALISING } from '../../src/text/normalize.js'
import { segmentText } from '../../src/segment/text.js'
import type { Block } from '../../src/types.js'

/** Names of the literals a block holds, as the index reports them. */
function found(index: TriggerIndex, names: readonly string[], ids: readonly number[]): string[] {
  return ids.map((id) => names[id]!).sort()
}

function setup(literals: readonly string[]) {
  const index = new TriggerIndex()
  const ids = index.add(literals)
  const names: string[] = []
  literals.forEach((l, i) => (names[ids[i]!] = l))
  return { index, names }
}

describe('TriggerIndex', () => {
  it('reports literals contained in a longer one that the alternation matched first', () => {
    const { index, names } = setup(['donation', 'nation', 'donat'])
    const [block] = segmentText('Make a DONATION today').blocks
    expect(found(index, names, index.probe(block!))).toEqual(['donat', 'donation', 'nation'])
  })

  it('reports overlapping literals that neither contains', () => {
    const { index, names } = setup(['newsletter', 'letterbox'])
    const [block] = segmentText('newsletterbox').blocks
    expect(found(index, names, index.probe(block!))).toEqual(['letterbox', 'newsletter'])
  })

  it('gives the same answers from a document prescan as from probing block by block', () => {
    const literals = ['subscribe', 'newsletter', 'cookie', 'cookies', 'spende']
    const text = 'An article paragraph.\n\nSubscribe to our Newsletter\n\nMore prose here.\n\nWe use COOKIES.\n\nJetzt Spende geben'
    const a = setup(literals)
    const b = setup(literals)
    const scanned = segmentText(text).blocks
    a.index.prescan(scanned)
    const probed = segmentText(text).blocks
    const viaPrescan = scanned.map((blk) => found(a.index, a.names, a.index.probe(blk)))
    const viaProbe = probed.map((blk) => found(b.index, b.names, b.index.probe(blk)))
    expect(viaPrescan).toEqual(viaProbe)
    expect(viaPrescan).toEqual([[], ['newsletter', 'subscribe'], [], ['cookie', 'cookies'], ['spende']])
  })

  it.each([
    ['a soft hyphen', 'Sub\u00ADscribe now'],
    ['a zero-width space', 'Sub\u200Bscribe now'],
    ['Cyrillic look-alikes', 'Ѕubѕcribe now'],
    ['full-width letters', 'ＳＵＢＳＣＲＩＢＥ now'],
    ['circled letters', 'ⓢⓤⓑⓢⓒⓡⓘⓑⓔ now'],
    ['a Mongolian vowel separator', 'Sub\u180Escribe now'],
  ])('sees a literal hidden by %s, in a prescan and in a probe', (_what, hidden) => {
    for (const prescan of [true, false]) {
      const { index, names } = setup(['subscribe'])
      const blocks = segmentText(`Plain prose comes first.\n\n${hidden}`).blocks
      if (prescan) index.prescan(blocks)
      expect(found(index, names, index.probe(blocks[1]!))).toEqual(['subscribe'])
      expect(index.probe(blocks[0]!)).toEqual([])
    }
  })

  it('sees a literal across a non-breaking space in the text', () => {
    const { index, names } = setup(['newsletter'])
    const blocks = segmentText('Our\u00a0newsletter\u00a0here').blocks
    index.prescan(blocks)
    expect(found(index, names, index.probe(blocks[0]!))).toEqual(['newsletter'])
  })

  it('forgets earlier answers when literals are added later', () => {
    const { index } = setup(['cookie'])
    const [block] = segmentText('Join our newsletter').blocks
    expect(index.probe(block!)).toEqual([])
    const [id] = index.add(['newsletter'])
    expect(index.probe(block!)).toEqual([id])
  })
})

describe('TriggerIndex, literals given back', () => {
  const text = (t: string) => segmentText(t).blocks[0]!

  it('keeps a literal while any registration holds it', () => {
    const index = new TriggerIndex()
    const [a] = index.add(['paywall'], undefined, {})
    const [b] = index.add(['paywall'], undefined, {})
    expect(a).toBe(b)
    index.release([a!])
    expect(index.held).toBe(1)
    expect(index.probe(text('Behind the paywall'))).toEqual([a])
    index.release([b!])
    expect(index.held).toBe(0)
  })

  it('takes a given-back literal up again without a rebuild when the same word is registered anew', () => {
    const index = new TriggerIndex()
    const [a] = index.add(['paywall'], undefined, {})
    index.probe(text('Behind the paywall'))
    const epoch = index.epoch
    index.release([a!])
    const [again] = index.add(['paywall'], undefined, {})
    expect(again).toBe(a)
    expect(index.epoch).toBe(epoch)
    expect(index.held).toBe(1)
  })

  it('purges unheld literals in one batch and gives their ids to new literals', () => {
    const index = new TriggerIndex()
    const ids = Array.from({ length: 300 }, (_, i) => index.add([`word${i}x`], undefined, {})[0]!)
    index.release(ids.slice(0, 256))
    // 256 unheld: not more than the minimum, so they are still in the scan.
    expect(index.size).toBe(300)
    index.release(ids.slice(256, 257))
    expect(index.size).toBe(43)
    const [reused] = index.add(['sponsored'])
    expect(ids.slice(0, 257)).toContain(reused)
    // The reused id now means the new literal only.
    expect(index.probe(text(`Behind the word${ids.indexOf(reused!)}x`))).toEqual([])
    expect(index.probe(text('A sponsored post'))).toEqual([reused])
    // Held literals are still found after the purge.
    expect(index.probe(text('see word299x here'))).toEqual([ids[299]])
  })

  it('keeps literals added without an owner, whatever is released', () => {
    const index = new TriggerIndex()
    const [id] = index.add(['cookie'])
    index.add(['cookie'], undefined, {})
    index.release([id!])
    expect(index.held).toBe(1)
    expect(index.probe(text('We use cookie files'))).toEqual([id])
  })

  it('stays bounded while rules with words of their own are defined and dropped one after another', () => {
    const index = new TriggerIndex()
    index.add(['built-in'])
    // 600 rules: past the purge threshold twice.
    for (let i = 0; i < 600; i++) {
      const ids = index.add([`site${i}name`, 'subscribe'], undefined, {})
      expect(index.probe(text(`Subscribe to Site${i}Name today`)).slice().sort()).toEqual(ids.slice().sort())
      index.release(ids)
      expect(index.size).toBeLessThanOrEqual(1 + 257)
    }
    expect(index.held).toBe(1)
  })

  it('gets back the literals of collected phrase tables and gates', async () => {
    const gc = exposeGc()!
    const before = TRIGGERS.held
    // Made in a function of their own, so that nothing here holds them once it returns.
    ;(() => {
      for (let i = 0; i < 20; i++) {
        new PhraseMatcher([definePhrases('en', { patterns: [new RegExp(`\\bjoin gonetable${i}\\b`)] })])
        literalGate(new RegExp(`\\bgonegate${i}\\b`))
      }
    })()
    expect(TRIGGERS.held).toBeGreaterThanOrEqual(before + 40)
    // Finalisers run in a task after the collection; give them a few turns.
    for (let i = 0; i < 20 && TRIGGERS.held > before; i++) {
      gc()
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    expect(TRIGGERS.held).toBe(before)
  })
})

describe('TriggerIndex, a document announced by prescan()', () => {
  it('is scanned on the first probe, and its other blocks are answered from that scan', () => {
    const { index, names } = setup(['cookie'])
    const blocks = segmentText('We use cookies.\n\nProse.\n\nCookie settings').blocks
    index.prescan(blocks)
    expect(found(index, names, index.probe(blocks[2]!))).toEqual(['cookie'])
    expect(index.probe(blocks[1]!)).toEqual([])
    expect(found(index, names, index.probe(blocks[0]!))).toEqual(['cookie'])
  })

  it('does not answer for a block of another document', () => {
    const { index, names } = setup(['cookie'])
    index.prescan(segmentText('Prose only.').blocks)
    const [other] = segmentText('Cookie policy').blocks
    expect(found(index, names, index.probe(other!))).toEqual(['cookie'])
  })
})

describe('needsNormalising', () => {
  it('agrees with NEEDS_NORMALISING on the text, block by block', () => {
    const blocks = segmentText('Plain prose.\n\nSub\u00ADscribe now\n\nŁódź is a city.\n\nＳＵＢＳＣＲＩＢＥ').blocks
    expect(blocks.map((b) => needsNormalising(b))).toEqual([false, true, true, true])
    expect(blocks.map((b) => needsNormalising(b))).toEqual(blocks.map((b) => NEEDS_NORMALISING.test(b.text)))
  })

  it('is settled for every block by the scan of a document that needs no normalising', () => {
    const { index } = setup(['cookie'])
    const blocks = segmentText('We use cookies.\n\nProse.\n\nMore prose.').blocks
    index.prescan(blocks)
    index.probe(blocks[0]!)
    expect(blocks.map((b) => b.needsNormalising)).toEqual([false, false, false])
  })

  it('is left to each block when one block of the document needs normalising', () => {
    const { index } = setup(['cookie'])
    const blocks = segmentText('We use cookies.\n\nSub\u00ADscribe now').blocks
    index.prescan(blocks)
    index.probe(blocks[0]!)
    expect(needsNormalising(blocks[0]!)).toBe(false)
    expect(needsNormalising(blocks[1]!)).toBe(true)
  })

  it('answers for a block that is not a LazyBlock (a user-made block) from its text', () => {
    const userBlock = (text: string): Block => {
      const [lazy] = segmentText(text).blocks
      const { index, start, end, norm, key, words, chars, lines, endsLikeSentence, linkShare, titleLike, source } = lazy!
      return { index, text, start, end, norm, key, words, chars, lines, endsLikeSentence, linkShare, titleLike, source }
    }
    expect(needsNormalising(userBlock('Sub\u00ADscribe'))).toBe(true)
    expect(needsNormalising(userBlock('Subscribe'))).toBe(false)
  })
})
