import type { Block, BlockElementInfo, BlockSource } from '../types.js'
import { labelKey, normalizeForMatch } from '../text/normalize.js'
import { countLines, countWords, endsLikeSentence, isTitleLike, linkShare } from './features.js'

/**
 * A block with lazily computed, cached measures. Most rules look at `words` first and stop, so
 * the costly ones (`norm`, `linkShare`) are only computed for the few blocks that get that far.
 */
export class LazyBlock implements Block {
  readonly index: number
  readonly text: string
  readonly start: number
  readonly end: number
  readonly source: BlockSource
  readonly element?: BlockElementInfo
  #norm?: string
  #key?: string
  #words?: number
  #lines?: number
  #ends?: boolean
  #linkShare?: number
  #titleLike?: boolean
  /**
   * Caches of the shared gating helpers (trigger-index.ts, first-word.ts). Plain fields rather
   * than WeakMaps: they are read for every block by every phrase rule, and a field read is
   * several times cheaper than a WeakMap lookup. Not part of the Block interface.
   */
  triggers: readonly number[] | undefined = undefined
  /** Which state of the trigger index `triggers` belongs to (literals added later invalidate it). */
  triggersEpoch: object | undefined = undefined
  firstWord: string | undefined = undefined
  /** Whether the text holds characters that must be normalised before a literal scan (trigger-index.ts). */
  needsNormalising: boolean | undefined = undefined
  /** The phrase tables that could match this block (phrase-masks.ts), and what that answer was computed under. */
  phraseMask: readonly number[] | undefined = undefined
  phraseMaskVersion: object | undefined = undefined
  phraseMaskTriggers: object | undefined = undefined

  constructor(index: number, text: string, start: number, end: number, source: BlockSource = 'text', element?: BlockElementInfo) {
    this.index = index
    this.text = text
    this.start = start
    this.end = end
    this.source = source
    if (element) this.element = element
  }

  get norm(): string {
    return (this.#norm ??= normalizeForMatch(this.text))
  }
  get key(): string {
    return (this.#key ??= labelKey(this.norm))
  }
  get words(): number {
    return (this.#words ??= countWords(this.text))
  }
  get chars(): number {
    return this.text.length
  }
  get lines(): number {
    return (this.#lines ??= countLines(this.text))
  }
  get endsLikeSentence(): boolean {
    return (this.#ends ??= endsLikeSentence(this.text))
  }
  get linkShare(): number {
    return (this.#linkShare ??= linkShare(this.text))
  }
  get titleLike(): boolean {
    return (this.#titleLike ??= isTitleLike(this.text, this.words, this.lines))
  }
}
