import { LazyBlock } from '../segment/block.js'
import type { Block } from '../types.js'
import { needsNormalisingText } from '../text/normalize.js'
import { LiteralAutomaton } from './literal-automaton.js'

/**
 * One scan per document for every phrase rule at once. Each pattern registers the literal words
 * that any of its matches must contain (see required-literals.ts); before a rule runs its
 * patterns on a block, it asks the index which registered literals the block holds. Most
 * article paragraphs hold none of a pattern's literals, and then the pattern does not run: the
 * cost of the phrase tables stops growing with their size.
 *
 * The scan is one pass over the document's UTF-8 bytes with Aho–Corasick automata of every
 * literal, run in WebAssembly (literal-automaton.ts). Literals that every match of their pattern
 * has at a word start (most of them: tables write `\b`) are only found at word starts; the
 * others anywhere. The answer is the literals a block holds, each where its patterns need it
 * (and, through byte-level case folding, now and then one that is not quite there: a gate lets
 * a block through that it could have ruled out, never the other way round).
 *
 * The scan reads the raw text, so most blocks never need their normalised copy. A block with
 * characters that normalising would read differently (NEEDS_NORMALISING: invisible characters,
 * look-alike scripts, compatibility forms, capitals beyond Latin-1) is scanned in its normalised
 * form instead, so obfuscated cruft ("Sub\u00ADscribe", "ⓢⓤⓑⓢⓒⓡⓘⓑⓔ") is still seen.
 */
/**
 * Whether a block's text holds a character that NEEDS_NORMALISING names. Settled once per block,
 * by the document scan for every block: several rules ask it of most short blocks, and the test
 * reads the whole text.
 */
export function needsNormalising(block: Block): boolean {
  if (block instanceof LazyBlock) return (block.needsNormalising ??= needsNormalisingText(block.text))
  return needsNormalisingText(block.text)
}

const NO_WORD_STARTS: ReadonlySet<string> = new Set()

/** Unheld literals kept before a purge, at least (see TriggerIndex.release). */
const PURGE_MIN = 256

/** What a block holds: the ids of the registered literals found in it, in the order first seen. */
export type Probe = readonly number[]
const NONE: Probe = Object.freeze([])

export class TriggerIndex {
  readonly #ids = new Map<string, number>()
  /** id → literal; '' for an id given back and not taken again. */
  readonly #literals: string[] = []
  /** id → how many registrations hold it (one that no owner releases holds it for good). */
  readonly #holders: number[] = []
  /** Ids given back, taken again before new ones are made. */
  readonly #free: number[] = []
  /** Ids that no registration holds any more, still in the scan until the next purge. */
  readonly #unheld = new Set<number>()
  readonly #owners = new FinalizationRegistry<readonly number[]>((ids) => this.release(ids))
  /** Literals searched at every position (the others only where a word starts). */
  readonly #anywhere = new Set<string>()
  #compiled: LiteralAutomaton | undefined
  /** Identifies the current literal set: answers cached under an older epoch are stale. */
  #epoch: object = {}
  #cache = new WeakMap<Block, Probe>()
  /** The document announced by prescan() and not scanned yet: the first probe scans it. */
  #pending: readonly Block[] | undefined

  /**
   * Registers literals (lower case) and returns their ids. Cheap to call again with known ones.
   * `wordStart` names those that every match of the registering pattern has at the start of a
   * word: they are searched at word starts only. A literal one pattern needs anywhere is searched
   * everywhere (and so is one that does not start with an ASCII letter or digit, where no ASCII
   * word boundary can stand: the automaton decides that).
   *
   * `owner` is what uses the ids (a phrase table, a gate): once it is garbage-collected, its
   * literals are given back (release), and literals no owner holds any more leave the scan in the
   * next purge. Without an owner they stay for the life of the process, as the built-in tables'
   * do. A program that defines rules for every document with words of its own (a site's name,
   * say) would otherwise add to the scan for ever: every new literal rebuilds the automaton, and
   * each rebuild would take longer than the one before it.
   */
  add(literals: readonly string[], wordStart: ReadonlySet<string> = NO_WORD_STARTS, owner?: object): number[] {
    let added = false
    const ids = literals.map((l) => {
      let id = this.#ids.get(l)
      const anywhere = !wordStart.has(l)
      if (id === undefined) {
        id = this.#free.pop() ?? this.#literals.length
        this.#ids.set(l, id)
        this.#literals[id] = l
        this.#holders[id] = 0
        added = true
      }
      if (anywhere && !this.#anywhere.has(l)) {
        this.#anywhere.add(l)
        added = true
      }
      this.#holders[id]!++
      this.#unheld.delete(id)
      return id
    })
    if (owner && ids.length) this.#owners.register(owner, ids)
    if (added) {
      this.#compiled = undefined
      // A block scanned before this literal existed may contain it: forget earlier answers.
      this.#epoch = {}
      this.#cache = new WeakMap()
    }
    return ids
  }

