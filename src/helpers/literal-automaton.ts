import { createMemory, instantiateScan, type ScanFunction, type WasmMemory } from './dfa-wasm.js'

/**
 * Finds the registered literals in texts: the literal scan of the trigger index
 * (trigger-index.ts), as two Aho–Corasick automata over UTF-8 bytes, run side by side in
 * WebAssembly (dfa-wasm.ts).
 *
 * A literal matches case-insensitively. Most are sought only where a word starts (after a
 * character that is not an ASCII letter, digit or "_", as JavaScript's `\b` has it); the others
 * everywhere, by an automaton of their own. In the word-start automaton a match may only begin
 * after a byte that is not a word byte: its failure links are those of Aho–Corasick, except that
 * falling back to the root remembers whether the last byte was a word byte, and only the root
 * that follows a non-word byte (or the start of a block) begins matches. Both automata report
 * every occurrence, so a block's answer is the literals it holds, where they must be held.
 *
 * Case folding works on bytes: ASCII capitals fold onto small letters, and so do the second
 * bytes of Latin-1 capitals (UTF-8 C3 80–9E onto C3 A0–BE). That second rule also folds the second
 * byte of other characters, so a literal may be found where it is not (a gate then lets a block
 * through to the patterns, which decide); it is never missed where the text holds it as the
 * case-insensitive patterns would see it. Characters whose case partner lies beyond Latin-1 (ÿ
 * and Ÿ, Polish letters) are not folded: text holding those is scanned in its normalised,
 * lower-cased form (see NEEDS_NORMALISING).
 */

const encoder = new TextEncoder()

const isAsciiAlnum = (b: number) => (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a)
const UNDERSCORE = 0x5f
const isWordByte = (b: number) => isAsciiAlnum(b) || b === UNDERSCORE

function foldByte(b: number): number {
  if (b >= 0x41 && b <= 0x5a) return b + 0x20
  if (b >= 0x80 && b <= 0x9f) return b + 0x20
  return b
}

/** Classes of bytes that are in no literal: a word byte that may start a word, "_", anything else. */
const OTHER = 0
const OTHER_ALNUM = 1
const OTHER_UNDERSCORE = 2
const FIRST_LITERAL_CLASS = 3

/** Input bytes per call of the WebAssembly scan; the report area holds two reports a byte. */
const CHUNK = 1 << 16
/** Between blocks: a byte UTF-8 never uses, so no literal holds it and it returns both automata to their start. */
const SEPARATOR = 0xff

/** A DFA over byte classes, accepting states last. */
interface Dfa {
  /** state × width + class → state. */
  readonly next: Int32Array
  readonly states: number
  readonly acceptFrom: number
  /** Literal ids reported by each accepting state, by state − acceptFrom. */
  readonly outputs: readonly (readonly number[])[]
}

/**
 * Aho–Corasick over byte classes. With `wordStart`, matches begin only after a non-word byte:
 * there are two roots, 0 (after a non-word byte, or at the start) and one after a word byte, and
 * the failure link of a node whose fallback is the root goes to the root its last byte calls for.
 */
