import { describe, expect, it } from 'vitest'
import { youngGenerationMb } from '../../src/cli/corpus/pool.js'

/**
 * The workers share one young-generation budget: a few workers get a large one (fewer
 * scavenges, faster cleaning), many workers a smaller one each, so that the peak does not grow
 * with the worker count by more than their heaps' fixed part.
 */
describe('youngGenerationMb', () => {
  it.each([
    [1, 16],
    [2, 16],
    [3, 10],
    [4, 8],
    [5, 6],
    [8, 4],
    [64, 4],
  ])('%i worker(s) get %i MB each', (workers, mb) => {
    expect(youngGenerationMb(workers)).toBe(mb)
  })

  it('keeps two to eight workers within the 32 MB budget together (beyond eight the 4 MB floor wins)', () => {
    for (let workers = 2; workers <= 8; workers++) expect(workers * youngGenerationMb(workers)).toBeLessThanOrEqual(32)
  })

  it('treats a pool of zero as one worker rather than dividing by zero', () => {
    expect(youngGenerationMb(0)).toBe(16)
  })
})
