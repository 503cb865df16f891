/**
 * Aho–Corasick: finds every occurrence of many literals in one pass over a text, overlapping
 * ones included (a regex alternation stops at the first alternative that matches at a
 * position, so "donation" would hide "nation"). Used to tell which phrase-table literals a block
 * contains, after a cheaper regex has said it contains at least one.
 *
 * Transitions on ASCII characters live in one dense table (the hot path); others in a map per
 * state. Failure links are folded into the dense table, so an ASCII step is one array read.
 */
const ASCII = 128

export class AhoCorasick {
  readonly #dense: Int32Array
  readonly #sparse: Map<number, number>[]
  readonly #fail: Int32Array
  readonly #out: number[][]
  /** 1 where a state ends at least one word: the only states the scan must stop at. */
  readonly #terminal: Uint8Array

  constructor(words: readonly string[]) {
    const next: Map<number, number>[] = [new Map()]
    const out: number[][] = [[]]
    words.forEach((word, id) => {
      let state = 0
      for (let i = 0; i < word.length; i++) {
        const c = word.charCodeAt(i)
        let n = next[state]!.get(c)
        if (n === undefined) {
          n = next.length
          next.push(new Map())
          out.push([])
          next[state]!.set(c, n)
        }
        state = n
      }
      out[state]!.push(id)
    })
    const states = next.length
    const fail = new Int32Array(states)
    const dense = new Int32Array(states * ASCII)
    // Breadth-first: a state's failure target is complete before its children need it.
    const queue: number[] = []
    for (let c = 0; c < ASCII; c++) {
      const n = next[0]!.get(c)
      dense[c] = n ?? 0
      if (n !== undefined) queue.push(n)
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!
      const f = fail[s]!
      if (out[f]!.length) out[s] = [...out[s]!, ...out[f]!]
      for (let c = 0; c < ASCII; c++) {
        const n = next[s]!.get(c)
        if (n !== undefined) {
          fail[n] = dense[f * ASCII + c]!
          dense[s * ASCII + c] = n
          queue.push(n)
        } else {
          dense[s * ASCII + c] = dense[f * ASCII + c]!
        }
      }
      for (const [c, n] of next[s]!) {
        if (c < ASCII) continue
        let g = f
        let t = next[g]!.get(c)
        while (t === undefined && g !== 0) {
          g = fail[g]!
          t = next[g]!.get(c)
        }
        fail[n] = t !== undefined && t !== n ? t : 0
        queue.push(n)
      }
    }
    this.#dense = dense
    this.#sparse = next
    this.#fail = fail
    this.#out = out
    this.#terminal = Uint8Array.from(out, (ids) => (ids.length ? 1 : 0))
  }

  /**
   * Pushes onto `ids` the id of every word that occurs in `text` (each once; `found` marks the
   * ones seen). ASCII letters are folded to lower case on the fly, so raw text can be scanned
   * for lower-case words without building a lower-case copy.
   */
  scan(text: string, found: Uint8Array, ids: number[]): void {
    const dense = this.#dense
    const terminal = this.#terminal
    let state = 0
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i)
      if (c < ASCII) {
        if (c >= 65 && c <= 90) c += 32
        state = dense[state * ASCII + c]!
      } else {
        // Latin-1 capitals (À–Þ) fold like ASCII ones; other scripts come normalised.
        if (c >= 0xc0 && c <= 0xde && c !== 0xd7) c += 32
        let n = this.#sparse[state]!.get(c)
        while (n === undefined && state !== 0) {
          state = this.#fail[state]!
          n = this.#sparse[state]!.get(c)
        }
        state = n ?? 0
      }
      if (terminal[state] === 0) continue
      const hits = this.#out[state]!
      for (let k = 0; k < hits.length; k++) {
        const id = hits[k]!
        if (found[id] === 0) {
          found[id] = 1
          ids.push(id)
        }
      }
    }
  }
}
