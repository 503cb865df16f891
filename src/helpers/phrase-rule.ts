import { CERTAIN, LIKELY, STRONG } from '../core/confidence.js'
import type { Block, Confidence, Rule, RuleContext, RuleMeta } from '../types.js'
import { defineRule } from './define.js'
import { matcherCache, type PhraseHit, type PhraseTable } from './phrases.js'

export interface PhraseRuleOptions {
  /** Blocks longer than this many words are never matched by patterns or prefixes (labels are exact anyway). */
  maxWords: number
}

export interface PhraseRuleSpec<Options extends PhraseRuleOptions> {
  meta: RuleMeta<Options> & { defaultOptions: Options }
  /** What a match means, for the removal's reason: "a donation appeal". */
  what: string
  phrases: readonly PhraseTable[]
  /** Confidence per kind of match. Defaults: label CERTAIN, prefix STRONG, pattern LIKELY. */
  confidence?: Partial<Record<PhraseHit['kind'], Confidence>>
  /**
   * A last look at a hit: return a confidence to report, or `false` to let the block go. Use it
   * for guards a table cannot express ("the appeal must address the reader").
   */
  accept?(block: Block, hit: PhraseHit, context: RuleContext<Options>): Confidence | false
}

/**
 * A rule made of phrase tables, read by the shared matcher. Most built-in rules are one of these:
 * the rule file holds the meaning (meta, guards), the `phrases.<lang>.ts` files hold the data.
 */
export function definePhraseRule<Options extends PhraseRuleOptions>(spec: PhraseRuleSpec<Options>): Rule<Options> {
  const languages = [...new Set(spec.phrases.map((t) => t.language).filter((l) => l !== 'any'))].sort()
  const matcherFor = matcherCache(spec.phrases, spec.meta.id)
  // Tables from users compile now, so a pattern the linear-time engine refuses fails when the
  // rule is defined (naming the rule), not on the first document.
  if (spec.phrases.some((t) => t.engine !== 'native')) matcherFor(undefined)
  const levels = { label: CERTAIN, prefix: STRONG, pattern: LIKELY, ...spec.confidence }
  const patterns = spec.phrases.flatMap((t) => (t.patterns ?? []).filter((p): p is RegExp => p instanceof RegExp))
  return defineRule<Options>({
    meta: { ...spec.meta, languages: spec.meta.languages ?? languages },
    patterns,
    create(context) {
      const matcher = matcherFor(context.languageHint)
      const { maxWords } = context.options
      return {
        block(block) {
          const words = block.words
          const mayBeLabel = words <= matcher.maxLabelWords + 2
          const mayHoldPhrase = words <= maxWords
          if (words === 0 || (!mayBeLabel && !mayHoldPhrase) || !matcher.mayMatch(block)) return
          const hit = mayBeLabel ? matcher.label(block) : undefined
          const found = hit ?? (mayHoldPhrase ? (matcher.prefix(block) ?? matcher.pattern(block)) : undefined)
          if (!found) return
          const base = levels[found.kind]
          const confidence = spec.accept ? spec.accept(block, found, context) : base
          if (confidence === false) return
          context.report({ block, confidence, reason: describeHit(spec.what, found) })
        },
      }
    },
  })
}

export function describeHit(what: string, hit: PhraseHit): string {
  const lang = hit.language === 'any' ? '' : ` (${hit.language})`
  switch (hit.kind) {
    case 'label':
      return `The block is only the label "${hit.phrase}"${lang}: ${what}.`
    case 'prefix':
      return `The block starts with "${hit.phrase}"${lang}: ${what}.`
    case 'pattern':
      return `The block contains "${hit.phrase}"${lang}: ${what}.`
  }
}
