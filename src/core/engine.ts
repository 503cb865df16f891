import { ParseLatin } from 'parse-latin'
import { toString as nlcstToString } from 'nlcst-to-string'
import type { Block, DocumentStats, Finding, Removal, Report, RuleContext, RuleVisitor, Warning } from '../types.js'
import { DecruftError } from '../errors.js'
import { TRIGGERS } from '../helpers/trigger-index.js'
import { NO_DEADLINE, type Deadline } from '../limits/deadline.js'
import { LIKELY } from './confidence.js'
import type { ActiveRule, Config } from './config.js'

/**
 * Runs the active rules over a document's blocks and decides each block's fate.
 *
 * 1. Block rules report remove/keep findings.
 * 2. Resolve: a block goes when its strongest removal reaches the threshold and no keep finding
 *    is at least as strong.
 * 3. Structure rules see those verdicts (neighbour smoothing, trailing sections) and report more.
 * 4. Resolve again, then the safety valves: never empty a document that had prose, and warn when
 *    more than `maxRemovedShare` of the text goes.
 */
export interface EngineOutput {
  readonly kept: readonly Block[]
  readonly removed: readonly Removal[]
  readonly warnings: readonly Warning[]
  readonly removedChars: number
  readonly totalChars: number
}

/** Prose: what article paragraphs look like. Used by guards ("enough article before") and stats. */
const PROSE_MIN_WORDS = 12
const PROSE_MAX_LINK_SHARE = 0.3

export function isProse(block: Block): boolean {
  return block.words >= PROSE_MIN_WORDS && block.endsLikeSentence && block.linkShare < PROSE_MAX_LINK_SHARE
}

function documentStats(blocks: readonly Block[]): DocumentStats {
  let words = 0
  let chars = 0
  let proseWords = 0
  let firstProse = -1
  let lastProse = -1
  for (const b of blocks) {
    words += b.words
    chars += b.chars
    if (isProse(b)) {
      proseWords += b.words
      if (firstProse < 0) firstProse = b.index
      lastProse = b.index
    }
  }
  return { blocks: blocks.length, words, chars, proseWords, firstProse, lastProse }
}

const sentenceCache = new WeakMap<Block, readonly string[]>()
let parser: ParseLatin | undefined

/** Sentences of a block from parse-latin's NLCST, built only when a rule asks for them. */
function sentencesOf(block: Block): readonly string[] {
  let cached = sentenceCache.get(block)
  if (!cached) {
    parser ??= new ParseLatin()
    const tree = parser.parse(block.text)
    const out: string[] = []
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue
      for (const child of paragraph.children) if (child.type === 'SentenceNode') out.push(nlcstToString(child))
    }
    cached = Object.freeze(out)
    sentenceCache.set(block, cached)
  }
  return cached
}

/**
 * A report from a rule, checked before it counts: every removal must say which block, why, how
 * sure, and under which category, or the result could not explain it. (Rules are code the user
 * trusts, but a slip there, `report({ block })` without a reason, would otherwise surface as a
 * removal nobody can account for.)
 */
function checkReport(ruleId: string, report: Report, blocks: readonly Block[]): void {
  const bad = (what: string) => {
    throw new DecruftError('invalid_rule', `Rule ${ruleId} reported ${what}.`, { ruleId })
  }
  if (typeof report !== 'object' || report === null) bad('something that is not a report object')
  if (!report.block || blocks[report.block.index] !== report.block) bad('a block that is not one of the document\'s blocks')
  if (typeof report.reason !== 'string' || report.reason.trim() === '') bad('a finding without a reason (a sentence saying why)')
  if (report.action !== undefined && report.action !== 'remove' && report.action !== 'keep') bad(`the action ${JSON.stringify(String(report.action))} (remove or keep)`)
  if (report.confidence !== undefined && !(typeof report.confidence === 'number' && report.confidence > 0 && report.confidence <= 1)) bad('a confidence outside (0, 1]')
  if (report.category !== undefined && typeof report.category !== 'string') bad('a category that is not a string')
  if (report.through !== undefined && !Number.isInteger(report.through)) bad('a "through" index that is not a whole number')
}

/**
 * What a rule threw, as the caller gets it: decruft's own errors (a report that is not one, the
 * time budget) as they are, anything else as `rule_failed` naming the rule, so that a scraper
 * running rule sets from several places can tell which one failed.
 */
export function ruleFailure(ruleId: string, error: unknown): DecruftError {
  if (error instanceof DecruftError) return error
  const what = error instanceof Error ? error.message : String(error)
  return new DecruftError('rule_failed', `Rule ${ruleId} threw: ${what}`, { ruleId }, { cause: error })
}

/** A visitor as create() must return it: an object whose block and document, when there, are functions. */
function checkVisitor(ruleId: string, visitor: unknown): RuleVisitor {
  const v = visitor as Record<string, unknown> | null
  if (typeof v !== 'object' || v === null) {
    throw new DecruftError('invalid_rule', `Rule ${ruleId}: create() returned ${v === null ? 'null' : typeof v}, not a visitor object ({ block?, document? }); a forgotten return?`, { ruleId })
  }
  for (const key of ['block', 'document'] as const) {
    if (v[key] !== undefined && typeof v[key] !== 'function') throw new DecruftError('invalid_rule', `Rule ${ruleId}: its visitor's ${key} is not a function.`, { ruleId })
  }
  return v as RuleVisitor
}