function buildDfa(entries: readonly { bytes: Uint8Array; id: number }[], classes: Uint16Array, width: number, wordClass: Uint8Array, wordStart: boolean): Dfa {
  const children: Map<number, number>[] = [new Map()]
  const ends: number[][] = [[]]
  const lastClass: number[] = [0]
  for (const { bytes, id } of entries) {
    let node = 0
    for (const byte of bytes) {
      const k = classes[byte]!
      let next = children[node]!.get(k)
      if (next === undefined) {
        next = children.length
        children.push(new Map())
        ends.push([])
        lastClass.push(k)
        children[node]!.set(k, next)
      }
      node = next
    }
    ends[node]!.push(id)
  }
  const nodes = children.length
  // The root after a word byte, for word-start automata (the root itself, otherwise).
  const afterWord = wordStart ? nodes : 0
  const states = wordStart ? nodes + 1 : nodes
  const rootFor = (k: number) => (wordClass[k] === 1 ? afterWord : 0)
  const go = new Int32Array(states * width)
  const fail = new Int32Array(states)
  const outputs: number[][] = [...ends.map((e) => [...e]), ...(wordStart ? [[]] : [])]
  const queue: number[] = []
  for (let k = 0; k < width; k++) {
    const child = children[0]!.get(k)
    go[k] = child ?? rootFor(k)
    if (wordStart) go[afterWord * width + k] = rootFor(k)
    if (child !== undefined) {
      fail[child] = rootFor(k)
      queue.push(child)
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!
    for (let k = 0; k < width; k++) {
      const child = children[node]!.get(k)
      const fallback = go[fail[node]! * width + k]!
      if (child === undefined) {
        go[node * width + k] = fallback
      } else {
        go[node * width + k] = child
        fail[child] = fallback
        outputs[child]!.push(...outputs[fallback]!)
        queue.push(child)
      }
    }
  }
  // Accepting states last, so that one comparison tells them; the start state stays 0 (a root
  // reports nothing: no literal is empty).
  const order = new Int32Array(states)
  let n = 0
  for (let i = 0; i < states; i++) if (outputs[i]!.length === 0) order[i] = n++
  const acceptFrom = n
  const accepted: number[][] = []
  for (let i = 0; i < states; i++) {
    if (outputs[i]!.length === 0) continue
    order[i] = n++
    accepted.push([...new Set(outputs[i])])
  }
  const next = new Int32Array(states * width)
  for (let i = 0; i < states; i++) for (let k = 0; k < width; k++) next[order[i]! * width + k] = order[go[i * width + k]!]!
  return { next, states, acceptFrom, outputs: accepted }
}

/** Where things are in the scan's memory; states are addresses of table rows (dfa-wasm.ts). */
interface Layout {
  readonly classes: number
  readonly stateOut: number
  readonly tableA: number
  readonly tableB: number
  /** Bytes in a table row. */
  readonly row: number
  readonly input: number
  readonly out: number
}

export class LiteralAutomaton {
  /** A: literals sought at word starts. B: literals sought everywhere. */
  readonly #a: Dfa
  readonly #b: Dfa
  readonly #layout: Layout
  readonly #memory: WasmMemory
  readonly #scan: ScanFunction
  /** Per literal id, the stamp of the last block it was added to (answers hold each id once). */
  readonly #stamp: Int32Array
  #stampNow = 0

  /**
   * `literals[id]` in lower case. `anywhere(id)` says that a literal is sought inside words too; a
   * literal that does not start with an ASCII letter or digit always is (no ASCII word boundary
   * can come before it).
   */
  constructor(
    literals: readonly string[],
    anywhere: (id: number) => boolean,
    /** Tests only: the last stamp before the marks are cleared (see #nextStamp), and the engine. */
    private readonly maxStamp = 0x7fffffff,
    engine?: 'wasm' | 'js',
  ) {
    const entries = literals.map((l, id) => ({ bytes: encoder.encode(l), id })).filter((e) => e.bytes.length > 0)

    // Classes: one per folded byte value that some literal holds.
    const classOfFolded = new Int16Array(256).fill(-1)
    let width = FIRST_LITERAL_CLASS
    for (const { bytes } of entries) for (const byte of bytes) if (classOfFolded[foldByte(byte)] === -1) classOfFolded[foldByte(byte)] = width++
    const classes = new Uint16Array(256)
    const wordClass = new Uint8Array(width)
    wordClass[OTHER_ALNUM] = wordClass[OTHER_UNDERSCORE] = 1
    for (let b = 0; b < 256; b++) {
      const own = classOfFolded[foldByte(b)]!
      const k = own >= 0 ? own : isAsciiAlnum(b) ? OTHER_ALNUM : b === UNDERSCORE ? OTHER_UNDERSCORE : OTHER
      classes[b] = k
      // Folding keeps a class's bytes alike: word bytes with word bytes.
      if (own >= 0) wordClass[k] = isWordByte(b) ? 1 : 0
    }
    const wordStartOnly = (e: { bytes: Uint8Array; id: number }) => isAsciiAlnum(e.bytes[0]!) && !anywhere(e.id)
    this.#a = buildDfa(entries.filter(wordStartOnly), classes, width, wordClass, true)
    this.#b = buildDfa(entries.filter((e) => !wordStartOnly(e)), classes, width, wordClass, false)

    // Memory: classes (u16 offsets in a row), the last states, the two tables (u32 addresses of
    // rows), one chunk of input, its reports.
    const align8 = (x: number) => (x + 7) & ~7
    const row = width * 4
    const tableA = 1024
    const tableB = tableA + this.#a.states * row
    const input = align8(tableB + this.#b.states * row)
    const out = align8(input + CHUNK + 8)
    this.#layout = { classes: 0, stateOut: 512, tableA, tableB, row, input, out }
    this.#memory = createMemory(out + CHUNK * 16)
    const u16 = new Uint16Array(this.#memory.buffer, 0, 256)
    for (let b = 0; b < 256; b++) u16[b] = classes[b]! * 4
    const u32 = new Uint32Array(this.#memory.buffer)
    for (const [dfa, base] of [[this.#a, tableA], [this.#b, tableB]] as const) {
      for (let i = 0; i < dfa.next.length; i++) u32[(base >> 2) + i] = base + dfa.next[i]! * row
    }
    this.#scan = instantiateScan(this.#memory, engine)
    this.#stamp = new Int32Array(literals.length)
  }

  /**
   * A stamp no list has had since the marks were last cleared. Stamps are int32: a process that
   * runs long enough to use them all (two billion blocks with literals) clears the marks and
   * starts again, rather than let a wrapped stamp pass for an old one.
   */
  #nextStamp(): void {
    if (this.#stampNow >= this.maxStamp) {
      this.#stamp.fill(0)
      this.#stampNow = 0
    }
    this.#stampNow++
  }

  /**
   * The literals each text holds: result[i] lists the ids found in texts[i], each once, in the
   * order first seen, or is undefined when there are none.
   */
  scan(texts: readonly string[]): (number[] | undefined)[] {
    const result: (number[] | undefined)[] = new Array(texts.length).fill(undefined)
    const { input, out, stateOut, classes, tableA, tableB, row } = this.#layout
    const u8 = new Uint8Array(this.#memory.buffer)
    const u32 = new Uint32Array(this.#memory.buffer)
    const area = u8.subarray(input, input + CHUNK)
    // The blocks (or parts of blocks) in the current chunk, with the offset each starts at.
    const segmentText: number[] = []
    const segmentStart: number[] = []
    let fill = 0
    let stateA = tableA
    let stateB = tableB

    const flush = () => {
      if (fill === 0) return
      const a = this.#a
      const b = this.#b
      const reports = this.#scan(input, fill, stateA, stateB, out, classes, tableA + a.acceptFrom * row, tableB + b.acceptFrom * row, stateOut)
      stateA = u32[stateOut >> 2]!
      stateB = u32[(stateOut >> 2) + 1]!
      let segment = 0
      let owner = segmentText[0]!
      for (let r = 0; r < reports; r++) {
        const at = u32[(out >> 2) + 2 * r]!
        while (segment + 1 < segmentStart.length && segmentStart[segment + 1]! <= at) owner = segmentText[++segment]!
        const state = u32[(out >> 2) + 2 * r + 1]!
        const ids = state >= tableB ? b.outputs[(state - tableB) / row - b.acceptFrom]! : a.outputs[(state - tableA) / row - a.acceptFrom]!
        let list = result[owner]
        if (!list) {
          list = result[owner] = []
          this.#nextStamp()
        } else if (this.#stamp[list[0]!] !== this.#stampNow) {
          // The owner's list was started in an earlier chunk: renew its stamps.
          this.#nextStamp()
          for (const id of list) this.#stamp[id] = this.#stampNow
        }
        for (let k = 0; k < ids.length; k++) {
          const id = ids[k]!
          if (this.#stamp[id] !== this.#stampNow) {
            this.#stamp[id] = this.#stampNow
            list.push(id)
          }
        }
      }
      fill = 0
      segmentText.length = 0
      segmentStart.length = 0
    }

    for (let i = 0; i < texts.length; i++) {
      const text = texts[i]!
      if (!text) continue
      if (fill > 0) {
        if (fill + 1 >= CHUNK) flush()
        else area[fill++] = SEPARATOR
      }
      if (fill === 0) {
        stateA = tableA
        stateB = tableB
      }
      let read = 0
      for (;;) {
        segmentText.push(i)
        segmentStart.push(fill)
        const done = encoder.encodeInto(read ? text.slice(read) : text, area.subarray(fill))
        fill += done.written
        read += done.read
        if (read >= text.length) break
        flush() // the chunk is full: scan it, and go on with this text where it stopped (state kept)
      }
    }
    flush()
    return result
  }
}
