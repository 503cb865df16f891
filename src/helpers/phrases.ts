import { DecruftError } from '../errors.js'
import { compileUserPattern, type PatternEngine } from '../limits/user-pattern.js'
import { labelKey, normalizeForMatch } from '../text/normalize.js'
import type { Block } from '../types.js'
import { firstWord, firstWordOfPhrase } from './first-word.js'
import { PHRASE_MASKS } from './phrase-masks.js'
import { patternRequirements } from './required-literals.js'
import { TRIGGERS } from './trigger-index.js'

/**
 * Phrase tables: the data most rules are made of, one table per category and language.
 *
 * - `labels`: the whole block is this text (compared by label key: case, punctuation and spacing
 *   ignored). "Read more", "Anzeige", "Leave a Reply".
 * - `prefixes`: the block starts with this. A trailing `:` means a delimiter (`:`, `|`, `»`, `›`,
 *   `>`, a dash) must follow, so "Read more:" matches "Read more: Six of the worst…" and not
 *   "Read more about the policy in our report".
 * - `patterns`: searched anywhere in the block's matching copy (lower case, NFKC, look-alikes
 *   folded). Built-in tables use RegExp literals, checked for catastrophic backtracking in the
 *   tests. Patterns given as strings (user rule sets, config files) are compiled with RE2JS, a
 *   linear-time engine, so a user pattern can never hang the process.
 */
export interface PhraseTable {
  /** ISO 639-1 code, or `any` for language-independent entries. */
  readonly language: string
  /**
   * Engine for the patterns, strings and RegExps alike: `native` (V8) only for trusted tables
   * (the built-in ones, or a user who opts in); anything else runs on RE2JS.
   */
  readonly engine?: PatternEngine
  readonly labels?: readonly string[]
  readonly prefixes?: readonly string[]
  readonly patterns?: readonly (RegExp | string)[]
}

/**
 * A built-in table: its RegExp patterns are trusted (reviewed, and checked for catastrophic
 * backtracking in the test suite) and run on V8's engine. Users get `defineUserPhrases`, exported
 * as `definePhrases` from the package.
 */
export function definePhrases(language: string, table: Omit<PhraseTable, 'language' | 'engine'>): PhraseTable {
  return defineTable(language, table, 'native')
}

/**
 * A table from a user or a config file: every pattern, string or RegExp, runs on RE2JS (linear
 * time) unless `{ engine: 'native' }` is passed explicitly by trusted code.
 */
export function defineUserPhrases(language: string, table: Omit<PhraseTable, 'language' | 'engine'>, options: { engine?: PatternEngine } = {}): PhraseTable {
  const engine = options.engine ?? 'linear'
  if (engine !== 'linear' && engine !== 'native') throw new DecruftError('invalid_option', `engine must be "linear" or "native"; got ${JSON.stringify(engine)}.`)
  const defined = defineTable(language, table, engine)
  // A user's native patterns are checked now (V8 parses them, cheaply); the built-in tables are
  // checked by the test suite, and their matchers build them anyway. Linear patterns are compiled
  // when their rule is defined, so that the error names the rule (definePhraseRule).
  if (engine === 'native') for (const pattern of defined.patterns ?? []) nativeRegExp(language, pattern)
  return defined
}

const TABLE_FIELDS = ['labels', 'prefixes', 'patterns'] as const

/**
 * A table's shape, checked when it is defined: TypeScript catches a misspelt field or a string
 * where a list belongs, but plain-JavaScript rule sets and config modules met neither (`prefix:`
 * was ignored, so the rule never matched; `labels: 'AI'` was read letter by letter and removed
 * every block reading "A" or "I").
 */
function checkShape(language: string, table: unknown): asserts table is Omit<PhraseTable, 'language' | 'engine'> {
  if (typeof table !== 'object' || table === null || Array.isArray(table)) {
    throw new DecruftError('invalid_rule', `Phrase table (${language}) must be an object with labels, prefixes and/or patterns.`)
  }
  for (const key of Object.keys(table)) {
    if (!(TABLE_FIELDS as readonly string[]).includes(key)) {
      throw new DecruftError('invalid_rule', `Phrase table (${language}) has an unknown field ${JSON.stringify(key)}; a table holds ${TABLE_FIELDS.join(', ')}.`)
    }
    const value = (table as Record<string, unknown>)[key]
    if (value !== undefined && !Array.isArray(value)) {
      throw new DecruftError('invalid_rule', `Phrase table (${language}) ${key} must be an array; got ${typeof value === 'string' ? 'a string' : typeof value}.`)
    }
  }
}

