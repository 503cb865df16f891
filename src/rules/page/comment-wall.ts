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
  const seen = new Map<string, number>()
  for (const b of blocks) if (b.words <= COMMENT_WALL.maxHeaderWords) seen.set(b.key, (seen.get(b.key) ?? 0) + 1)
  let goodWords = 0
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!
    if (good[i]) goodWords += b.words
    if (goodWords < COMMENT_WALL.minArticleWords || b.words > COMMENT_WALL.maxHeaderWords) continue
    if (verdict(i)?.category !== 'comments' || seen.get(b.key)! > 1) continue
    return i
  }
  return -1
}
