import { resolveConfig, type Config } from './core/config.js'
import { runEngine, type EngineRunOptions } from './core/engine.js'
import { checkSize } from './html/limits.js'
import { Deadline, NO_DEADLINE } from './limits/deadline.js'
import { cleanHtml, isDocumentLike } from './html/clean.js'
import { decodeInput, looksLikeHtml } from './input.js'
import { DETECT_CHARS, detectLanguage } from './lang/detect.js'
import { segmentText } from './segment/text.js'
import type { Block, DomDocument, Options, Result } from './types.js'

/** Blocks of the result's text are separated by one blank line. */
export const BLOCK_SEPARATOR = '\n\n'

/** A cleaner with its options resolved and validated once: use it to clean many documents. */
export interface Cleaner {
  /** Cleans one document: text, HTML, or an already-parsed DOM Document (read as HTML). */
  clean(input: string | Uint8Array | DomDocument): Result
  /** The preset the cleaner runs. */
  readonly preset: string
  /** Ids of the rules that are on (text, structure and DOM rules). */
  readonly ruleIds: readonly string[]
}


function cleanText(text: string, config: Config, run: EngineRunOptions): Result {
  const { blocks, mode } = segmentText(text, config.paragraphs, config.limits.maxBlocks)
  const language = config.language ?? detectLanguage(blocks, { maxChars: DETECT_CHARS })
  const out = runEngine(blocks, config, language ? { ...run, language } : run)
  return {
    text: out.kept.map((b: Block) => b.text).join(BLOCK_SEPARATOR),
    removed: out.removed,
    warnings: out.warnings,
    stats: {
      blocks: blocks.length,
      keptBlocks: out.kept.length,
      removedBlocks: out.removed.length,
      inputChars: text.length,
      removedChars: out.removedChars,
      removedShare: out.totalChars ? out.removedChars / out.totalChars : 0,
    },
    language,
    format: 'text',
    paragraphs: mode,
  }
}

export function createCleaner(options: Options = {}): Cleaner {
  const config = resolveConfig(options)
  return {
    preset: config.preset,
    ruleIds: [...config.blockRules, ...config.structureRules, ...config.domRules].map((r) => r.rule.meta.id),
    clean(input) {
      const { maxInputBytes, timeBudgetMs } = config.limits
      // One budget per document, started before any work on it.
      const run: EngineRunOptions = { deadline: Number.isFinite(timeBudgetMs) ? new Deadline(timeBudgetMs) : NO_DEADLINE }
      // A DOM Document is HTML whatever the format option says: it has no text form to fall back on.
      if (isDocumentLike(input)) return cleanHtml(input, config, run)
      // Size first: nothing about a document over the limit is read, not even its encoding.
      checkSize(input instanceof Uint8Array ? input.length : typeof input === 'string' ? input : 0, maxInputBytes)
      const text = decodeInput(input, { encoding: config.encoding, sniffMeta: config.format !== 'text' })
      const html = config.format === 'html' || (config.format === 'auto' && looksLikeHtml(text))
      return html ? cleanHtml(text, config, run) : cleanText(text, config, run)
    },
  }
}

/**
 * Removes cruft from one document.
 *
 * @example
 * const { text, removed } = decruft(articleText)
 */
export function decruft(input: string | Uint8Array | DomDocument, options: Options = {}): Result {
  return createCleaner(options).clean(input)
}
