import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { PRESETS, builtinRules, htmlRules } from '../src/index.js'
import type { AnyRule } from '../src/types.js'

/**
 * The README's rule list is generated from rule meta, so it cannot drift from the code. When a
 * rule changes, regenerate it with `UPDATE_README=1 npx vitest run tests/readme.test.ts`.
 */
const readmePath = path.join(import.meta.dirname, '..', 'README.md')
const START = '<!-- rules:start (generated from rule meta by tests/readme.test.ts) -->'
const END = '<!-- rules:end -->'

function presetsOf(rule: AnyRule): string {
  const on = [...(rule.meta.recommended ? Object.keys(PRESETS) : []), ...(rule.meta.presets ?? [])]
  return [...new Set(on)].join(', ') || 'off (opt in)'
}

function table(title: string, rules: readonly AnyRule[]): string {
  const rows = rules.map((r) => {
    const langs = r.meta.languages?.length ? r.meta.languages.join(', ') : 'any'
    const opts = Object.entries(r.meta.defaultOptions ?? {}).map(([k, v]) => `\`${k}: ${JSON.stringify(v)}\``).join(', ') || '–'
    return `| \`${r.meta.id}\` | ${r.meta.category} | ${presetsOf(r)} | ${langs} | ${opts} | ${r.meta.description.replace(/\|/g, '\\|')} |`
  })
  return [`#### ${title}`, '', '| rule | category | on in presets | languages | options (defaults) | what it removes |', '|---|---|---|---|---|---|', ...rows].join('\n')
}

export function generatedRuleList(): string {
  return [START, table('Text rules (text input, and the blocks of HTML input)', builtinRules), '', table('DOM rules (HTML input only)', htmlRules), END].join('\n')
}

describe('README', () => {
  it('lists every rule, generated from rule meta', () => {
    const readme = readFileSync(readmePath, 'utf8')
    const generated = generatedRuleList()
    const start = readme.indexOf(START)
    const end = readme.indexOf(END)
    expect(start, 'README.md needs the rules:start/rules:end markers').toBeGreaterThanOrEqual(0)
    const current = readme.slice(start, end + END.length)
    if (current !== generated && process.env.UPDATE_README === '1') {
      writeFileSync(readmePath, readme.slice(0, start) + generated + readme.slice(end + END.length))
      return
    }
    expect(current, 'the rule list is stale: run UPDATE_README=1 npx vitest run tests/readme.test.ts').toBe(generated)
  })

  it('holds the two commands for a new machine and the test command CI runs', () => {
    const readme = readFileSync(readmePath, 'utf8')
    expect(readme).toContain('npm ci && npm run clean-seeds')
    expect(readme).toContain('npm ci && npm test')
    expect(readFileSync(path.join(import.meta.dirname, '..', '.ci', 'run'), 'utf8')).toContain('npm test')
  })
})
