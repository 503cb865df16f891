import { DecruftError } from '../errors.js'

/**
 * A per-document time budget that the engine checks between blocks and between rules. Checking
 * must cost next to nothing on the hot path, so the clock is not read at every check: the gap
 * between reads starts at one check and doubles while checks are cheap, up to `stride`, and
 * falls back to one as soon as a gap's checks cost a sixteenth of the budget. With a fixed gap of
 * 32, a rule that took 10 ms a block ran 510-667 ms under a 50 ms budget; now the overrun is
 * about one block's work, which is why per-block work must itself be bounded (linear-time
 * patterns, `maxWords` guards).
 *
 * The clock is injectable so tests count work instead of measuring wall time.
 */
export interface DeadlineOptions {
  /** Reads a monotonic clock in milliseconds. Default `performance.now`. */
  readonly now?: () => number
  /** The longest gap, in checks, between two reads of the clock (default 32). */
  readonly stride?: number
}

export class Deadline {
  readonly budgetMs: number
  readonly #now: () => number
  readonly #stride: number
  readonly #start: number
  #checks = 0
  /** The check count at which the clock is read next, and the count and time of the last read. */
  #nextRead = 1
  #gap = 1
  #lastChecks = 0
  #lastRead: number

  constructor(budgetMs: number, options: DeadlineOptions = {}) {
    if (!(budgetMs > 0)) throw new DecruftError('invalid_option', `A time budget must be a positive number of milliseconds; got ${JSON.stringify(budgetMs)}.`, { limit: budgetMs })
    this.budgetMs = budgetMs
    this.#now = options.now ?? (() => performance.now())
    this.#stride = Math.max(1, Math.floor(options.stride ?? 32))
    this.#start = this.#now()
    this.#lastRead = this.#start
  }

  /** How many times `check` was called: the amount of work the budget saw. */
  get checks(): number {
    return this.#checks
  }

  /** Milliseconds since the deadline was created. */
  elapsed(): number {
    return this.#now() - this.#start
  }

  /**
   * Throws a `timeout` DecruftError naming the limit and where the engine was when the budget
   * ran out. `stage` is a short label such as `block rules, block 1200`.
   */
  check(stage: string): void {
    if (++this.#checks < this.#nextRead) return
    const now = this.#now()
    const perCheck = (now - this.#lastRead) / (this.#checks - this.#lastChecks)
    this.#gap = perCheck * this.#stride > this.budgetMs / 16 ? 1 : Math.min(this.#stride, this.#gap * 2)
    this.#nextRead = this.#checks + this.#gap
    this.#lastChecks = this.#checks
    this.#lastRead = now
    this.#expire(now, stage)
  }

  /** Like `check`, but always reads the clock: for the end of a phase. */
  assert(stage: string): void {
    this.#expire(this.#now(), stage)
  }

  #expire(now: number, stage: string): void {
    const elapsed = now - this.#start
    if (elapsed > this.budgetMs) {
      throw new DecruftError('timeout', `The document took longer than limits.timeBudgetMs (${this.budgetMs} ms); stopped during ${stage} after ${Math.round(elapsed)} ms.`, {
        limit: this.budgetMs,
        stage,
        elapsedMs: Math.round(elapsed),
      })
    }
  }
}

/** A deadline that never expires, for callers that set no budget: checks cost one increment. */
export const NO_DEADLINE: Pick<Deadline, 'check' | 'assert'> = Object.freeze({
  check() {},
  assert() {},
})
