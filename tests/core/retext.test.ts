import { readFileSync } from 'node:fs'
import path from 'node:path'
import { retext } from 'retext'
import { describe, expect, it } from 'vitest'
import { decruft } from '../../src/index.js'
import retextDecruft from '../../src/retext.js'

const seeds = path.join(import.meta.dirname, '..', '..', 'test-fixtures', 'seeds')
const havering = readFileSync(path.join(seeds, '000_8b936843157cefe3.txt'), 'utf8')
const sky = readFileSync(path.join(seeds, '001_f9e0a4f5a9b83979.txt'), 'utf8')

describe('decruft/retext', () => {
  it('removes cruft paragraphs from the tree and reports each removal with its rule id', async () => {
    const file = await retext().use(retextDecruft).process(havering)
    const out = String(file)
    const lib = decruft(havering)
    for (const r of lib.removed) expect(out).not.toContain(r.text)
    expect(out).toContain('A serving officer has been dismissed')
    expect(file.messages.map((m) => m.ruleId)).toEqual(lib.removed.map((r) => r.ruleId))
    expect(file.messages.every((m) => m.source === 'decruft')).toBe(true)
    const first = file.messages[0]!
    expect(first.line).toBe(35)
    expect(first.actual).toBe(lib.removed[0]!.text)
  })

  it('places messages by line and column as unified counts lines: LF, CRLF and CR alike', async () => {
    const P = 'The city council voted on Tuesday to expand the library budget for next year, officials said.'
    for (const nl of ['\n', '\r\n', '\r']) {
      const text = [P, 'Share this article', P].join(nl + nl)
      const file = await retext().use(retextDecruft).process(text)
      const m = file.messages.find((x) => x.ruleId === 'social/follow-share')!
      expect(m.place).toEqual({ start: { line: 3, column: 1, offset: text.indexOf('Share') }, end: { line: 3, column: 19, offset: text.indexOf('Share') + 18 } })
    }
  })

  it('removes single lines inside a paragraph when the text has one paragraph a line', async () => {
    const file = await retext().use(retextDecruft).process(sky)
    const out = String(file)
    expect(out).not.toContain('Install the Sky News app for free')
    expect(out).not.toContain('Six of the worst scandals')
    expect(out).not.toContain('Thursday 16 November 2023')
    expect(out).toContain('Officer A will now be added to the barred list')
    expect(out).toContain('It was only then that the child was taken')
    expect(file.messages).toHaveLength(decruft(sky).removed.length)
  })

  it('takes the same options as decruft()', async () => {
    const file = await retext().use(retextDecruft, { categories: { comments: 'off' } }).process(havering)
    expect(String(file)).toContain('Leave a Reply')
    expect(file.messages.some((m) => m.ruleId?.startsWith('comments/'))).toBe(false)
  })

  it('leaves a file without cruft untouched', async () => {
    const text = 'A plain paragraph of news.\n\nAnother plain paragraph of news.\n'
    const file = await retext().use(retextDecruft).process(text)
    expect(String(file)).toBe(text)
    expect(file.messages).toHaveLength(0)
  })
})
