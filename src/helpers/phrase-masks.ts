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
 * own, so a process can hold a few dozen). A table that is garbage-collected gives its bit back
 * for the next table to take: a program that defines a rule for every document (rules built from
 * a site's settings, say) would otherwise widen every block's mask by a bit a definition, and
 * after 50,000 definitions cleaning took 2.5 times as long (1.2 times with bits given back).
 */
export interface MaskBit {
  /** Which 32-bit word of the mask. */
  readonly word: number
  /** The table's bit within it. */
  readonly bit: number
  /** word × 32 + the bit's position. */
  readonly slot: number
}

/** A mask: one 32-bit word per 32 tables (a plain array: it is made for every block, and a typed one costs more to make). */
export type Mask = readonly number[]

function orInto(mask: number[], from: readonly number[] | undefined): void {
  if (from) for (let i = 0; i < from.length; i++) mask[i]! |= from[i]!
}

export class PhraseMasks {
  /** Bits handed out so far, given back ones included: the width of every mask. */
  #tables = 0
  /** Slots given back by tables that were collected, taken again before the masks widen. */
  readonly #free: number[] = []
  readonly #owners = new FinalizationRegistry<MaskBit>((bit) => this.release(bit))
  /** First word of a label or prefix → the mask of the tables that have it. */
  readonly #byFirstWord = new Map<string, number[]>()
  /** Trigger-literal id → the mask of the tables whose patterns need it. */
  readonly #byLiteral: number[][] = []
  /** The mask of the tables with a pattern that no literal gates. */
  readonly #always: number[] = []
  /** Replaced on every change, so that masks cached on blocks before it are recomputed. */
  #version: object = {}
  readonly #cache = new WeakMap<Block, { mask: Mask; version: object; triggers: object }>()

  /** How many tables hold a bit now. */
  get claimed(): number {
    return this.#tables - this.#free.length
  }

  /** How many bits a mask has room for (the most tables ever held at once). */
  get width(): number {
    return this.#tables
  }

  /** A bit for a table; when `owner` is garbage-collected, the bit is released. */
  claim(owner?: object): MaskBit {
    const slot = this.#free.pop() ?? this.#tables++
    const bit: MaskBit = { word: slot >> 5, bit: 1 << (slot & 31), slot }
    if (owner) this.#owners.register(owner, bit)
    return bit
  }

  /** Takes the bit out of every registration and frees it for another table. */
  release({ word, bit, slot }: MaskBit): void {
    const clear = (mask: number[] | undefined) => {
      if (mask && word < mask.length) mask[word]! &= ~bit
    }
    for (const [first, mask] of this.#byFirstWord) {
      clear(mask)
      if (mask.every((w) => w === 0)) this.#byFirstWord.delete(first)
    }
    for (const mask of this.#byLiteral) clear(mask)
    clear(this.#always)
    this.#free.push(slot)
    this.#version = {}
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
