import { LazyBlock } from '../segment/block.js'
import type { Block } from '../types.js'
import { firstWord } from './first-word.js'
import { TRIGGERS } from './trigger-index.js'

/**
 * Which phrase tables could match a block at all, worked out once per block for all of them.
 *
 * A table can only match a block whose first word starts one of its labels or prefixes, or that
 * holds a required word of one of its patterns (or when it has a pattern without such a word).
 * Each table asked that of every block on its own: a set lookup, another for the prefixes, and a
 * walk over the block's trigger words, about a tenth of a microsecond a table, for the ten phrase
 * rules on every block. Here each table gets one bit; the bits of the tables a first word or a
 * trigger word could concern are ORed together once per block, and a table whose bit is clear
 * skips the block. The answer is the same as the tables' own checks, only cheaper: a set bit
 * sends the block on to those checks, a clear one means none of them could pass.
 *
 * Bits come in 32-bit words, as many as there are tables (each language hint gets tables of its
 * own, so a process can hold a few dozen).
 */
export interface MaskBit {
  /** Which 32-bit word of the mask. */
  readonly word: number
  /** The table's bit within it. */
  readonly bit: number
}

/** A mask: one 32-bit word per 32 tables (a plain array: it is made for every block, and a typed one costs more to make). */
export type Mask = readonly number[]

function orInto(mask: number[], from: readonly number[] | undefined): void {
  if (from) for (let i = 0; i < from.length; i++) mask[i]! |= from[i]!
}

export class PhraseMasks {
  #tables = 0
  /** First word of a label or prefix → the mask of the tables that have it. */
  readonly #byFirstWord = new Map<string, number[]>()
  /** Trigger-literal id → the mask of the tables whose patterns need it. */
  readonly #byLiteral: number[][] = []
  /** The mask of the tables with a pattern that no literal gates. */
  readonly #always: number[] = []
  /** Replaced on every change, so that masks cached on blocks before it are recomputed. */
  #version: object = {}
  readonly #cache = new WeakMap<Block, { mask: Mask; version: object; triggers: object }>()

  /** How many tables have a bit. */
  get claimed(): number {
    return this.#tables
  }

  claim(): MaskBit {
    const slot = this.#tables++
    return { word: slot >> 5, bit: 1 << (slot & 31) }
  }

  register({ word, bit }: MaskBit, firstWords: Iterable<string>, literalIds: Iterable<number>, ungated: boolean): void {
    const set = (mask: number[]) => {
      while (mask.length <= word) mask.push(0)
      mask[word]! |= bit
    }
    for (const w of firstWords) {
      let mask = this.#byFirstWord.get(w)
      if (!mask) this.#byFirstWord.set(w, (mask = []))
      set(mask)
    }
    for (const id of literalIds) set((this.#byLiteral[id] ??= []))
    if (ungated) set(this.#always)
    this.#version = {}
  }

  /** The mask of the tables that could match the block. */
  of(block: Block): Mask {
    const triggers = TRIGGERS.epoch
    if (block instanceof LazyBlock) {
      if (block.phraseMask && block.phraseMaskVersion === this.#version && block.phraseMaskTriggers === triggers) return block.phraseMask
    } else {
      const cached = this.#cache.get(block)
      if (cached && cached.version === this.#version && cached.triggers === triggers) return cached.mask
    }
    const mask: number[] = []
    for (let i = (this.#tables + 31) >> 5; i > 0; i--) mask.push(0)
    orInto(mask, this.#always)
    orInto(mask, this.#byFirstWord.get(firstWord(block)))
    const found = TRIGGERS.probe(block)
    for (let k = 0; k < found.length; k++) orInto(mask, this.#byLiteral[found[k]!])
    if (block instanceof LazyBlock) {
      block.phraseMask = mask
      block.phraseMaskVersion = this.#version
      block.phraseMaskTriggers = triggers
    } else {
      this.#cache.set(block, { mask, version: this.#version, triggers })
    }
    return mask
  }

  /** Whether the table with this bit could match the block. */
  mayMatch(block: Block, { word, bit }: MaskBit): boolean {
    return (this.of(block)[word]! & bit) !== 0
  }
}

/** The process-wide registry every PhraseMatcher takes its bit from. */
export const PHRASE_MASKS = new PhraseMasks()