  /**
   * Gives back one hold on each id (what an owner's collection does). A literal nobody holds stays
   * in the scan for a while: a program that makes the same rule anew for each document gives its
   * words back and registers them again, and each purge and re-registration would rebuild the
   * automaton. Once the unheld literals outnumber PURGE_MIN and a quarter of the held ones, they
   * all leave at once (one rebuild, on the next scan) and their ids are free for new literals.
   * Answers that still name a freed id are harmless: no live owner looks for it, and an id taken
   * again rebuilds the automaton and changes the epoch.
   */
  release(ids: readonly number[]): void {
    for (const id of ids) {
      if (!(this.#holders[id]! > 0) || --this.#holders[id]! > 0) continue
      this.#unheld.add(id)
    }
    if (this.#unheld.size <= Math.max(PURGE_MIN, (this.#ids.size - this.#unheld.size) / 4)) return
    for (const id of this.#unheld) {
      const literal = this.#literals[id]!
      this.#ids.delete(literal)
      this.#anywhere.delete(literal)
      this.#literals[id] = ''
      this.#free.push(id)
    }
    this.#unheld.clear()
    this.#compiled = undefined
  }

  /** How many literals the scan looks for, unheld ones included. */
  get size(): number {
    return this.#ids.size
  }

  /** How many literals some registration holds. */
  get held(): number {
    return this.#ids.size - this.#unheld.size
  }

  /** Changes whenever literals are added: answers cached before that may be incomplete. */
  get epoch(): object {
    return this.#epoch
  }

  #compile(): LiteralAutomaton {
    if (this.#compiled) return this.#compiled
    const literals = this.#literals
    // A freed id keeps its place with an empty literal, which the automaton skips.
    this.#compiled = new LiteralAutomaton(literals, (id) => this.#anywhere.has(literals[id]!))
    return this.#compiled
  }

  #remember(block: Block, probe: Probe): void {
    if (block instanceof LazyBlock) {
      block.triggers = probe
      block.triggersEpoch = this.#epoch
    } else {
      this.#cache.set(block, probe)
    }
  }

  #recall(block: Block): Probe | undefined {
    if (block instanceof LazyBlock) return block.triggersEpoch === this.#epoch ? block.triggers : undefined
    return this.#cache.get(block)
  }

  /**
   * Announces a document (the engine calls this before the rules run): the first probe() of one
   * of its blocks scans all of them in one pass, so that the per-block overhead of many
   * short scans goes away. When no rule asks (every phrase rule off), nothing is scanned.
   */
  prescan(blocks: readonly Block[]): void {
    this.#pending = blocks.length ? blocks : undefined
  }

  /**
   * Scans the announced document: every block at once, each in its raw text or, where that needs
   * normalising, in its matching copy.
   */
  #scanDocument(blocks: readonly Block[]): void {
    this.#pending = undefined
    if (this.#ids.size === 0) return
    // Each block is tested on its own (no joined copy of the document to make) and its answer
    // kept: rules ask it again.
    const texts = blocks.map((b) => (needsNormalising(b) ? b.norm : b.text))
    const found = this.#compile().scan(texts)
    for (let i = 0; i < blocks.length; i++) this.#remember(blocks[i]!, found[i] ?? NONE)
  }

  /** Ids of the registered literals the block contains (empty for most blocks). */
  probe(block: Block): Probe {
    let cached = this.#recall(block)
    if (cached !== undefined) return cached
    const pending = this.#pending
    if (pending && pending[block.index] === block) {
      this.#scanDocument(pending)
      cached = this.#recall(block)
      if (cached !== undefined) return cached
    }
    const [found] = this.#compile().scan([needsNormalising(block) ? block.norm : block.text])
    const probe = found ?? NONE
    this.#remember(block, probe)
    return probe
  }
}

/** The process-wide index that every compiled phrase table registers into. */
export const TRIGGERS = new TriggerIndex()
