import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { CliArgs } from '../args.js'
import { CorpusError } from './errors.js'

/** How long a worker may take over its warm-up sample (warm-up.ts) before its rules count as hung: cold, it takes up to half a second, whatever --timeout says. */
const WARM_UP_LIMIT_MS = 10_000
import type { ChunkResult, ChunkTask, RecordSettings } from './records.js'
import type { WorkerData } from './worker.js'

/**
 * Where the worker entry is: `corpus-worker.js` beside the bundle that holds this code (dist/ after
 * `tsup`, where the chunk and the entry sit side by side). From the TypeScript sources there is no
 * such file; callers then fall back to cleaning in the main thread.
 */
export function workerFile(): string | undefined {
  const file = fileURLToPath(new URL('./corpus-worker.js', import.meta.url))
  return existsSync(file) ? file : undefined
}

/**
 * The young generation of each worker's heap, from one budget shared by all workers. A larger
 * one is scavenged less often: on 60 MB of bench records, 16 MB a worker cleaned 5–10% faster
 * than 8 MB with one or two workers (32 MB: 16% faster with two), each MB costing about as much
 * peak memory. V8's default (about 32 MB a worker here) made two workers peak over 300 MB. So
 * the budget is split: one or two workers get 16 MB each, three 10, four 8, and more workers
 * less (never under 4 MB: at 4 MB cleaning took about 12% more CPU than at 8), so that many
 * workers do not multiply the peak.
 */
const YOUNG_GENERATION_BUDGET_MB = 32
const YOUNG_GENERATION_MB = { min: 4, max: 16 }

export function youngGenerationMb(workers: number): number {
  const share = Math.floor(YOUNG_GENERATION_BUDGET_MB / Math.max(1, workers))
  return Math.min(YOUNG_GENERATION_MB.max, Math.max(YOUNG_GENERATION_MB.min, share))
}

/** --worker-memory's default, in MB. */
export const DEFAULT_WORKER_MEMORY_MB = 1024

/**
 * How long past the time budget the watchdog waits before it ends a worker. The cleaner checks
 * the budget itself, between blocks and after each rule's document pass, and fails the record
 * with a `timeout` error without losing the worker; the watchdog is for a rule that never
 * returns, and must not beat that check to a record that is merely slow.
 */
export function watchdogLimitMs(budgetMs: number): number {
  return budgetMs + Math.min(budgetMs, 1000)
}

interface Job {
  task: ChunkTask
  resolve: (r: ChunkResult) => void
  reject: (e: Error) => void
}

interface Slot {
  worker: Worker
  progress: Int32Array
  job?: Job
  /** Watchdog state: the record counter last seen, and when it last moved. */
  ticks: number
  since: number
}

/**
 * A fixed set of worker threads. Each chunk goes to one idle worker; results come back as promises
 * (the caller keeps them in input order). A worker that spends longer than `budgetMs` (and the
 * watchdog's grace, watchdogLimitMs) on one record, or dies, is replaced, and its chunk runs again with that record marked as failed — so a
 * pathological record costs one budget and one chunk, never the run.
 */
export class WorkerPool {
  private readonly slots: Slot[] = []
  private readonly size: number
  private readonly queue: Job[] = []
  private readonly watchdog: NodeJS.Timeout
  private fatal: Error | undefined
  private closed = false
  private readonly youngMb: number
  /** When the watchdog ends a worker that is still on one record (watchdogLimitMs). */
  private readonly limitMs: number

  constructor(
    private readonly file: string,
    size: number,
    private readonly args: CliArgs,
    private readonly cwd: string,
    private readonly settings: RecordSettings,
    private readonly budgetMs: number,
  ) {
    this.youngMb = youngGenerationMb(size)
    this.limitMs = watchdogLimitMs(budgetMs)
    // Workers start as chunks come, up to `size`: each costs a V8 heap of its own (40-50 MB) and a
    // warm-up, and a small input never needs them all (32 workers for 5 records took 710 MB).
    this.size = Math.max(1, size)
    this.watchdog = setInterval(() => this.check(), Math.max(20, Math.min(1000, budgetMs / 4)))
    this.watchdog.unref()
  }

