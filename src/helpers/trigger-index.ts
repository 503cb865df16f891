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
/** Marks a block that prescan saw a literal in: probe() goes straight to the automaton. */
const SEEN: Probe = Object.freeze([-1])

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

export class TriggerIndex {
  readonly #ids = new Map<string, number>()
  #automaton: AhoCorasick | undefined
  /** All literals in one case-insensitive alternation (global, for prescan): V8 scans it natively, several times faster than any JS loop. */
  #scanner: RegExp | undefined
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
      this.#scanner = undefined
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
   * Scans all of a document's blocks in one native regex pass (the engine calls this before the
   * rules run): blocks without any literal are answered from then on without being looked at
   * again, and the per-block overhead of many short scans goes away.
   */
  prescan(blocks: readonly Block[]): void {
    if (this.#ids.size === 0 || blocks.length === 0) return
    this.#scanner ??= new RegExp([...this.#ids.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|') || '(?!)', 'gi')
    const texts = blocks.map((b) => b.text)
    const joined = texts.join('\n')
    // Obfuscated text must be read in its normalised form: leave those documents to probe().
    if (NEEDS_NORMALISING.test(joined)) return
    const hit = new Uint8Array(blocks.length)
    const scanner = this.#scanner
    scanner.lastIndex = 0
    let block = 0
    let blockEnd = texts[0]!.length
    for (let m = scanner.exec(joined); m !== null; m = scanner.exec(joined)) {
      while (m.index > blockEnd && block < blocks.length - 1) {
        block++
        blockEnd += 1 + texts[block]!.length
      }
      hit[block] = 1
      // Nothing more to learn in this block: continue from the next one.
      scanner.lastIndex = Math.max(scanner.lastIndex, blockEnd + 1)
    }
    for (let i = 0; i < blocks.length; i++) this.#cache.set(blocks[i]!, hit[i] === 0 ? NONE : SEEN)
  }

  /**
   * Ids of the registered literals the block contains (empty for most blocks). A native regex
   * over the raw text rules out most blocks; the automaton then names the literals in the rest.
   */
  probe(block: Block): Probe {
    const cached = this.#cache.get(block)
    if (cached !== undefined && cached !== SEEN) return cached
    this.#scanner ??= new RegExp([...this.#ids.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|') || '(?!)', 'gi')
    const text = NEEDS_NORMALISING.test(block.text) ? block.norm : block.text
    let found: Probe = NONE
    this.#scanner.lastIndex = 0
    if (cached === SEEN || this.#scanner.test(text)) {
      // The regex says "at least one"; the automaton says which, overlapping ones included.
      this.#automaton ??= new AhoCorasick([...this.#ids.keys()])
      this.#found ??= new Uint8Array(this.#ids.size)
      const ids: number[] = []
      this.#automaton.scan(text, this.#found, ids)
      for (const id of ids) this.#found[id] = 0
      if (ids.length) found = ids
    }
    this.#cache.set(block, found)
    return found
  }
}

/** The process-wide index that every compiled phrase table registers into. */
export const TRIGGERS = new TriggerIndex()