/** The RegExp a pattern of a native table runs as (`u` added: its `\b` is made Unicode-aware by nativeTester). */
function nativeRegExp(language: string, pattern: RegExp | string): RegExp {
  const source = typeof pattern === 'string' ? pattern : pattern.source
  try {
    return new RegExp(source, (typeof pattern === 'string' ? '' : pattern.flags.replace(/[gyu]/g, '')) + 'u')
  } catch (error) {
    throw new DecruftError('invalid_pattern', `Phrase table (${language}): pattern ${JSON.stringify(source)} is not a valid regular expression: ${(error as Error).message}`, { pattern: source })
  }
}

function defineTable(language: string, fields: Omit<PhraseTable, 'language' | 'engine'>, engine: PatternEngine): PhraseTable {
  if (typeof language !== 'string' || !/^([a-z]{2,3}|any)$/.test(language)) {
    throw new DecruftError('invalid_rule', `Phrase table language must be an ISO 639-1 code or "any", got ${JSON.stringify(language)}.`)
  }
  checkShape(language, fields)
  const table = { ...fields, engine }
  for (const pattern of table.patterns ?? []) {
    if (typeof pattern !== 'string' && !(pattern instanceof RegExp)) {
      throw new DecruftError('invalid_rule', `Phrase table (${language}): a pattern must be a RegExp or a string.`)
    }
  }
  for (const field of ['labels', 'prefixes'] as const) {
    for (const entry of table[field] ?? []) {
      if (typeof entry !== 'string' || !labelKey(normalizeForMatch(entry))) {
        throw new DecruftError('invalid_rule', `Phrase table (${language}) ${field}: ${JSON.stringify(entry)} has no letters or digits.`)
      }
    }
  }
  return Object.freeze({ language, ...table })
}

export interface PhraseHit {
  readonly kind: 'label' | 'prefix' | 'pattern'
  readonly language: string
  /** The table entry (labels, prefixes) or the matched text (patterns). */
  readonly phrase: string
}

interface Tester {
  readonly language: string
  /**
   * Literal sets (lower case): every match contains one literal of each. The first set gates the
   * pattern, the others are checked against the same probe. Undefined: no gate, always run.
   */
  readonly anchors: readonly (readonly string[])[] | undefined
  /** Literals of the anchors that every match has at a word start. */
  readonly wordStart: ReadonlySet<string>
  exec(text: string): string | undefined
}



const DELIMITER = '\\s*(?:[:：|»›>~]|[-–—](?:\\s|$))'

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/**
 * JavaScript's `\b` only knows ASCII letters: it finds a boundary inside "unterstützung" and none
 * after "tú". Table patterns are written with `\b` for readability and compiled with a boundary
 * that knows every script's letters.
 */
const UNICODE_BOUNDARY = '(?:(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_])|(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_]))'

export function unicodeBoundaries(source: string): string {
  return source.replace(/(\\*)\\b/g, (all, slashes: string) => (slashes.length % 2 === 0 ? slashes + UNICODE_BOUNDARY : all))
}

function nativeTester(language: string, re: RegExp): Tester {
  const flags = re.flags.replace(/[gyu]/g, '') + 'u'
  // The exact pattern's Unicode boundaries are lookbehinds that make V8 scan about 50 times
  // slower; the same pattern without boundaries matches a superset and rules most blocks out.
  // Built now, it also checks the source in `u` mode, so a bad pattern fails here, not mid-run.
  const loose = new RegExp(re.source.replace(/(\\*)\\b/g, (all, slashes: string) => (slashes.length % 2 === 0 ? slashes : all)), flags)
  // The exact regex is built on first use: V8 parses the \p{…} classes of its boundaries when
  // it is constructed, and building hundreds of them up front made the first document of a
  // process take about a second. Most patterns never match in a given process.
  let exact: RegExp | undefined
  const { clauses, wordStart } = patternRequirements(re.source)
  return {
    language,
    anchors: clauses,
    wordStart,
    exec(text) {
      if (!loose.test(text)) return undefined
      exact ??= new RegExp(unicodeBoundaries(re.source), flags)
      return exact.exec(text)?.[0]
    },
  }
}

