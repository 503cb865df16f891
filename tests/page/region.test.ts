import { describe, expect, it } from 'vitest'
import { articleRegion } from '../../src/rules/page/region.js'

describe('articleRegion', () => {
  it('is the stretch with the largest sum, ending on a gain', () => {
    expect(articleRegion([-3, -3, 40, 30, -3, -50, 10])).toEqual({ start: 2, end: 3, score: 70 })
  })

  it('carries on a stretch that has summed to exactly zero: prose above cruft that weighs as much is kept with the prose below', () => {
    // 62 words of prose, cruft that weighs 62 under it, then 70 words of prose: nothing tells which is the article.
    expect(articleRegion([24, 38, -13, -12, -37, 70])).toEqual({ start: 0, end: 5, score: 70 })
  })

  it('restarts after a stretch that weighs less than the cruft after it (near miss)', () => {
    expect(articleRegion([24, 38, -13, -12, -38, 70])).toEqual({ start: 5, end: 5, score: 70 })
  })

  it('is undefined when nothing weighs for it', () => {
    expect(articleRegion([-3, 0, -5])).toBeUndefined()
  })
})
