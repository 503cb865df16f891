import { RE2JS } from 're2js'
import { DecruftError } from '../errors.js'

/**
 * Compiles a pattern that came from a user: a rule set, a config file, a CLI flag. By default it
 * runs on RE2JS, a linear-time engine, so no pattern can hang the process (`^(\w+\s?)*$` takes
 * 114 s on a 61-character line with native RegExp; RE2JS answers in microseconds). Features
 * RE2 lacks (backreferences, lookaround) are refused here, at load, with the rule id and the
 * engine's reason, never at match time. Trusted code may ask for `engine: 'native'` explicitly.
 */
export type PatternEngine = 'linear' | 'native'

export interface UserPatternOptions {
  /** The rule the pattern belongs to, for the error message. */
  readonly ruleId: string
  /** `'linear'` (default, RE2JS) or `'native'` (JavaScript RegExp: only for trusted patterns). */
  readonly engine?: PatternEngine
  /** Case-insensitive (default true: phrase tables match on lower-cased text anyway). */
  readonly ignoreCase?: boolean
}

export interface CompiledPattern {
  readonly source: string
  readonly engine: PatternEngine
  /** The first match in `text`, or undefined. */
  exec(text: string): string | undefined
  test(text: string): boolean
}

function refuse(ruleId: string, source: string, reason: string): never {
  throw new DecruftError('invalid_pattern', `Rule ${ruleId}: pattern ${JSON.stringify(source)} cannot run on the linear-time engine: ${reason}. Rewrite it without backreferences or lookaround, or load it from trusted code with engine: 'native'.`, {
    ruleId,
    pattern: source,
    reason,
  })
}

/** RE2JS flags from a RegExp's flags. `g`, `y`, `u`, `d` change nothing for a first-match search (RE2 is always Unicode-aware). */
function re2Flags(flags: string, ignoreCase: boolean): number {
  let out = 0
  if (ignoreCase || flags.includes('i')) out |= RE2JS.CASE_INSENSITIVE
  if (flags.includes('m')) out |= RE2JS.MULTILINE
  if (flags.includes('s')) out |= RE2JS.DOTALL
  return out
}

export function compileUserPattern(pattern: string | RegExp, options: UserPatternOptions): CompiledPattern {
  const { ruleId } = options
  const engine = options.engine ?? 'linear'
  const ignoreCase = options.ignoreCase ?? true
  if (typeof pattern !== 'string' && !(pattern instanceof RegExp)) {
    throw new DecruftError('invalid_rule', `Rule ${ruleId}: a pattern must be a string or a RegExp.`, { ruleId })
  }
  const source = typeof pattern === 'string' ? pattern : pattern.source
  const flags = typeof pattern === 'string' ? '' : pattern.flags

  if (engine === 'native') {
    let re: RegExp
    try {
      re = new RegExp(source, [...new Set((flags.replace(/[gy]/g, '') + (ignoreCase ? 'i' : '') + 'u').split(''))].join(''))
    } catch (error) {
      throw new DecruftError('invalid_pattern', `Rule ${ruleId}: pattern ${JSON.stringify(source)} is not a valid regular expression: ${(error as Error).message}`, { ruleId, pattern: source })
    }
    return { source, engine, exec: (text) => re.exec(text)?.[0], test: (text) => re.test(text) }
  }
  if (engine !== 'linear') throw new DecruftError('invalid_option', `Pattern engine must be "linear" or "native"; got ${JSON.stringify(engine)}.`, { ruleId })

  let re: RE2JS
  try {
    re = RE2JS.compile(source, re2Flags(flags, ignoreCase))
  } catch (error) {
    refuse(ruleId, source, (error as Error).message)
  }
  return {
    source,
    engine,
    exec(text) {
      const m = re.matcher(text)
      return m.find() ? (m.group(0) ?? '') : undefined
    },
    test: (text) => re.matcher(text).find(),
  }
}
