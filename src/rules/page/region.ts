import type { Block } from '../../types.js'
import type { BlockClass } from './classify.js'

/**
 * The article region: the stretch of blocks where good text outweighs the rest the most. Every
 * good block counts its words for the stretch, a near-good block that context judged bad counts
 * `nearWeight` of its words for it, every other block counts its words against it (times
 * `badWeight`, and at least `minCost`, so a run of one-word menu lines costs too). The region is
 * the stretch with the largest sum (a maximum-sum subarray, as in Finn's body text extraction;
 * jusText's max-run and trafilatura's densest region are the same idea). An ad label or a caption
 * between two halves of the article costs less than the halves weigh, so the region spans it; a
 * long menu between the article and the footer does not get bridged.
 */
export const REGION = {
  nearWeight: 0.25,
  badWeight: 1,
  minCost: 3,
} as const

export interface Region {
  readonly start: number
  /** Inclusive. */
  readonly end: number
  readonly score: number
}

export function blockGain(block: Block, initial: BlockClass, final: 'good' | 'bad'): number {
  if (initial === 'good') return block.words
  if (initial === 'nearGood') return (final === 'good' ? 1 : REGION.nearWeight) * block.words
  // A short line that context counted with the good text around it neither makes nor breaks the region.
  if (initial === 'short' && final === 'good') return 0
  return -REGION.badWeight * Math.max(REGION.minCost, block.words)
}

/**
 * The stretch of `gains` with the largest positive sum that ends on a gain; undefined when none is
 * positive. A stretch that has summed to exactly zero is carried on, not restarted: when the text
 * above a run of prose weighs as much as the cruft between them, nothing tells them apart, and
 * keeping both loses no article (its start may then be a short line that context counted as good).
 */
export function articleRegion(gains: readonly number[]): Region | undefined {
  let best: Region | undefined
  let start = 0
  let sum = 0
  for (let i = 0; i < gains.length; i++) {
    const g = gains[i]!
    if (sum < 0) {
      start = i
      sum = 0
    }
    sum += g
    if (g > 0 && sum > 0 && (!best || sum > best.score)) best = { start, end: i, score: sum }
  }
  return best
}
