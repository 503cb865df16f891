import { DecruftError } from '../errors.js'
import { knownEncodingLabel } from '../text/decode.js'
import { selectorError } from '../segment/html.js'
import { validateRule } from '../helpers/define.js'
import { htmlRuleSet } from '../html/rules.js'
import { builtinRuleSet } from '../rules/index.js'
import type { AnyRule, Format, Options, ParagraphMode, RuleSet, RuleSetting, SiteRules } from '../types.js'
import { DEFAULT_PRESET, PRESETS } from './presets.js'

/** A rule that is on, with its options resolved. */
export interface ActiveRule {
  readonly rule: AnyRule
  readonly options: Readonly<Record<string, unknown>>
}

/** Options resolved and validated once: what the engine runs with. */
export interface Config {
  readonly format: Format
  readonly paragraphs: ParagraphMode
  readonly preset: string
  readonly language: string | undefined
  readonly threshold: number
  readonly maxRemovedShare: number
  /** Block-phase rules, then structure-phase rules, each in definition order. */
  readonly blockRules: readonly ActiveRule[]
  readonly structureRules: readonly ActiveRule[]
  /** HTML input: DOM-phase rules (those with `dom`), in definition order. */
  readonly domRules: readonly ActiveRule[]
  /** HTML input: the page URL and the site rules that apply to its hostname (merged). */
  readonly url: string | undefined
  readonly site: Required<SiteRules> | undefined
  readonly limits: { readonly maxInputBytes: number; readonly maxDepth: number; readonly maxElements: number; readonly maxBlocks: number; readonly timeBudgetMs: number }
  readonly encoding: string | undefined
}

/** Default budgets: see `Limits` in types.ts and the README's limits section. */
export const DEFAULT_LIMITS = { maxInputBytes: 10 * 1024 * 1024, maxDepth: 1000, maxElements: 100_000, maxBlocks: 100_000, timeBudgetMs: 5000 } as const

const OPTION_KEYS = new Set(['format', 'paragraphs', 'preset', 'rules', 'categories', 'ruleSets', 'language', 'threshold', 'maxRemovedShare', 'url', 'sites', 'limits', 'encoding'])
const FORMATS = new Set(['text', 'html', 'auto'])
const PARAGRAPHS = new Set(['auto', 'blank-line', 'line'])

/**
 * A value as an error message shows it. JSON.stringify shows Infinity and NaN as null and a
 * function as nothing, and throws a TypeError of its own on a BigInt or a circular object: the
 * caller would get that instead of the DecruftError that names the option.
 */
function show(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'bigint') return typeof value === 'bigint' ? `${value}n` : String(value)
  if (typeof value === 'function') return 'a function'
  if (typeof value === 'symbol') return value.toString()
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return Object.prototype.toString.call(value)
  }
}

function fail(message: string, details: Record<string, unknown> = {}): never {
  throw new DecruftError('invalid_option', message, details)
}

/** Closest known name, for "did you mean" in errors. */
function suggest(name: string, known: Iterable<string>): string {
  let best = ''
  let bestDistance = Infinity
  for (const k of known) {
    const d = editDistance(name, k)
    if (d < bestDistance) [best, bestDistance] = [k, d]
  }
  return bestDistance <= Math.max(2, name.length / 3) ? ` Did you mean "${best}"?` : ''
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = tmp
    }
  }
  return row[b.length]!
}

