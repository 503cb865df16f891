import { createRequire } from 'node:module'
import type { Diagnostics, Parameters } from 'recheck'

/**
 * The ReDoS checker, run in-process on its pure-JS backend: no native binary, no JVM, the same
 * result on every machine. `recheck` reads the backend from the environment at call time.
 */
process.env.RECHECK_SYNC_BACKEND ??= 'pure'
const { checkSync } = createRequire(import.meta.url)('recheck') as typeof import('recheck')

/**
 * What runs first on a block is the pattern without its word boundaries (phrases.ts prefilters
 * with it), and the exact pattern only differs by zero-width assertions. An assertion can only
 * prune a backtracking search, never add paths to it, so when the boundary-free form is safe
 * the exact form is too. Checking the boundary-free form also keeps recheck's automaton checker
 * in its fast lane (`\b` and lookbehinds blow up its product construction).
 */
export function withoutBoundaries(source: string): string {
  return source.replace(/(\\*)\\b/g, (all, slashes: string) => (slashes.length % 2 === 0 ? slashes : all))
}

export interface Verdict {
  readonly status: Diagnostics['status']
  /** Which checker gave the verdict. */
  readonly via: string
  /** Why it is not safe: complexity and attack string, or the checker's error. */
  readonly detail: string
}

/**
 * Automaton first (exact and fast for most patterns); when it gives up (timeout, unsupported
 * lookahead), the fuzzer gets a bounded second try. The caller decides what `unknown` means.
 */
export function audit(source: string, flags: string, budgetMs = 2000): Verdict {
  const clean = flags.replace(/[gy]/g, '')
  const tries: Parameters[] = [
    { checker: 'automaton', timeout: Math.round(budgetMs / 3) },
    { checker: 'fuzz', timeout: Math.round((budgetMs * 2) / 3), randomSeed: 1 },
  ]
  let last: Diagnostics | undefined
  for (const params of tries) {
    last = checkSync(source, clean, params)
    if (last.status !== 'unknown') break
  }
  const d = last!
  if (d.status === 'safe') return { status: 'safe', via: d.checker, detail: d.complexity.summary }
  if (d.status === 'vulnerable') {
    return { status: 'vulnerable', via: d.checker, detail: `${d.complexity.summary}; attack: ${d.attack.pattern}` }
  }
  return { status: 'unknown', via: d.checker ?? 'none', detail: `${d.error.kind}${'message' in d.error ? `: ${d.error.message}` : ''}` }
}
