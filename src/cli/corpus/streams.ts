import { spawn } from 'node:child_process'
import { createReadStream, createWriteStream } from 'node:fs'
import type { Readable, Writable } from 'node:stream'
import { createGzip } from 'node:zlib'
import { Decompress } from 'fzstd'
import { CorpusError } from './errors.js'
import { gunzip } from './gunzip.js'

export type Compression = 'plain' | 'gzip' | 'zstd'

/** Tells compression from the first bytes, never from the file name: corpora are often misnamed. */
export function sniff(head: Uint8Array): Compression {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip'
  if (head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd) return 'zstd'
  return 'plain'
}

function asBuffer(chunk: unknown): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
}

/**
 * The decompressed bytes of a stream. `onRaw` sees every compressed byte count as it is read, for
 * progress against the file size. A truncated compressed stream ends in a CorpusError after
 * everything that could be decoded has been yielded, so the records before the damage are kept.
 */
export async function* decompressed(source: Readable, onRaw: (bytes: number) => void = () => {}): AsyncGenerator<Buffer> {
  const it = source[Symbol.asyncIterator]() as AsyncIterator<unknown>
  const head: Buffer[] = []
  let headBytes = 0
  let done = false
  while (headBytes < 4) {
    const next = await it.next()
    if (next.done) {
      done = true
      break
    }
    const b = asBuffer(next.value)
    onRaw(b.length)
    head.push(b)
    headBytes += b.length
  }
  const first = Buffer.concat(head)
  const kind = sniff(first)
  async function* rest(): AsyncGenerator<Buffer> {
    if (first.length) yield first
    if (done) return
    for (;;) {
      const next = await it.next()
      if (next.done) return
      const b = asBuffer(next.value)
      onRaw(b.length)
      yield b
    }
  }
  if (kind === 'plain') {
    yield* rest()
    return
  }
  if (kind === 'gzip') {
    yield* gunzip(rest())
    return
  }
  // zstd: fzstd decodes in pure JS, so no native module or program is needed to read .zst.
  const out: Buffer[] = []
  let ended = false
  const zstd = new Decompress((data, final) => {
    out.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength))
    if (final) ended = true
  })
  try {
    for await (const b of rest()) {
      zstd.push(b)
      while (out.length) yield out.shift()!
    }
    zstd.push(new Uint8Array(0), true)
  } catch (error) {
    throw new CorpusError('io', `zstd stream is damaged (${(error as Error).message})`)
  }
  while (out.length) yield out.shift()!
  if (!ended) throw new CorpusError('io', 'zstd stream is truncated: it ended before its last frame was complete')
}

export function openFile(file: string): Readable {
  return createReadStream(file, { highWaterMark: 1 << 20 })
}

/** Where records go: a plain, gzip or zstd file (by extension) or a stream, with backpressure. */
export interface Sink {
  write(bytes: Uint8Array): Promise<void>
  end(): Promise<void>
}

/**
 * When the stream is done. Its failure is also heard elsewhere (the sinks' own error listeners),
 * and a caller that stops on that first may never await this one: so a rejection nobody awaits
 * here is not an unhandled one (Node would end the process on it).
 */
function finished(stream: Writable): Promise<void> {
  const done = new Promise<void>((resolve, reject) => {
    stream.once('finish', resolve)
    stream.once('close', resolve)
    stream.once('error', reject)
  })
  done.catch(() => {})
  return done
}

function drain(stream: Writable, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(new CorpusError('output', `${name}cannot write (${error.message})`))
    stream.once('error', onError)
    stream.once('drain', () => {
      stream.off('error', onError)
      resolve()
    })
  })
}

/** `file` names the output in messages (none for stdout). */
export function streamSink(stream: Writable, owned: boolean, file?: string): Sink {
  const name = file ? `${file}: ` : ''
  let failure: Error | undefined
  stream.on('error', (error) => (failure = error))
  return {
    async write(bytes) {
      if (failure) throw new CorpusError('output', `${name}cannot write (${failure.message})`)
      if (!stream.write(bytes)) await drain(stream, name)
    },
    async end() {
      if (!owned) return
      const done = finished(stream)
      stream.end()
      try {
        await done
      } catch (error) {
        failure ??= error as Error
      }
      // A write that failed after the last one returned is heard here, not as a clean close.
      if (failure) throw new CorpusError('output', `${name}cannot write (${failure.message})`)
    },
  }
}

export function compressionFor(file: string): Compression {
  if (/\.gz$/i.test(file)) return 'gzip'
  if (/\.zst$/i.test(file)) return 'zstd'
  return 'plain'
}

/** Opens FILE for writing; `append` continues a resumed run. */
export async function fileSink(file: string, append = false): Promise<Sink> {
  const kind = compressionFor(file)
  const fileStream = createWriteStream(file, { flags: append ? 'a' : 'w' })
  await new Promise<void>((resolve, reject) => {
    fileStream.once('open', () => resolve())
    // A file that cannot be opened is a mistake in the command (a folder, no permission): usage.
    fileStream.once('error', (e: NodeJS.ErrnoException) => reject(new CorpusError('usage', `${file}: cannot write (${e.code ?? e.message})`)))
  })
  if (kind === 'plain') return streamSink(fileStream, true, file)
  // The file under a compressor: when it fails (a full disk), the pipe into it stops, the
  // compressor never drains, and a write waited for ever; a failure after the last write went
  // unheard, and the run exited 0 with a cut file. Every wait below also ends when the file fails.
  let broken: CorpusError | undefined
  const breaks = new Promise<never>((_, reject) => {
    fileStream.on('error', (e: NodeJS.ErrnoException) => {
      broken ??= new CorpusError('output', `${file}: cannot write (${e.code ?? e.message})`)
      reject(broken)
    })
  })
  breaks.catch(() => {}) // heard through `guard`
  const guard = async <T>(work: Promise<T>): Promise<T> => {
    const value = await Promise.race([work, breaks])
    if (broken) throw broken
    return value
  }
  if (kind === 'gzip') {
    const gzip = createGzip({ level: 6 })
    gzip.pipe(fileStream)
    const sink = streamSink(gzip, false)
    return {
      write: (bytes) => guard(sink.write(bytes)),
      async end() {
        const done = finished(fileStream)
        gzip.end()
        await guard(done)
      },
    }
  }
  // Node 20's zlib has no zstd, and there is no pure-JS zstd encoder worth its speed: use the program.
  const child = spawn('zstd', ['-q', '-c', '-3'], { stdio: ['pipe', 'pipe', 'inherit'] })
  const spawned = new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve)
    child.once('error', (e: NodeJS.ErrnoException) =>
      reject(new CorpusError('usage', `${file}: writing .zst needs the zstd program (${e.code ?? e.message}); install zstd or write .gz`)),
    )
  })
  await spawned
  // zstd, its output no longer read, would block for ever: it goes with the file.
  breaks.catch(() => child.kill())
  child.stdout.pipe(fileStream)
  const sink = streamSink(child.stdin, false)
  return {
    write: (bytes) => guard(sink.write(bytes)),
    async end() {
      const done = finished(fileStream)
      const exited = new Promise<number | null>((resolve) => child.once('close', resolve))
      child.stdin.end()
      const code = await guard(exited)
      await guard(done)
      if (code !== 0) throw new CorpusError('output', `${file}: zstd exited with status ${code}`)
    },
  }
}