function linearTester(ruleId: string, language: string, source: string, flags = ''): Tester {
  const compiled = compileUserPattern(flags ? new RegExp(source, flags) : source, { ruleId: `${ruleId} (${language} table)` })
  const { clauses, wordStart } = patternRequirements(source)
  return { language, anchors: clauses, wordStart, exec: (text) => compiled.exec(text) }
}

/** Whether the probe holds a literal of every clause. */
function holdsAll(found: readonly number[], clauses: readonly (readonly number[])[]): boolean {
  for (const clause of clauses) if (!clause.some((id) => found.includes(id))) return false
  return true
}

/** One compiled matcher over a set of tables. Build it once per rule and language set. */
export class PhraseMatcher {
  readonly #labels = new Map<string, { language: string; phrase: string }>()
  /** Words in the longest label: longer blocks are not looked up. */
  maxLabelWords = 0
  /** Each prefix's own regex is built on first use: most blocks fail the combined one first. */
  readonly #prefixes: { language: string; phrase: string; source: string; re?: RegExp }[] = []
  readonly #prefixAny: RegExp | undefined
  readonly #patterns: Tester[] = []
  /** Trigger-literal id → indexes of the patterns whose first literal set holds it. */
  readonly #byLiteral: (number[] | undefined)[] = []
  /** Pattern index → its further literal sets, as trigger ids (a block must hold one of each). */
  readonly #extra: (readonly (readonly number[])[])[] = []
  /** Scratch marks over pattern indexes for one block (cleared after use). */
  #mark = new Uint8Array(0)
  /** Patterns without a literal gate: they run on every block that reaches them. */
  readonly #ungated: number[] = []
  /** First words of all labels and prefixes. */
  readonly #firstWords = new Set<string>()
  /** This table's bit in PHRASE_MASKS, given back when the matcher is collected. */
  readonly #bit = PHRASE_MASKS.claim(this)

