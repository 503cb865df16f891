import { constants, createInflateRaw, crc32, type InflateRaw } from 'node:zlib'
import { CorpusError } from './errors.js'

/**
 * gzip decoded member by member, each member's deflate data through its own raw inflater.
 *
 * Node's Gunzip reads concatenated members too, but when the bytes after the last member are not
 * another member ("trailing garbage": a download with junk appended, a file padded by a tool),
 * it fails the whole write that held the member's end and drops that write's output, up to 16 KB
 * of complete records decoded before the damage (258 records of 200,000 in the audit's case; a
 * small file came out empty). gzip(1) keeps all of it and warns. A raw inflater stops at the end
 * of its deflate data and ignores what follows, and its `bytesWritten` says where it stopped: so
 * each member's end is known, its trailer checked here, and nothing decoded is lost.
 */

/** Longest gzip header read (a file name or comment with no end would otherwise be read whole). */
const MAX_HEADER_BYTES = 1 << 20

const FHCRC = 2
const FEXTRA = 4
const FNAME = 8
const FCOMMENT = 16
const RESERVED_FLAGS = 0xe0

/** Bytes read ahead of the inflater: what a member's inflater did not take goes to the next member. */
class ByteQueue {
  #chunks: Buffer[] = []
  #length = 0
  #ended = false
  /** Compressed bytes taken off the queue so far, for messages that say where the damage is. */
  offset = 0

  constructor(private readonly source: AsyncIterator<Buffer>) {}

  get length(): number {
    return this.#length
  }

