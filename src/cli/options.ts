import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Options, RuleSet, RuleSetting } from '../types.js'
import type { CliArgs } from './args.js'

export class UsageError extends Error {
  override readonly name = 'UsageError'
}

function parseRuleFlag(flag: string): [string, RuleSetting] {
  const eq = flag.indexOf('=')
  if (eq <= 0) throw new UsageError(`--rule expects ID=off, ID=on or ID='{"option":value}'; got "${flag}".`)
  const id = flag.slice(0, eq)
  const value = flag.slice(eq + 1).trim()
  if (value === 'off' || value === 'on') return [id, value]
  if (value.startsWith('{')) {
    try {
      return [id, ['on', JSON.parse(value) as Record<string, unknown>]]
    } catch {
      throw new UsageError(`--rule ${id}: the options are not valid JSON: ${value}`)
    }
  }
  throw new UsageError(`--rule ${id}: setting must be off, on or a JSON object of options; got "${value}".`)
}

function isRuleSet(value: unknown): value is RuleSet {
  return typeof value === 'object' && value !== null && 'rules' in value && 'name' in value && Array.isArray((value as RuleSet).rules)
}

/**
 * Reads `--config FILE`: a JSON file holds options; a JS module's default export is a rule set,
 * an array of rule sets, or an options object (which may hold `ruleSets`).
 */
async function loadConfig(file: string, cwd: string): Promise<Options> {
  const full = path.resolve(cwd, file)
  if (/\.json$/i.test(full)) {
    let raw: string
    try {
      raw = await readFile(full, 'utf8')
    } catch (error) {
      throw new UsageError(`--config ${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`)
    }
    let value: unknown
    try {
      // A byte-order mark is no part of the JSON (editors on Windows write one).
      value = JSON.parse(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw)
    } catch (error) {
      throw new UsageError(`--config ${file}: not valid JSON (${(error as Error).message}).`)
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new UsageError(`--config ${file}: the JSON must be an options object, such as {"preset": "aggressive"}.`)
    }
    return value as Options
  }
  let mod: { default?: unknown }
  try {
    mod = (await import(pathToFileURL(full).href)) as { default?: unknown }
  } catch (error) {
    throw new UsageError(`--config ${file}: cannot load the module (${(error as Error).message}).`)
  }
  const value = mod.default
  if (isRuleSet(value)) return { ruleSets: [value] }
  if (Array.isArray(value) && value.every(isRuleSet)) return { ruleSets: value }
  if (typeof value === 'object' && value !== null) return value as Options
  throw new UsageError(`--config ${file}: the default export must be a rule set, an array of rule sets, or an options object.`)
}

/** Builds library options from the command line; flags win over the config file. */
export async function optionsFromArgs(args: CliArgs, cwd: string): Promise<Options> {
  const base: Options = args.config ? await loadConfig(args.config, cwd) : {}
  const rules: Record<string, RuleSetting> = { ...(base.rules ?? {}) }
  for (const flag of args.rules) {
    const [id, setting] = parseRuleFlag(flag)
    rules[id] = setting
  }
  const categories: Record<string, 'on' | 'off'> = { ...(base.categories ?? {}) }
  for (const flag of args.categories) {
    const [name, value] = flag.split('=')
    if (!name || (value !== 'on' && value !== 'off')) throw new UsageError(`--category expects NAME=off or NAME=on; got "${flag}".`)
    categories[name] = value
  }
  const options: Record<string, unknown> = { ...base }
  if (Object.keys(rules).length) options.rules = rules
  if (Object.keys(categories).length) options.categories = categories
  if (args.preset !== undefined) options.preset = args.preset
  if (args.format !== undefined) options.format = args.format
  if (args.paragraphs !== undefined) options.paragraphs = args.paragraphs
  if (args.language !== undefined) options.language = args.language
  // --timeout is the library's time budget, for each file or record (the workers' watchdog
  // stops a rule that never returns shortly after it: pool.ts).
  if (args.timeoutMs !== undefined) options.limits = { ...(base.limits ?? {}), timeBudgetMs: args.timeoutMs }
  return options as Options
}
