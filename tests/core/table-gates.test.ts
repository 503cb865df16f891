import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { PhraseTable } from '../../src/helpers/phrases.js'
import { patternRequirements } from '../../src/helpers/required-literals.js'

/**
 * A phrase-table pattern without a literal gate runs on every block that reaches its rule, and
 * then every block is normalised for it: one such pattern (a bare "ko-fi", whose letter runs are
 * two long) cost the whole engine about a tenth of its time. So every pattern of the built-in
 * tables must have one.
 */
const rulesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/rules')
const files = readdirSync(rulesDir, { recursive: true, encoding: 'utf8' }).filter((f) => /(^|\/)phrases\.[a-z]+\.ts$/.test(f))
const tables: Record<string, { default: PhraseTable }> = {}
for (const f of files) tables[f] = (await import(path.join(rulesDir, f))) as { default: PhraseTable }

describe('built-in phrase tables', () => {
  it('are all found', () => {
    expect(Object.keys(tables).length).toBeGreaterThan(50)
  })

  it('have a literal gate for every pattern', () => {
    const ungated: string[] = []
    for (const [file, { default: table }] of Object.entries(tables)) {
      for (const p of table.patterns ?? []) {
        const source = p instanceof RegExp ? p.source : p
        if (!patternRequirements(source).clauses) ungated.push(`${file}: /${source}/`)
      }
    }
    expect(ungated).toEqual([])
  })
})
