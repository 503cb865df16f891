import { resolveConfig } from '../core/config.js'
import { runEngine } from '../core/engine.js'
import { defineRuleSet } from '../helpers/define.js'
import { segmentText } from '../segment/text.js'
import { builtinRules } from '../rules/index.js'
import type { AnyRule, Options } from '../types.js'

const BUILTIN_IDS = new Set(builtinRules.map((r) => r.meta.id))

/**
 * Table tests for rules, in the manner of ESLint's RuleTester. Each case runs the rule **alone**
 * (every built-in rule off) through the real engine, so a rule's tests say what that rule does.
 *
 * ```ts
 * new RuleTester().run(myRule, {
 *   keep: ['The charity appealed for donations after the flood.'],
 *   remove: ['Donate now', { document: ['Story text.', 'Support our work', 'Donate now'], removed: [1, 2] }],
 * })
 * ```
 * Strings are whole documents of one block. `document` cases list blocks (joined by blank lines)
 * and the indexes that must be removed (exactly those).
 */
export interface DocumentCase {
  document: readonly string[]
  removed: readonly number[]
  /** Options for the engine (preset, rule options under `rules`). */
  options?: Options
  name?: string
}

export interface RuleTesterCases {
  keep?: readonly (string | DocumentCase)[]
  remove?: readonly (string | DocumentCase)[]
}

export interface RuleTesterOptions {
  /** Called with a case name and a function: defaults to vitest's/mocha's global `it` when present. */
  it?: (name: string, fn: () => void) => void
  /** Called with a title and a function: defaults to the global `describe` when present. */
  describe?: (name: string, fn: () => void) => void
  /** Other rules that must run with the rule under test (a structure rule needs block rules). */
  with?: readonly AnyRule[]
}

export class RuleTesterError extends Error {
  override readonly name = 'RuleTesterError'
}

type Globals = { it?: RuleTesterOptions['it']; describe?: RuleTesterOptions['describe'] }

export class RuleTester {
  readonly #options: RuleTesterOptions
  constructor(options: RuleTesterOptions = {}) {
    this.#options = options
  }

  /**
   * Removed block indexes when only `rule` (and `with` rules) run on `blocks`. The engine's safety
   * valves are off here: they protect documents, and would hide what the rule itself decided.
   */
  removedIndexes(rule: AnyRule, blocks: readonly string[], options: Options = {}): number[] {
    const rules = [rule, ...(this.#options.with ?? [])]
    const own = new Set(rules.map((r) => r.meta.id))
    const settings: Record<string, unknown> = {}
    for (const r of builtinRules) if (!own.has(r.meta.id)) settings[r.meta.id] = 'off'
    for (const r of rules) settings[r.meta.id] = options.rules?.[r.meta.id] ?? 'on'
    const custom = rules.filter((r) => !BUILTIN_IDS.has(r.meta.id))
    const config = resolveConfig({
      ...options,
      ruleSets: [...(options.ruleSets ?? []), ...(custom.length ? [defineRuleSet({ name: 'rule-tester', rules: custom })] : [])],
      rules: settings as Options['rules'],
    })
    const { blocks: segmented } = segmentText(blocks.join('\n\n'), 'blank-line')
    return runEngine(segmented, config, { safetyValves: false }).removed.map((r) => r.index)
  }

  run(rule: AnyRule, cases: RuleTesterCases): void {
    const g = globalThis as Globals
    const describe = this.#options.describe ?? g.describe ?? ((_: string, fn: () => void) => fn())
    const it = this.#options.it ?? g.it ?? ((_: string, fn: () => void) => fn())
    describe(rule.meta.id, () => {
      for (const c of cases.keep ?? []) {
        const doc: DocumentCase = typeof c === 'string' ? { document: [c], removed: [] } : c
        it(`keeps: ${doc.name ?? doc.document.join(' ¶ ').slice(0, 100)}`, () => this.#check(rule, doc))
      }
      for (const c of cases.remove ?? []) {
        const doc: DocumentCase = typeof c === 'string' ? { document: [c], removed: [0] } : c
        it(`removes: ${doc.name ?? doc.document.join(' ¶ ').slice(0, 100)}`, () => this.#check(rule, doc))
      }
    })
  }

  #check(rule: AnyRule, doc: DocumentCase): void {
    const got = this.removedIndexes(rule, doc.document, doc.options)
    const want = [...doc.removed].sort((a, b) => a - b)
    if (got.join(',') !== want.join(',')) {
      const show = (ix: readonly number[]) => (ix.length ? ix.map((i) => `#${i} ${JSON.stringify(doc.document[i]?.slice(0, 80))}`).join('; ') : 'nothing')
      throw new RuleTesterError(`${rule.meta.id}: expected to remove ${show(want)}, but removed ${show(got)}.`)
    }
  }
}
