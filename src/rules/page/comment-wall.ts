import type { Block, Finding } from '../../types.js'

/**
 * Where the comment section starts on a whole page. Comments are prose, as dense in stop words as
 * the article: without a wall a long thread joins the article region. The wall is the first block
 * that a comments rule removed ("Leave a Reply", "12 Comments", "Post a comment") when
 * - it is short (a header, not a paragraph that mentions comments);
 * - at least `minArticleWords` words of good text stand above it (a comment counter under the
 *   headline has no article above it, and is no wall);
 * - its text occurs once on the page: "Reply" under every comment, or under every post of a forum
 *   thread (which is the article), is a button, not the section's header.
 */
export const COMMENT_WALL = {
  minArticleWords: 150,
  maxHeaderWords: 8,
} as const

export function commentWall(blocks: readonly Block[], good: readonly boolean[], verdict: (i: number) => Finding | undefined): number {
  // Counts of short blocks by text, built at the first candidate (most pages have none).
  let seen: Map<string, number> | undefined
  let goodWords = 0
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!
    if (good[i]) goodWords += b.words
    if (goodWords < COMMENT_WALL.minArticleWords || b.words > COMMENT_WALL.maxHeaderWords || verdict(i)?.category !== 'comments') continue
    if (!seen) {
      seen = new Map()
      for (const other of blocks) if (other.words <= COMMENT_WALL.maxHeaderWords) seen.set(other.key, (seen.get(other.key) ?? 0) + 1)
    }
    if (seen.get(b.key) === 1) return i
  }
  return -1
}