function checkRuleOptions(rule: AnyRule, given: unknown): Record<string, unknown> {
  const defaults = (rule.meta.defaultOptions ?? {}) as Record<string, unknown>
  if (given === undefined) return { ...defaults }
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    fail(`Options for rule ${rule.meta.id} must be an object.`, { ruleId: rule.meta.id })
  }
  for (const [key, value] of Object.entries(given)) {
    if (!Object.prototype.hasOwnProperty.call(defaults, key)) {
      const known = Object.keys(defaults)
      fail(`Rule ${rule.meta.id} has no option "${key}". ${known.length ? `Its options: ${known.join(', ')}.` : 'It takes no options.'}`, { ruleId: rule.meta.id, option: key })
    }
    const expected = Array.isArray(defaults[key]) ? 'array' : typeof defaults[key]
    const actual = Array.isArray(value) ? 'array' : typeof value
    if (expected !== actual || (actual === 'number' && !Number.isFinite(value as number))) {
      fail(`Rule ${rule.meta.id}: option "${key}" must be a ${expected === 'number' ? 'finite number' : expected}, got ${show(value)}.`, { ruleId: rule.meta.id, option: key })
    }
  }
  return { ...defaults, ...(given as Record<string, unknown>) }
}

function parseSetting(id: string, setting: RuleSetting): { on: boolean; options?: unknown } {
  if (setting === 'off') return { on: false }
  if (setting === 'on') return { on: true }
  if (Array.isArray(setting) && (setting[0] === 'on' || setting[0] === 'off') && setting.length <= 2) {
    return { on: setting[0] === 'on', options: setting[1] }
  }
  return fail(`Setting for rule ${id} must be "off", "on" or ["on", { ...options }]; got ${show(setting)}.`, { ruleId: id })
}

