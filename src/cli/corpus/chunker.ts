import { CorpusError } from './errors.js'

/** A run of whole lines cut from the input, and how many lines it holds. */
export interface Cut {
  bytes: Uint8Array
  lines: number
  /** The input ended without a newline after the last line. */
  unterminated: boolean
}

/** Counts the lines of a chunk: `Buffer.indexOf` runs at gigabytes per second. */
export function countLines(bytes: Buffer): number {
  let n = 0
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) n++
  return n
}

/**
 * Cuts a byte stream into chunks of whole lines of about `target` bytes, without decoding or
 * parsing anything: the workers do that. A line longer than `maxLine` stops the input with a typed
 * error instead of growing memory without bound.
 */
export class LineChunker {
  private parts: Buffer[] = []
  private size = 0

  constructor(
    private readonly target = 1 << 20,
    private readonly maxLine = 64 << 20,
  ) {}

  push(buf: Buffer): Cut | undefined {
    this.parts.push(buf)
    this.size += buf.length
    if (this.size < this.target) return undefined
    const nl = buf.lastIndexOf(10)
    if (nl === -1) {
      // No newline in the newest piece: the last line goes on; cut at an earlier newline if any.
      for (let p = this.parts.length - 2; p >= 0; p--) {
        const at = this.parts[p]!.lastIndexOf(10)
        if (at !== -1) return this.cutAt(p, at)
      }
      if (this.size > this.maxLine) {
        throw new CorpusError('record_too_large', `a line is longer than ${this.maxLine >> 20} MiB; is this JSON lines?`)
      }
      return undefined
    }
    return this.cutAt(this.parts.length - 1, nl)
  }

  /** Everything up to and including byte `at` of part `p` becomes a chunk; the rest stays. */
  private cutAt(p: number, at: number): Cut {
    const head = this.parts.slice(0, p)
    const last = this.parts[p]!
    const rest = [last.subarray(at + 1), ...this.parts.slice(p + 1)]
    head.push(last.subarray(0, at + 1))
    const bytes = concatFresh(head)
    this.parts = rest.filter((b) => b.length)
    this.size = this.parts.reduce((n, b) => n + b.length, 0)
    return { bytes, lines: countLines(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)), unterminated: false }
  }

  /** The rest of the input; its last line has no newline (a truncated file, or just no final newline). */
  end(): Cut | undefined {
    if (!this.size) return undefined
    const bytes = concatFresh(this.parts)
    this.parts = []
    this.size = 0
    const lines = countLines(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
    return { bytes, lines: lines + (bytes[bytes.length - 1] === 10 ? 0 : 1), unterminated: bytes[bytes.length - 1] !== 10 }
  }
}

/** A copy in its own ArrayBuffer (never a slice of Node's shared pool), so it can be transferred. */
export function concatFresh(parts: readonly Uint8Array[]): Uint8Array {
  const total = parts.reduce((n, b) => n + b.length, 0)
  const out = new Uint8Array(total)
  let at = 0
  for (const b of parts) {
    out.set(b, at)
    at += b.length
  }
  return out
}
