import type { Block } from '../types.js'

/** Where each block stands relative to the article's prose. */
export interface ProseAround {
  /** Words of prose blocks before each block. */
  readonly wordsBefore: readonly number[]
  /** Prose blocks after each block. */
  readonly blocksAfter: readonly number[]
}

/**
 * Prose words before and prose blocks after every block, in two linear passes: the guards of
 * rules that act at the end of an article ("enough article before it, nothing of it after").
 */
export function proseAround(blocks: readonly Block[], isProse: (block: Block) => boolean): ProseAround {
  const wordsBefore: number[] = new Array<number>(blocks.length)
  let words = 0
  for (let i = 0; i < blocks.length; i++) {
    wordsBefore[i] = words
    if (isProse(blocks[i]!)) words += blocks[i]!.words
  }
  const blocksAfter: number[] = new Array<number>(blocks.length)
  let count = 0
  for (let i = blocks.length - 1; i >= 0; i--) {
    blocksAfter[i] = count
    if (isProse(blocks[i]!)) count++
  }
  return { wordsBefore, blocksAfter }
}
