import { createCleaner } from '../../decruft.js'
import type { Options } from '../../types.js'

/**
 * The first documents a fresh cleaner sees pay for lazy setup (compiled tables, the literal scan,
 * V8's JIT): 100-500 ms here, cold. Charged to the first record, that failed it under a --timeout
 * of a few hundred ms (with --workers 0 the first record of every GNU parallel block failed), and
 * in a worker it failed the worker's start and with it the whole run. So a sample is cleaned
 * first, by a cleaner of the same options with no time budget: the setup it pays for is shared by
 * the process (tables and JIT), and the record cleaner keeps its budget for records.
 */
const SAMPLE = 'A short paragraph that looks like prose, so the rules all run once.\n\nShare this article\n\nRead more:'

export function warmUp(options: Options): void {
  const cleaner = createCleaner({ ...options, limits: { ...options.limits, timeBudgetMs: Infinity } })
  for (let i = 0; i < 3; i++) cleaner.clean(SAMPLE)
}