  /** Reads until `n` bytes are queued; false when the input ended first. */
  async fill(n: number): Promise<boolean> {
    while (this.#length < n) {
      if (this.#ended) return false
      const next = await this.source.next()
      if (next.done) {
        this.#ended = true
        return false
      }
      if (next.value.length) {
        this.#chunks.push(next.value)
        this.#length += next.value.length
      }
    }
    return true
  }

  /** The first `n` queued bytes (n ≤ length), one buffer, left in the queue. */
  peek(n: number): Buffer {
    if (this.#chunks.length > 1 && this.#chunks[0]!.length < n) {
      const all = Buffer.concat(this.#chunks)
      this.#chunks = [all]
    }
    return this.#chunks[0]!.subarray(0, n)
  }

  skip(n: number): void {
    this.offset += n
    this.#length -= n
    while (n > 0) {
      const head = this.#chunks[0]!
      if (head.length <= n) {
        this.#chunks.shift()
        n -= head.length
      } else {
        this.#chunks[0] = head.subarray(n)
        n = 0
      }
    }
  }

  /** The next queued chunk, or the next one read; undefined at the end of the input. */
  async take(): Promise<Buffer | undefined> {
    if (!this.#chunks.length && !(await this.fill(1))) return undefined
    const b = this.#chunks.shift()!
    this.#length -= b.length
    this.offset += b.length
    return b
  }

  /** Puts back the unread end of the chunk last taken. */
  giveBack(b: Buffer): void {
    if (!b.length) return
    this.#chunks.unshift(b)
    this.#length += b.length
    this.offset -= b.length
  }

  /** Whether everything left in the input is zero bytes (padding, which gzip readers accept). */
  async restIsZeros(): Promise<boolean> {
    for (;;) {
      for (const c of this.#chunks) if (c.some((byte) => byte !== 0)) return false
      this.skip(this.#length)
      if (!(await this.fill(1))) return true
    }
  }
}

/** The length of the gzip header at the queue's start, reading as much as it needs. */
async function readHeader(queue: ByteQueue, member: number): Promise<number> {
  const damaged = (why: string) => new CorpusError('io', `gzip member ${member} at byte ${queue.offset} is damaged (${why})`)
  if (!(await queue.fill(10))) throw new CorpusError('io', `gzip stream is truncated (member ${member} ends inside its header)`)
  const fixed = queue.peek(10)
  if (fixed[2] !== 8) throw damaged(`unknown compression method ${fixed[2]}`)
  const flags = fixed[3]!
  if (flags & RESERVED_FLAGS) throw damaged('reserved header flags set')
  let at = 10
  const need = async (n: number) => {
    if (n > MAX_HEADER_BYTES) throw damaged(`a header longer than ${MAX_HEADER_BYTES} bytes`)
    if (!(await queue.fill(n))) throw new CorpusError('io', `gzip stream is truncated (member ${member} ends inside its header)`)
  }
  if (flags & FEXTRA) {
    await need(at + 2)
    at += 2 + queue.peek(at + 2).readUInt16LE(at)
  }
  for (const flag of [FNAME, FCOMMENT]) {
    if (!(flags & flag)) continue
    // A zero-terminated string: read on until its zero byte.
    for (;;) {
      await need(at + 1)
      const zero = queue.peek(queue.length).indexOf(0, at)
      if (zero !== -1) {
        at = zero + 1
        break
      }
      await need(queue.length + 1)
    }
  }
  if (flags & FHCRC) at += 2
  await need(at)
  return at
}

interface Inflated {
  /** Output bytes, and their CRC-32, to check against the member's trailer. */
  size: number
  crc: number
}

/**
 * One member's deflate data through a raw inflater, yielding its output. Input is written chunk by
 * chunk, each write awaited; once `bytesWritten` falls behind what was written, the deflate data
 * ended inside the last chunk, and the rest of that chunk goes back to the queue.
 */
async function* inflateMember(queue: ByteQueue, member: number, totals: Inflated): AsyncGenerator<Buffer> {
  const inflater: InflateRaw = createInflateRaw()
  let written = 0
  let truncated = false
  // An inflater that failed closes without calling back the write in progress: the close ends it.
  const write = (b: Buffer) =>
    new Promise<void>((resolve, reject) => {
      const closed = () => reject(new Error('inflater closed'))
      inflater.once('close', closed)
      inflater.write(b, (error) => {
        inflater.off('close', closed)
        if (error) reject(error)
        else resolve()
      })
    })
  const feed = (async () => {
    try {
      for (;;) {
        const b = await queue.take()
        if (!b) {
          // The input ended inside the member (a killed run's output). Ending the inflater would
          // fail it, and a stream that fails drops what it still holds for a reader that was
          // slower than the decoder (a resume's rewrite lost 10 KB so, and found different bytes
          // the second time). So everything decodable is flushed out, and the readable side is
          // ended by hand: the reader gets all of it, then the error below.
          await new Promise<void>((resolve) => inflater.flush(constants.Z_SYNC_FLUSH, () => resolve()))
          truncated = true
          inflater.push(null)
          return
        }
        await write(b)
        written += b.length
        const unread = written - inflater.bytesWritten
        if (unread > 0) {
          queue.giveBack(b.subarray(b.length - unread))
          break
        }
      }
      inflater.end()
    } catch (error) {
      inflater.destroy(error as Error)
    }
  })()
  let complete = false
  try {
    for await (const out of inflater) {
      const b = out as Buffer
      totals.size += b.length
      totals.crc = crc32(b, totals.crc)
      yield b
    }
    complete = true
  } catch (error) {
    throw new CorpusError('io', `gzip member ${member} is damaged or truncated (${(error as Error).message})`)
  } finally {
    // Only a reader that stopped early destroys the inflater before the feeder is done: on the
    // way out of a whole member, the feeder still has to give back the bytes it read too far.
    if (!complete) inflater.destroy()
    await feed
    inflater.destroy()
  }
  if (truncated) throw new CorpusError('io', `gzip member ${member} is damaged or truncated (it ends inside its compressed data)`)
}

/**
 * The decoded bytes of a gzip stream of one or more members. Damage ends the stream in a
 * CorpusError after everything decoded before it was yielded; bytes after the last member that
 * are not zero padding are reported the same way (gzip(1): "trailing garbage ignored"), once every
 * member before them has been read in full.
 */
export async function* gunzip(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const queue = new ByteQueue(source[Symbol.asyncIterator]())
  for (let member = 1; ; member++) {
    if (!(await queue.fill(1))) return
    if (member > 1) {
      await queue.fill(2)
      const head = queue.peek(Math.min(2, queue.length))
      if (head[0] !== 0x1f || head[1] !== 0x8b) {
        const at = queue.offset
        if (await queue.restIsZeros()) return
        throw new CorpusError('io', `trailing garbage at byte ${at}, after the last of ${member - 1} gzip member(s), was ignored; every member before it was read in full`)
      }
    }
    queue.skip(await readHeader(queue, member))
    const totals: Inflated = { size: 0, crc: 0 }
    yield* inflateMember(queue, member, totals)
    if (!(await queue.fill(8))) throw new CorpusError('io', `gzip stream is truncated (member ${member} ends before its trailer)`)
    const trailer = queue.peek(8)
    if (trailer.readUInt32LE(0) !== totals.crc >>> 0) throw new CorpusError('io', `gzip member ${member} is damaged (CRC-32 mismatch)`)
    if (trailer.readUInt32LE(4) !== totals.size % 2 ** 32) throw new CorpusError('io', `gzip member ${member} is damaged (length mismatch)`)
    queue.skip(8)
  }
}