export function resolveConfig(options: Options = {}): Config {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) fail('Options must be an object.')
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.has(key)) fail(`Unknown option "${key}".${suggest(key, OPTION_KEYS)} Known options: ${[...OPTION_KEYS].join(', ')}.`, { option: key })
  }
  // `undefined` means the default; null is a value of the wrong type, as it is for every other option.
  const format = options.format === undefined ? 'text' : options.format
  if (!FORMATS.has(format)) fail(`options.format must be "text", "html" or "auto"; got ${show(format)}.`)
  const paragraphs = options.paragraphs === undefined ? 'auto' : options.paragraphs
  if (!PARAGRAPHS.has(paragraphs)) fail(`options.paragraphs must be "auto", "blank-line" or "line"; got ${show(paragraphs)}.`)
  if (options.language !== undefined && (typeof options.language !== 'string' || !/^[a-z]{2,3}$/.test(options.language))) {
    fail(`options.language must be an ISO 639-1 code such as "en" or "de"; got ${show(options.language)}.`)
  }

  const sets: RuleSet[] = [builtinRuleSet, htmlRuleSet]
  if (options.ruleSets !== undefined) {
    if (!Array.isArray(options.ruleSets)) fail('options.ruleSets must be an array of rule sets (see defineRuleSet).')
    sets.push(...options.ruleSets)
  }
  const rules = new Map<string, AnyRule>()
  const presetNames = new Set(Object.keys(PRESETS))
  const presetMembers = new Map<string, Set<string>>()
  for (const set of sets) {
    if (!set || !Array.isArray(set.rules)) fail('Each rule set must come from defineRuleSet({ name, rules }).')
    for (const rule of set.rules) {
      validateRule(rule)
      if (rules.has(rule.meta.id)) {
        throw new DecruftError('invalid_rule', `Rule id ${rule.meta.id} is defined twice (rule set ${set.name}).`, { ruleId: rule.meta.id })
      }
      rules.set(rule.meta.id, rule)
      for (const p of rule.meta.presets ?? []) presetNames.add(p)
    }
    for (const [p, ids] of Object.entries(set.presets ?? {})) {
      if (!Array.isArray(ids)) fail(`Rule set ${show(set.name)}: preset "${p}" must list rule ids; got ${show(ids)}.`)
      presetNames.add(p)
      const members = presetMembers.get(p) ?? new Set<string>()
      for (const id of ids) members.add(id)
      presetMembers.set(p, members)
    }
  }

  const preset = options.preset === undefined ? DEFAULT_PRESET : options.preset
  if (typeof preset !== 'string' || !presetNames.has(preset)) {
    throw new DecruftError('unknown_preset', `Unknown preset ${show(preset)}.${suggest(String(preset), presetNames)} Known presets: ${[...presetNames].join(', ')}.`, { preset })
  }
  for (const ids of presetMembers.values()) {
    for (const id of ids) if (!rules.has(id)) throw new DecruftError('unknown_rule', `A rule set's preset lists unknown rule "${id}".`, { ruleId: id })
  }
  const spec = (Object.prototype.hasOwnProperty.call(PRESETS, preset) ? PRESETS[preset] : undefined) ?? PRESETS[DEFAULT_PRESET]!
  const threshold = options.threshold === undefined ? spec.threshold : options.threshold
  if (typeof threshold !== 'number' || !(threshold > 0 && threshold <= 1)) fail(`options.threshold must be a number in (0, 1]; got ${show(threshold)}.`)
  const maxRemovedShare = options.maxRemovedShare === undefined ? spec.maxRemovedShare : options.maxRemovedShare
  if (typeof maxRemovedShare !== 'number' || !(maxRemovedShare >= 0 && maxRemovedShare <= 1)) fail(`options.maxRemovedShare must be a number in [0, 1]; got ${show(maxRemovedShare)}.`)

  const categories = new Set([...rules.values()].map((r) => String(r.meta.category)))
  plainObject(options.categories, 'options.categories', '{ social: "off" }')
  plainObject(options.rules, 'options.rules', '{ "social/counters": "off" }')
  for (const [category, value] of Object.entries(options.categories ?? {})) {
    if (!categories.has(category)) fail(`Unknown category "${category}".${suggest(category, categories)} Known categories: ${[...categories].join(', ')}.`, { category })
    if (value !== 'on' && value !== 'off') fail(`Category ${category} must be "on" or "off"; got ${show(value)}.`, { category })
  }
  const settings = new Map<string, { on: boolean; options?: unknown }>()
  for (const [id, setting] of Object.entries(options.rules ?? {})) {
    if (!rules.has(id)) {
      throw new DecruftError('unknown_rule', `Unknown rule "${id}".${suggest(id, rules.keys())} Known rules: ${[...rules.keys()].join(', ')}.`, { ruleId: id })
    }
    settings.set(id, parseSetting(id, setting))
  }

  const blockRules: ActiveRule[] = []
  const structureRules: ActiveRule[] = []
  const domRules: ActiveRule[] = []
  for (const rule of rules.values()) {
    const { id, category } = rule.meta
    let on = rule.meta.recommended || (rule.meta.presets ?? []).includes(preset) || (presetMembers.get(preset)?.has(id) ?? false)
    const byCategory = options.categories?.[category]
    if (byCategory) on = byCategory === 'on'
    const setting = settings.get(id)
    if (setting) on = setting.on
    // Options are checked even for a rule switched off, so a typo never hides behind "off".
    const resolved = checkRuleOptions(rule, setting?.options)
    if (!on) continue
    ;(rule.dom ? domRules : rule.meta.phase === 'structure' ? structureRules : blockRules).push({ rule, options: Object.freeze(resolved) })
  }

  const url = options.url
  if (url !== undefined && typeof url !== 'string') fail(`options.url must be a string; got ${show(url)}.`)
  const site = resolveSite(options.sites, url)
  const limits = resolveLimits(options.limits)
  if (options.encoding !== undefined && (typeof options.encoding !== 'string' || !options.encoding)) fail(`options.encoding must be an encoding label such as "utf-8" or "windows-1252"; got ${show(options.encoding)}.`)
  // Checked now, not when the first byte input arrives: a cleaner that takes strings for a while
  // would otherwise carry a typo until then.
  if (options.encoding !== undefined && !knownEncodingLabel(options.encoding)) fail(`options.encoding: unknown text encoding ${JSON.stringify(options.encoding)} (WHATWG labels such as "utf-8", "windows-1252", "shift_jis").`, { encoding: options.encoding })
  return { format, paragraphs, preset, language: options.language, threshold, maxRemovedShare, blockRules, structureRules, domRules, url, site, limits, encoding: options.encoding }
}