/** Findings per block index; a block nothing reported on has none (most blocks: no list is allocated). */
type FindingsByBlock = (Finding[] | undefined)[]

function runPhase(
  rules: readonly ActiveRule[],
  blocks: readonly Block[],
  stats: DocumentStats,
  config: Config,
  findings: FindingsByBlock,
  verdicts: readonly (Finding | undefined)[],
  run: EngineRunOptions,
): void {
  const visitors = rules.map(({ rule, options }) => {
    const { id, category } = rule.meta
    const context: RuleContext = {
      options,
      blocks,
      stats,
      language: run.language ?? config.language,
      languageHint: config.language,
      preset: config.preset,
      report(report: Report) {
        checkReport(id, report, blocks)
        const action = report.action ?? 'remove'
        const confidence = report.confidence ?? LIKELY
        const from = report.block.index
        const to = Math.min(report.through ?? from, blocks.length - 1)
        for (let i = from; i <= to; i++) {
          (findings[i] ??= []).push({ index: i, action, ruleId: id, category: report.category ?? String(category), reason: report.reason, confidence })
        }
      },
      verdict: (index) => verdicts[index],
      isProse,
      sentences: sentencesOf,
    }
    try {
      return checkVisitor(id, rule.create(context))
    } catch (error) {
      throw ruleFailure(id, error)
    }
  })
  const deadline = run.deadline ?? NO_DEADLINE
  // One try around the loop, not one per call: the index says which rule threw.
  let current = 0
  try {
    for (const block of blocks) {
      deadline.check('rules')
      for (current = 0; current < visitors.length; current++) visitors[current]!.block?.(block)
    }
  } catch (error) {
    throw ruleFailure(rules[current]?.rule.meta.id ?? '(unknown)', error)
  }
  deadline.assert('rules, block loop')
  // A document pass cannot be interrupted, so the budget is read after each one: an overrun costs
  // at most one rule's pass, and the error names that rule.
  visitors.forEach((v, i) => {
    if (!v.document) return
    const id = rules[i]!.rule.meta.id
    try {
      v.document()
    } catch (error) {
      throw ruleFailure(id, error)
    }
    deadline.assert(`rules, document pass of ${id}`)
  })
}

/** The removal finding that decides a block, or undefined when the block stays. */
function resolveBlock(list: readonly Finding[] | undefined, threshold: number): Finding | undefined {
  if (!list) return undefined
  let remove: Finding | undefined
  let keep = 0
  for (const f of list) {
    if (f.action === 'keep') keep = Math.max(keep, f.confidence)
    else if (!remove || f.confidence > remove.confidence) remove = f
  }
  return remove && remove.confidence >= threshold && remove.confidence > keep ? remove : undefined
}

function resolveAll(findings: FindingsByBlock, threshold: number): (Finding | undefined)[] {
  return findings.map((list) => resolveBlock(list, threshold))
}

export interface EngineRunOptions {
  /** Off only in the RuleTester, which must see what a rule decided. */
  readonly safetyValves?: boolean
  /** The document's detected language, for rules that weigh stop words (the hint wins when given). */
  readonly language?: string
  /** The document's time budget: checked between blocks and after each phase. */
  readonly deadline?: Pick<Deadline, 'check' | 'assert'>
}

export function runEngine(blocks: readonly Block[], config: Config, run: EngineRunOptions = {}): EngineOutput {
  // Rules read the document's block list; none may change it (a rule that emptied it made the
  // text vanish with nothing in `removed`).
  Object.freeze(blocks)
  const stats = documentStats(blocks)
  TRIGGERS.prescan(blocks)
  const findings: FindingsByBlock = new Array(blocks.length).fill(undefined)
  runPhase(config.blockRules, blocks, stats, config, findings, [], run)
  let verdicts = resolveAll(findings, config.threshold)
  if (config.structureRules.length) {
    runPhase(config.structureRules, blocks, stats, config, findings, verdicts, run)
    verdicts = resolveAll(findings, config.threshold)
  }

  const warnings: Warning[] = []
  const totalChars = stats.chars
  // Safety valve: a document that had article prose never comes back empty. Its prose blocks are
  // restored (they are what an article is made of) and the caller is told.
  if (run.safetyValves !== false && blocks.length > 0 && !verdicts.includes(undefined)) {
    const restorable = blocks.filter((b) => isProse(b))
    if (restorable.length) {
      for (const b of restorable) verdicts[b.index] = undefined
      warnings.push({
        code: 'restored-to-avoid-empty',
        message: `Every block was judged cruft; ${restorable.length} prose block(s) were kept so that the result is not empty.`,
      })
    }
  }

  const kept: Block[] = []
  const removed: Removal[] = []
  let removedChars = 0
  for (const block of blocks) {
    const v = verdicts[block.index]
    if (!v) {
      kept.push(block)
      continue
    }
    removedChars += block.chars
    removed.push({
      text: block.text,
      ruleId: v.ruleId,
      category: v.category,
      reason: v.reason,
      confidence: v.confidence,
      index: block.index,
      start: block.start,
      end: block.end,
    })
  }
  const share = totalChars ? removedChars / totalChars : 0
  if (share > config.maxRemovedShare) {
    warnings.push({
      code: 'removed-share-exceeded',
      message: `${(share * 100).toFixed(1)}% of the text was removed, more than maxRemovedShare (${(config.maxRemovedShare * 100).toFixed(0)}%). Check the removals before trusting this result.`,
    })
  }
  return { kept, removed, warnings, removedChars, totalChars }
}
