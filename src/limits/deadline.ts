import { DecruftError } from '../errors.js'

/**
 * A per-document time budget that the engine checks between blocks and between rules. Checking
 * must cost next to nothing on the hot path, so the clock is read only every `stride` checks;
 * a rule that runs long on one block still overruns by at most that one block's work, which is
 * why per-block work must itself be bounded (linear-time patterns, `maxWords` guards).
 *
 * The clock is injectable so tests count work instead of measuring wall time.
 */
export interface DeadlineOptions {
  /** Reads a monotonic clock in milliseconds. Default `performance.now`. */
  readonly now?: () => number
  /** Read the clock once every this many checks (default 32). */
  readonly stride?: number
}

export class Deadline {
  readonly budgetMs: number
  readonly #now: () => number
  readonly #stride: number
  readonly #start: number
  #checks = 0

  constructor(budgetMs: number, options: DeadlineOptions = {}) {
    if (!(budgetMs > 0)) throw new DecruftError('invalid_option', `A time budget must be a positive number of milliseconds; got ${JSON.stringify(budgetMs)}.`, { limit: budgetMs })
    this.budgetMs = budgetMs
    this.#now = options.now ?? (() => performance.now())
    this.#stride = Math.max(1, Math.floor(options.stride ?? 32))
    this.#start = this.#now()
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
    this.#checks++
    if (this.#checks % this.#stride !== 0) return
    this.assert(stage)
  }

  /** Like `check`, but always reads the clock: for the end of a phase. */
  assert(stage: string): void {
    const elapsed = this.#now() - this.#start
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
