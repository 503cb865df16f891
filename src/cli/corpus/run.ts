import { stat, writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import type { Readable, Writable } from 'node:stream'
import type { Cleaner } from '../../decruft.js'
import type { CliArgs } from '../args.js'
import { LineChunker, type Cut } from './chunker.js'
import { COLLECT_EVERY_BYTES, everyBytes } from './collect.js'
import { CorpusError } from './errors.js'
import { WorkerPool, workerFile } from './pool.js'
import { processChunk, type ChunkResult, type ChunkTask, type RecordSettings } from './records.js'
import { RunTotals, statsTable } from './stats.js'
import { prepareResume } from './resume.js'
import { decompressed, fileSink, openFile, streamSink, type Sink } from './streams.js'

export interface CorpusIO {
  stdin: Readable
  stdout: Writable
  stderr: Writable
  cwd: string
  /** See CliIO.collectGarbage: called every COLLECT_EVERY_BYTES of input when workers clean. */
  collectGarbage?: () => void
  /** The cleaner's time budget per record (limits.timeBudgetMs): the workers' watchdog follows it. */
  budgetMs: number
}

/** How many failures are listed one by one on stderr; the rest are counted (and in --rejects). */
const MAX_LISTED = 1000

export async function runCorpus(args: CliArgs, cleaner: Cleaner, io: CorpusIO): Promise<number> {
  const say = (text: string) => void io.stderr.write(text)
  const resolve = (f: string) => path.resolve(io.cwd, f)
  const files = args.files.length ? args.files : ['-']
  const settings: RecordSettings = {
    field: args.field,
    idField: args.idField ?? 'id',
    removedField: args.removedField,
    dropEmpty: args.dropEmpty,
    rejects: args.rejects !== undefined,
    explain: args.explain,
    shard: args.shard,
    shardBy: args.shardBy,
  }

  // --resume: the output (and the rejects) already hold the first records; count them.
  let skipLines = 0 // selected input lines the main thread skips before any worker sees them
  let discardOut = 0 // or: output lines and reject lines to discard, when lines cannot be skipped
  let discardRej = 0
  if (args.resume) {
    if (!args.output) throw new CorpusError('usage', '--resume needs -o FILE: it counts what the output already holds.')
    const out = await prepareResume(resolve(args.output))
    const rej = args.rejects ? await prepareResume(resolve(args.rejects)) : { lines: 0, cut: 0, rewritten: false }
    if (out.rewritten || rej.rewritten) say(`decruft: resume: a compressed output was truncated; rewrote its complete lines\n`)
    if (out.cut || rej.cut) say(`decruft: resume: cut off a partial last line the interrupted run left\n`)
    if (args.dropEmpty || args.shardBy || args.rejects) {
      // Dropped records and hash shards leave no trace of their position, and neither does a
      // split between two files: each file holds a prefix of its own stream, but an interrupted
      // run leaves them cut at different input lines (a compressing output lags behind a plain
      // rejects file), so their line counts added up are no position in the input. Clean again
      // from the start and throw away, per file, what it already holds (correct, not faster).
      discardOut = out.lines
      discardRej = rej.lines
    } else skipLines = out.lines
    say(`decruft: resume: ${out.lines} output line(s)${args.rejects ? ` and ${rej.lines} reject(s)` : ''} already written\n`)
  }

  // --stats-json is written at the end: find out now, not after hours of cleaning, that it cannot be.
  if (args.statsJson) await writableOrUsage(resolve(args.statsJson), '--stats-json')
  const out: Sink = args.output ? await fileSink(resolve(args.output), args.resume) : streamSink(io.stdout, false)
  const rejects: Sink | undefined = args.rejects ? await fileSink(resolve(args.rejects), args.resume) : undefined

  let workers = args.workers ?? availableParallelism()
  const file = workers > 0 ? workerFile() : undefined
  if (workers > 0 && !file) {
    if (args.workers !== undefined) say('decruft: the worker entry (corpus-worker.js) is not built; cleaning in the main thread\n')
    workers = 0
  }
  const pool = file ? new WorkerPool(file, workers, args, io.cwd, settings, io.budgetMs) : undefined
  const execute = (task: ChunkTask): Promise<ChunkResult> =>
    pool ? pool.run(task) : new Promise((r) => setImmediate(() => r(processChunk(task, cleaner, settings))))

  const totals = new RunTotals()
  let listed = 0
  let unreadable = 0
  // `size`: the chunk's byte count, read before a worker takes (detaches) its bytes.
  const pending: { task: ChunkTask; size: number; result: Promise<ChunkResult> }[] = []
  const maxInFlight = Math.max(2, workers * 2 + 1)

  // With workers the main thread's own heap barely grows, so V8 would leave the dead byte buffers
  // of many chunks uncollected (collect.ts). Without workers, cleaning here collects often enough.
  const collect = pool && io.collectGarbage ? everyBytes(COLLECT_EVERY_BYTES, io.collectGarbage) : undefined

  const progress = progressMeter(io.stderr, files, resolve)

  /** Writes the oldest result: output order is input order, whatever order the workers finish in. */
  async function emit(): Promise<void> {
    const head = pending.shift()!
    const r = await head.result
    totals.add(r)
    for (const f of r.failures) {
      if (listed++ < MAX_LISTED) {
        say(`decruft: ${head.task.source}:${f.line}${f.id === undefined ? '' : ` (id ${f.id})`}: ${f.reason}; ${args.rejects ? 'sent to the rejects' : 'record passed through unchanged'}\n`)
      } else if (listed === MAX_LISTED + 1) say(`decruft: more failures: counted, not listed\n`)
    }
    if (r.explain) say(r.explain)
    let outBytes = r.out
    let rejBytes = r.rejects
    if (discardOut) [outBytes, discardOut] = dropLines(outBytes, discardOut)
    if (discardRej) [rejBytes, discardRej] = dropLines(rejBytes, discardRej)
    if (outBytes.length) await out.write(outBytes)
    if (rejBytes.length && rejects) await rejects.write(rejBytes)
    progress.records(r.records)
    collect?.(head.size)
  }

  let seq = 0
  let index = 0 // position of the next line among all lines of all inputs
  try {
    for (const name of files) {
      const source = name === '-' ? '<stdin>' : name
      const chunker = new LineChunker()
      let line = 1
      const submit = async (cut: Cut) => {
        let { bytes, lines } = cut
        if (skipLines) {
          const s = skipSelected(bytes, lines, index, skipLines, args.shard)
          bytes = bytes.subarray(s.offset)
          line += s.lines
          index += s.lines
          lines -= s.lines
          skipLines -= s.selected
          if (!bytes.length) return
        }
        const task: ChunkTask = { seq: seq++, source, bytes, firstLine: line, firstIndex: index, unterminated: cut.unterminated, skip: {} }
        line += lines
        index += lines
        // Backpressure: never more than a few chunks in flight; `emit` waits for the writer to drain.
        while (pending.length >= maxInFlight) await emit()
        pending.push({ task, size: bytes.length, result: execute(task) })
      }
      try {
        const input = name === '-' ? io.stdin : openFile(resolve(name))
        for await (const piece of decompressed(input, progress.bytes)) {
          const cut = chunker.push(piece)
          if (cut) await submit(cut)
        }
        const last = chunker.end()
        if (last) await submit(last)
      } catch (error) {
        if (error instanceof CorpusError && error.code !== 'io' && error.code !== 'record_too_large') throw error
        const tooLong = error instanceof CorpusError && error.code === 'record_too_large'
        // What the chunker holds after an over-long line is the start of that line alone: a
        // fragment cut by decruft, not a record of the input, so it is not passed on as one.
        const last = chunker.end()
        if (last && !tooLong) await submit({ ...last, unterminated: true })
        unreadable++
        if (tooLong) {
          say(`decruft: ${source}:${line}: ${(error as Error).message}; stopped reading ${source} there: the ${line - 1} line(s) before it were processed, the rest of the file was not read\n`)
        } else {
          const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'ENOENT' : (error as Error).message
          say(`decruft: ${source}: cannot read (${why}); the records before it were processed\n`)
        }
      }
    }
    while (pending.length) await emit()
  } finally {
    progress.done()
    await pool?.close()
  }
  await out.end()
  await rejects?.end()

  if (args.stats) say(statsTable(totals))
  if (args.statsJson) {
    try {
      await writeFile(resolve(args.statsJson), `${JSON.stringify(totals, null, 2)}\n`)
    } catch (error) {
      throw new CorpusError('io', `--stats-json ${args.statsJson}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
    }
  }

  // Nothing lost: every record of this shard is in the output, the rejects, or the dropped count.
  const accounted = totals.recordsOut + totals.rejectLines + totals.droppedTotal
  const balanced = accounted === totals.records
  const dropped = Object.entries(totals.dropped).map(([why, n]) => `${n} dropped (${why})`)
  const parts = [
    `${totals.records} record(s) in`,
    `${totals.recordsOut} out (${totals.cleaned} cleaned${settings.rejects ? '' : `, ${totals.failed} passed through unchanged after errors`})`,
    ...(settings.rejects ? [`${totals.rejectLines} rejected`] : []),
    ...dropped,
  ]
  if (totals.otherShard) parts.push(`${totals.otherShard} line(s) left to other shards`)
  say(`decruft: ${parts.join(', ')}; in ${balanced ? '=' : '≠'} out + rejected + dropped\n`)
  if (!balanced) say(`decruft: BUG: ${totals.records - accounted} record(s) unaccounted for; please report it\n`)
  return totals.failed || unreadable || !balanced ? 1 : 0
}

/** Creates (or truncates) the file, or stops the run with a usage error naming the flag. */
async function writableOrUsage(file: string, flag: string): Promise<void> {
  try {
    await writeFile(file, '')
  } catch (error) {
    throw new CorpusError('usage', `${flag} ${file}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
  }
}

/** Drops the first `n` lines of a buffer; returns what is left and how many lines still to drop. */
function dropLines(bytes: Uint8Array, n: number): [Uint8Array, number] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let at = 0
  while (n > 0 && at < buf.length) {
    const nl = buf.indexOf(10, at)
    at = nl === -1 ? buf.length : nl + 1
    n--
  }
  return [bytes.subarray(at), n]
}

/** Skips lines of a chunk until `want` lines of this shard have been passed over. */
function skipSelected(
  bytes: Uint8Array,
  lines: number,
  index: number,
  want: number,
  shard: { index: number; count: number } | undefined,
): { offset: number; lines: number; selected: number } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let offset = 0
  let skipped = 0
  let selected = 0
  while (selected < want && skipped < lines) {
    const nl = buf.indexOf(10, offset)
    offset = nl === -1 ? buf.length : nl + 1
    if (!shard || (index + skipped) % shard.count === shard.index) selected++
    skipped++
  }
  return { offset, lines: skipped, selected }
}

/** Records, MB, MB/s and ETA on stderr, once a second, only when stderr is a terminal. */
function progressMeter(stderr: Writable, files: string[], resolve: (f: string) => string) {
  const tty = (stderr as Writable & { isTTY?: boolean }).isTTY === true
  let bytes = 0
  let records = 0
  let total: number | undefined
  const started = Date.now()
  let timer: NodeJS.Timeout | undefined
  if (tty) {
    if (!files.includes('-')) {
      void Promise.all(files.map((f) => stat(resolve(f)).then((s) => s.size, () => 0))).then((sizes) => (total = sizes.reduce((a, b) => a + b, 0)))
    }
    timer = setInterval(() => {
      const secs = (Date.now() - started) / 1000
      const rate = bytes / 1e6 / Math.max(secs, 0.001)
      const eta = total && rate > 0 ? ` ETA ${Math.max(0, Math.round((total - bytes) / 1e6 / rate))}s` : ''
      stderr.write(`\r${records} records  ${(bytes / 1e6).toFixed(1)} MB  ${rate.toFixed(1)} MB/s${eta}   `)
    }, 1000)
    timer.unref()
  }
  return {
    bytes: (n: number) => void (bytes += n),
    records: (n: number) => void (records += n),
    done: () => {
      if (timer) {
        clearInterval(timer)
        stderr.write('\n')
      }
    },
  }
}