  /** `owner` names the rule in errors about its patterns. */
  constructor(tables: readonly PhraseTable[], owner = 'a phrase table') {
    const prefixSources: string[] = []
    for (const table of tables) {
      for (const label of table.labels ?? []) {
        const key = labelKey(normalizeForMatch(label))
        this.#firstWords.add(firstWordOfPhrase(key))
        if (!this.#labels.has(key)) this.#labels.set(key, { language: table.language, phrase: label })
        this.maxLabelWords = Math.max(this.maxLabelWords, key.split(' ').length)
      }
      for (const prefix of table.prefixes ?? []) {
        const norm = normalizeForMatch(prefix)
        this.#firstWords.add(firstWordOfPhrase(norm))
        const needsDelimiter = norm.endsWith(':')
        const body = escapeRegExp(needsDelimiter ? norm.slice(0, -1).trimEnd() : norm).replace(/ /g, '\\s+')
        const source = needsDelimiter ? `${body}${DELIMITER}` : `${body}(?![\\p{L}\\p{N}])`
        prefixSources.push(source)
        this.#prefixes.push({ language: table.language, phrase: prefix, source })
      }
      for (const pattern of table.patterns ?? []) {
        if (table.engine === 'native' && (pattern instanceof RegExp || typeof pattern === 'string')) {
          this.#patterns.push(nativeTester(table.language, nativeRegExp(table.language, pattern)))
        } else if (pattern instanceof RegExp) {
          this.#patterns.push(linearTester(owner, table.language, pattern.source, pattern.flags))
        } else if (typeof pattern === 'string') {
          this.#patterns.push(linearTester(owner, table.language, pattern))
        } else {
          throw new DecruftError('invalid_rule', `Phrase table (${table.language}): a pattern must be a RegExp or a string.`)
        }
      }
    }
    this.#prefixAny = prefixSources.length ? new RegExp(`^(?:${prefixSources.join('|')})`, 'u') : undefined
    this.#patterns.forEach((t, index) => {
      this.#extra.push((t.anchors ?? []).slice(1).map((clause) => TRIGGERS.add(clause, t.wordStart, this)))
      if (!t.anchors) {
        this.#ungated.push(index)
        return
      }
      for (const id of TRIGGERS.add(t.anchors[0]!, t.wordStart, this)) (this.#byLiteral[id] ??= []).push(index)
    })
    this.#mark = new Uint8Array(this.#patterns.length)
    const literalIds = this.#byLiteral.flatMap((gated, id) => (gated ? [id] : []))
    PHRASE_MASKS.register(this.#bit, this.#firstWords, literalIds, this.#ungated.length > 0)
  }

  /**
   * False when no label, prefix or pattern of this table can match the block (see
   * phrase-masks.ts): one bit test instead of the three checks. True means "look".
   */
  mayMatch(block: Block): boolean {
    return PHRASE_MASKS.mayMatch(block, this.#bit)
  }

  get isEmpty(): boolean {
    return this.#labels.size === 0 && this.#prefixes.length === 0 && this.#patterns.length === 0
  }

  label(block: Block): PhraseHit | undefined {
    if (this.#labels.size === 0 || !this.#firstWords.has(firstWord(block))) return undefined
    const hit = this.#labels.get(block.key)
    return hit && { kind: 'label', language: hit.language, phrase: hit.phrase }
  }

  prefix(block: Block): PhraseHit | undefined {
    if (!this.#prefixAny || !this.#firstWords.has(firstWord(block)) || !this.#prefixAny.test(block.norm)) return undefined
    for (const p of this.#prefixes) {
      p.re ??= new RegExp(`^(?:${p.source})`, 'u')
      if (p.re.test(block.norm)) return { kind: 'prefix', language: p.language, phrase: p.phrase }
    }
    return undefined
  }

  pattern(block: Block): PhraseHit | undefined {
    if (this.#patterns.length === 0) return undefined
    // One shared scan tells which patterns' required words the block holds; only those
    // patterns (and the few without a gate) run, in table order.
    const found = TRIGGERS.probe(block)
    let candidates: readonly number[] = this.#ungated
    if (found.length) {
      // Most blocks hold some registered word (many are common ones) but none of this table's:
      // the list is only made once one of its gated patterns qualifies.
      const mark = this.#mark
      let list: number[] | undefined
      for (let k = 0; k < found.length; k++) {
        const gated = this.#byLiteral[found[k]!]
        if (!gated) continue
        for (const i of gated) {
          if (mark[i] !== 0 || !holdsAll(found, this.#extra[i]!)) continue
          if (!list) {
            list = [...this.#ungated]
            for (const u of list) mark[u] = 1
          }
          mark[i] = 1
          list.push(i)
        }
      }
      if (list) {
        for (const i of list) mark[i] = 0
        candidates = list.length > 1 ? list.sort((a, b) => a - b) : list
      }
    }
    for (const i of candidates) {
      const t = this.#patterns[i]!
      const m = t.exec(block.norm)
      if (m !== undefined) return { kind: 'pattern', language: t.language, phrase: m }
    }
    return undefined
  }

  /** Patterns that no literal gate covers (they run on every block that reaches them). */
  get ungatedPatterns(): number {
    return this.#ungated.length
  }

  /** The first hit of any kind: label, then prefix, then pattern. */
  match(block: Block): PhraseHit | undefined {
    return this.label(block) ?? this.prefix(block) ?? this.pattern(block)
  }
}

/**
 * Compiles tables lazily per language filter and caches the matcher, so a rule pays for
 * compilation once per process, not once per document. With a language hint, that language's
 * tables apply plus `any` and English (English interface strings appear on pages in every language).
 */
export function matcherCache(tables: readonly PhraseTable[], owner?: string): (language: string | undefined) => PhraseMatcher {
  const cache = new Map<string, PhraseMatcher>()
  return (language) => {
    const key = language ?? '*'
    let m = cache.get(key)
    if (!m) {
      m = new PhraseMatcher(language ? tables.filter((t) => t.language === language || t.language === 'any' || t.language === 'en') : tables, owner)
      cache.set(key, m)
    }
    return m
  }
}