  private spawn(): Slot {
    const progress = new SharedArrayBuffer(8)
    const data: WorkerData = { args: this.args, cwd: this.cwd, settings: this.settings, progress }
    const worker = new Worker(this.file, {
      workerData: data,
      resourceLimits: {
        maxYoungGenerationSizeMb: this.youngMb,
        // --worker-memory (1024 by default). V8 lets a heap grow further between collections the
        // higher its cap, and the default cap follows the machine's memory (gigabytes): each
        // worker then held about 80 MB, mostly garbage; with 1 GB it holds about 45 MB. It is
        // also a bound per record: cleaning that needs more ends the worker with "reaching memory
        // limit", and the record is reported like any record that crashes a worker.
        maxOldGenerationSizeMb: this.args.workerMemoryMb ?? DEFAULT_WORKER_MEMORY_MB,
      },
    })
    const slot: Slot = { worker, progress: new Int32Array(progress), ticks: 0, since: Date.now() }
    Atomics.store(slot.progress, 0, -1)
    worker.on('message', (msg: ChunkResult | { startupError: string }) => {
      if ('startupError' in msg) return this.fail(new CorpusError('worker', `a worker could not load the options: ${msg.startupError}`))
      const job = slot.job
      slot.job = undefined
      job?.resolve(msg)
      this.next(slot)
    })
    worker.on('error', (error) => this.lost(slot, `crashed the worker (${error.message})`))
    worker.on('exit', (code) => {
      if (!this.closed && slot.job) this.lost(slot, `crashed the worker (exit code ${code})`)
    })
    return slot
  }

  private fail(error: Error): void {
    this.fatal ??= error
    for (const s of this.slots) {
      s.job?.reject(error)
      s.job = undefined
    }
    for (const j of this.queue.splice(0)) j.reject(error)
  }

  /** Replaces a worker that hung or died, and runs its chunk again without the record at fault. */
  private lost(slot: Slot, reason: string): void {
    const job = slot.job
    if (!job || this.closed) return
    slot.job = undefined
    const line = Atomics.load(slot.progress, 0)
    void slot.worker.terminate()
    const at = this.slots.indexOf(slot)
    if (line < 0 || job.task.skip[line] !== undefined) {
      // Not inside a record: nothing to blame, and retrying would loop.
      job.reject(new CorpusError('worker', `a worker stopped outside any record: ${reason}`))
      this.fail(new CorpusError('worker', `a worker stopped outside any record: ${reason}`))
      return
    }
    job.task.skip[line] = reason
    const fresh = this.spawn()
    this.slots[at] = fresh
    this.queue.unshift(job)
    this.next(fresh)
  }

  private check(): void {
    const now = Date.now()
    for (const slot of this.slots) {
      if (!slot.job) continue
      const ticks = Atomics.load(slot.progress, 1)
      if (ticks !== slot.ticks) {
        slot.ticks = ticks
        slot.since = now
      } else if (Atomics.load(slot.progress, 0) === -2 && now - slot.since > Math.max(this.limitMs, WARM_UP_LIMIT_MS)) {
        const error = new CorpusError('worker', `a worker hung for ${Math.max(this.limitMs, WARM_UP_LIMIT_MS)} ms cleaning a sample text before any record: check the rules`)
        slot.job?.reject(error)
        slot.job = undefined
        this.fail(error)
      } else if (Atomics.load(slot.progress, 0) >= 0 && now - slot.since > this.limitMs) {
        this.lost(slot, `took longer than the per-record time budget of ${this.budgetMs} ms (stopped after ${this.limitMs} ms)`)
      }
    }
  }

  private next(slot: Slot): void {
    const job = this.queue.shift()
    if (!job) return
    slot.job = job
    slot.ticks = Atomics.load(slot.progress, 1)
    slot.since = Date.now()
    // The chunk's bytes are transferred: after a restart the retry needs them, so keep a copy only
    // of what a retry can need — the task owns a fresh copy, the worker gets the original.
    const bytes = job.task.bytes
    const copy = new Uint8Array(bytes)
    job.task = { ...job.task, bytes: copy }
    slot.worker.postMessage({ ...job.task, bytes }, [bytes.buffer as ArrayBuffer])
  }

  run(task: ChunkTask): Promise<ChunkResult> {
    if (this.fatal) return Promise.reject(this.fatal)
    return new Promise((resolve, reject) => {
      this.queue.push({ task, resolve, reject })
      let idle = this.slots.find((s) => !s.job)
      if (!idle && this.slots.length < this.size) this.slots.push((idle = this.spawn()))
      if (idle) this.next(idle)
    })
  }

  /** How many workers have been started (replacements of lost ones included in place). */
  get started(): number {
    return this.slots.length
  }

  async close(): Promise<void> {
    this.closed = true
    clearInterval(this.watchdog)
    await Promise.all(this.slots.map((s) => s.worker.terminate()))
  }
}