/** A map option must be a plain object: `Object.entries` of a string or an array reads its indexes as names. */
function plainObject(value: unknown, where: string, example: string): void {
  if (value === undefined) return
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(`${where} must be an object such as ${example}; got ${show(value)}.`)
}

function hostnameOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase()
  } catch {
    return undefined
  }
}

function stringList(value: unknown, where: string): readonly string[] {
  if (value === undefined) return []
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v.trim() !== '')) fail(`${where} must be an array of non-empty strings.`)
  return value as string[]
}

/**
 * The site rules for the page's hostname: every entry whose key is the hostname or a parent
 * domain of it (`example.com` covers `www.example.com`), merged. Every entry is validated, used or not.
 */
function resolveSite(sites: Options['sites'], url: string | undefined): Required<SiteRules> | undefined {
  if (sites === undefined) return undefined
  if (typeof sites !== 'object' || sites === null || Array.isArray(sites)) fail('options.sites must be an object: hostname → { remove, keep, phrases }.')
  const host = url ? hostnameOf(url) : undefined
  if (url && !host) fail(`options.url is not a valid URL: ${JSON.stringify(url)}.`)
  const merged = { remove: [] as string[], keep: [] as string[], phrases: [] as string[] }
  let any = false
  for (const [name, rules] of Object.entries(sites)) {
    if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) fail(`options.sites["${name}"] must be an object with remove, keep and/or phrases.`)
    for (const key of Object.keys(rules)) {
      if (key !== 'remove' && key !== 'keep' && key !== 'phrases') fail(`options.sites["${name}"] has unknown key "${key}" (known: remove, keep, phrases).`)
    }
    const remove = stringList(rules.remove, `options.sites["${name}"].remove`)
    const keep = stringList(rules.keep, `options.sites["${name}"].keep`)
    // Every site's selectors, not only the matching one's: a typo is found when the cleaner is
    // made, not on the first page of that host (or never, by a cleaner that cleans text).
    for (const selector of [...remove, ...keep]) {
      const why = selectorError(selector)
      if (why) fail(`options.sites["${name}"]: ${JSON.stringify(selector)} is not a valid CSS selector: ${why}`, { selector })
    }
    const phrases = stringList(rules.phrases, `options.sites["${name}"].phrases`)
    const key = name.toLowerCase().replace(/^\.+/, '')
    if (host && (host === key || host.endsWith(`.${key}`))) {
      any = true
      merged.remove.push(...remove)
      merged.keep.push(...keep)
      merged.phrases.push(...phrases)
    }
  }
  return any ? merged : undefined
}

function resolveLimits(limits: Options['limits']): Config['limits'] {
  if (limits === undefined) return DEFAULT_LIMITS
  if (typeof limits !== 'object' || limits === null || Array.isArray(limits)) fail('options.limits must be an object: { maxInputBytes, maxDepth, maxElements, maxBlocks, timeBudgetMs }.')
  for (const key of Object.keys(limits)) {
    // Own keys only: `in` also saw Object.prototype's, so `{ toString: 5 }` passed.
    if (!Object.hasOwn(DEFAULT_LIMITS, key)) fail(`options.limits has unknown key "${key}" (known: maxInputBytes, maxDepth, maxElements, maxBlocks, timeBudgetMs).`)
  }
  const out = { ...DEFAULT_LIMITS, ...limits }
  for (const [k, v] of Object.entries(out)) {
    // A time budget may be Infinity (no budget); sizes and depths are whole numbers.
    const ok = k === 'timeBudgetMs' ? typeof v === 'number' && v > 0 : typeof v === 'number' && Number.isInteger(v) && v >= 1
    if (!ok) fail(`options.limits.${k} must be a positive ${k === 'timeBudgetMs' ? 'number (or Infinity)' : 'integer'}; got ${show(v)}.`)
  }
  return out
}
