import { existsSync } from 'node:fs'
import { open, rename, rm, truncate } from 'node:fs/promises'
import path from 'node:path'
import { countLines } from './chunker.js'
import { CorpusError } from './errors.js'
import { compressionFor, decompressed, fileSink, openFile } from './streams.js'

/** What an interrupted run left in one output file, once it is ready to be appended to. */
export interface Resumable {
  /** Complete lines the file holds (records already written). */
  lines: number
  /** Bytes of a partial last line that were cut off (0 when the file ended on a line boundary). */
  cut: number
  /** The compressed file was damaged or truncated and was rewritten from what could be decoded. */
  rewritten: boolean
}

/**
 * Counts the complete lines of an output file and leaves it ready for appending on a line
 * boundary: a partial last line (a write the interrupted run did not finish) is cut off. A
 * compressed file gets a new gzip member or zstd frame appended later (both formats allow
 * concatenation, and every reader of them reads on); when the interrupted run left it truncated,
 * its decodable complete lines are first written to a fresh file that replaces it, because a
 * damaged member in the middle would stop every reader there.
 */
export async function prepareResume(file: string): Promise<Resumable> {
  if (!existsSync(file)) return { lines: 0, cut: 0, rewritten: false }
  try {
    return await (compressionFor(file) === 'plain' ? plainLines(file) : compressedLines(file))
  } catch (error) {
    if (error instanceof CorpusError) throw error
    // A folder or an unreadable file where the output should be: a mistake in the command.
    throw new CorpusError('usage', `${file}: cannot read it to resume (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
  }
}

async function plainLines(file: string): Promise<Resumable> {
  const handle = await open(file, 'r')
  const buf = Buffer.allocUnsafe(1 << 20)
  let lines = 0
  let lastNl = -1
  let pos = 0
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buf, 0, buf.length, pos)
      if (!bytesRead) break
      const view = buf.subarray(0, bytesRead)
      lines += countLines(view)
      const nl = view.lastIndexOf(10)
      if (nl !== -1) lastNl = pos + nl
      pos += bytesRead
    }
  } finally {
    await handle.close()
  }
  if (lastNl + 1 < pos) await truncate(file, lastNl + 1)
  return { lines, cut: pos - (lastNl + 1), rewritten: false }
}

/** One decoding pass: complete lines, decoded bytes up to the last newline, and whether the stream was whole. */
async function scanCompressed(file: string): Promise<{ lines: number; complete: number; total: number; damaged: boolean }> {
  let lines = 0
  let total = 0
  let complete = 0
  let damaged = false
  try {
    for await (const chunk of decompressed(openFile(file))) {
      lines += countLines(chunk)
      const nl = chunk.lastIndexOf(10)
      if (nl !== -1) complete = total + nl + 1
      total += chunk.length
    }
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error
    damaged = true // everything decodable before the damage was counted
  }
  return { lines, complete, total, damaged }
}

async function compressedLines(file: string): Promise<Resumable> {
  const scan = await scanCompressed(file)
  if (!scan.damaged && scan.complete === scan.total) return { lines: scan.lines, cut: 0, rewritten: false }
  // Rewrite the first `complete` decoded bytes into a sibling file (same extension, so the same
  // compression), then swap it in: an interruption now leaves the old file as it was. One name
  // per output, so that the copy an interrupted rewrite leaves is overwritten by the next resume
  // (with the process id in it, each interruption left a copy of most of the output for good).
  const tmp = path.join(path.dirname(file), `.${path.basename(file, path.extname(file))}.resume${path.extname(file)}`)
  const sink = await fileSink(tmp)
  let left = scan.complete
  try {
    // Read to the end even past `complete`: leaving the decoder early would leave the file open.
    for await (const chunk of decompressed(openFile(file))) {
      if (left <= 0) continue
      const part = chunk.length <= left ? chunk : chunk.subarray(0, left)
      left -= part.length
      await sink.write(part)
    }
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error
  } finally {
    await sink.end()
  }
  if (left > 0) {
    await rm(tmp, { force: true })
    throw new CorpusError('io', `${file}: decoding it again gave different bytes; it was left as it was`)
  }
  await rename(tmp, file)
  return { lines: scan.lines, cut: scan.total - scan.complete, rewritten: true }
}
