import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { decruft } from '../src/index.js'

/**
 * The three documents the product was designed from: the whole output must equal the expected
 * file, and every labelled paragraph must get its verdict and its category.
 */
const dir = path.join(import.meta.dirname, '..', 'test-fixtures', 'seeds')
const seeds = readdirSync(dir).filter((f) => /^\d{3}_[0-9a-f]{16}\.txt$/.test(f))

interface Label {
  line: number
  verdict: 'keep' | 'remove'
  category?: string
  text: string
}

describe('seed documents', () => {
  it('are all present', () => {
    expect(seeds).toHaveLength(3)
  })

  for (const file of seeds) {
    const base = file.replace(/\.txt$/, '')
    const input = readFileSync(path.join(dir, file), 'utf8')
    const expected = readFileSync(path.join(dir, `${base}.expected.txt`), 'utf8')
    const labels: Label[] = readFileSync(path.join(dir, `${base}.labels.jsonl`), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Label)

    describe(base, () => {
      const result = decruft(input)

      it('comes out exactly as the expected file', () => {
        expect(`${result.text}\n`).toBe(expected)
      })

      it('gives every labelled paragraph its verdict and category', () => {
        const removedByText = new Map(result.removed.map((r) => [r.text, r]))
        for (const label of labels) {
          const removal = removedByText.get(label.text.trimEnd())
          if (label.verdict === 'keep') {
            expect(removal, `line ${label.line} must be kept: ${label.text.slice(0, 60)}`).toBeUndefined()
            expect(result.text).toContain(label.text.trimEnd())
          } else {
            expect(removal, `line ${label.line} must be removed: ${label.text.slice(0, 60)}`).toBeDefined()
            expect(removal!.category, `category of line ${label.line}`).toBe(label.category)
          }
        }
      })

      it('puts each removal at its line with offsets into the input', () => {
        for (const r of result.removed) {
          expect(input.slice(r.start, r.end)).toBe(r.text)
          const label = labels.find((l) => l.text.trimEnd() === r.text)
          expect(label, `removal not in labels: ${r.text.slice(0, 60)}`).toBeDefined()
          expect(input.slice(0, r.start).split('\n').length).toBe(label!.line)
        }
      })

      it('explains every removal with a rule id and a reason', () => {
        for (const r of result.removed) {
          expect(r.ruleId).toMatch(/^[a-z-]+\/[a-z-]+$/)
          expect(r.reason.length).toBeGreaterThan(10)
        }
      })
    })
  }
})
