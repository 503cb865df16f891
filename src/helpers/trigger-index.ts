import type { Block } from '../types.js'
import { AhoCorasick } from './aho-corasick.js'

/**
 * One scan per block for every phrase rule at once. Each pattern registers the literal words
 * that any of its matches must contain (see required-literals.ts); before a rule runs its
 * patterns on a block, it asks the index whether the block contains any registered literal at
 * all. Most article paragraphs contain none, and then no rule's pattern runs on them: the cost
 * of the phrase tables stops growing with their size.
 *
 * The scan reads the raw text, case-insensitively, so most blocks never need their normalised
 * copy. Text with invisible characters, look-alike scripts, ligatures or full-width forms is
 * scanned in its normalised form instead, so obfuscated cruft ("Sub\u00ADscribe") is still seen.
 */
/**
 * Raw text can be scanned as is when it holds only characters whose lower case the automaton
 * folds itself (ASCII, Latin-1) or that no literal contains. Anything else (invisible
 * characters, look-alike scripts, ligatures, full-width forms, capitals beyond Latin-1) sends
 * the block through its normalised copy.
 */
const NEEDS_NORMALISING = /[\u00ad\u200b-\u200d\u2060\ufeff\u0100-\u024f\u0370-\u052f\u1e00-\u1eff\ufb00-\ufb4f\uff00-\uffef\ud835]/

/** What a block holds: the ids of the registered literals found in it, in the order first seen. */
export type Probe = readonly number[]
const NONE: Probe = Object.freeze([])

export class TriggerIndex {
  readonly #ids = new Map<string, number>()
  #automaton: AhoCorasick | undefined
  /** Scratch marks for one scan, cleared after it (allocated once). */
  #found: Uint8Array | undefined
  #cache = new WeakMap<Block, Probe>()

  /** Registers literals (lower case) and returns their ids. Cheap to call again with known ones. */
  add(literals: readonly string[]): number[] {
    let added = false
    const ids = literals.map((l) => {
      let id = this.#ids.get(l)
      if (id === undefined) {
        id = this.#ids.size
        this.#ids.set(l, id)
        added = true
      }
      return id
    })
    if (added) {
      this.#automaton = undefined
      this.#found = undefined
      // A block scanned before this literal existed may contain it: forget earlier answers.
      this.#cache = new WeakMap()
    }
    return ids
  }

  get size(): number {
    return this.#ids.size
  }

  /**
   * Ids of the registered literals the block contains (empty for most blocks), from one pass of
   * the automaton over the raw text.
   */
  probe(block: Block): Probe {
    const cached = this.#cache.get(block)
    if (cached !== undefined) return cached
    this.#automaton ??= new AhoCorasick([...this.#ids.keys()])
    this.#found ??= new Uint8Array(this.#ids.size)
    const text = NEEDS_NORMALISING.test(block.text) ? block.norm : block.text
    const ids: number[] = []
    this.#automaton.scan(text, this.#found, ids)
    for (const id of ids) this.#found[id] = 0
    const found = ids.length ? ids : NONE
    this.#cache.set(block, found)
    return found
  }
}

/** The process-wide index that every compiled phrase table registers into. */
export const TRIGGERS = new TriggerIndex()
