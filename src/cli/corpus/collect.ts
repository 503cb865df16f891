import v8 from 'node:v8'
import { runInNewContext } from 'node:vm'

/**
 * Bytes of input after which the main thread of a corpus run collects its garbage.
 *
 * Why collect by hand: with workers, the main thread only moves bytes — read buffers, chunk
 * copies kept for retries, output chunks coming back — and allocates almost nothing on its own
 * heap. Those buffers live outside the heap, and V8 only collects for them when they have grown
 * by tens of megabytes since the last collection, so dead chunks piled up: on 60 MB of bench
 * records with four workers the main thread held 74–80 MB of buffers at the peak. Collecting
 * every 8 MB of input left 30–40 MB, every 4 MB 24–30, every 2 MB 12–15 (peak RSS of the process
 * 358, 332, 308 and 306 MB). A collection of the main thread's heap (under 10 MB live) takes
 * about 7 ms: every 4 MB, that is under 2 ms a megabyte, about 1% of a core at the speed two
 * workers clean. (V8's `gc({ type: 'minor' })` costs less but freed nothing here: the buffers'
 * handles had already left the young generation.)
 */
export const COLLECT_EVERY_BYTES = 4 << 20

/**
 * V8's `gc()`, which node only exposes under `--expose-gc`. The flag is set at run time and `gc`
 * read from a new context (the current one was made before the flag). Undefined when the
 * runtime refuses: the run then relies on V8's own schedule, with the higher peak above.
 */
export function exposeGc(): (() => void) | undefined {
  try {
    v8.setFlagsFromString('--expose-gc')
    const gc: unknown = runInNewContext('gc')
    return typeof gc === 'function' ? (gc as () => void) : undefined
  } catch {
    return undefined
  }
}

/** Calls `collect` each time the bytes passed in add up to another `every`. */
export function everyBytes(every: number, collect: () => void): (bytes: number) => void {
  let since = 0
  return (bytes) => {
    since += bytes
    if (since < every) return
    since %= every
    collect()
  }
}
