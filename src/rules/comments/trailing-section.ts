import { defineRule } from '../../helpers/define.js'

/**
 * Once a comment section starts at the end of the article ("Leave a Reply", "3 Comments"),
 * what follows it is form fields, names, dates and comments. This rule cuts from the header to
 * the end, with guards so that it never eats the article:
 * - the header comes after at least `minArticleShare` of the document's prose words;
 * - no more than `maxProseWordsAfter` words of prose follow it that no other rule removed.
 * A long thread of real comments is prose too, so a second test accepts it when it is signed:
 * at least `minArticleWords` of prose come before the header, and after it at least `minSigned`
 * signature lines (one to `maxNameWords` words of letters, digits and name marks, no final punctuation, no colon,
 * followed by a sentence or a block of more than twice that many words), one for every `maxBlocksPerName` unjudged blocks or fewer.
 * The first of several dated signature lines (`comments/signatures`) is a header too, and the
 * signatures themselves show that what follows is a thread.
 * When a guard fails, only what other rules removed goes.
 */
/** A commenter's name line: "Stephen B", "Frank @ Toronto", "J-F (Ottawa)", "puddin and pie", "31 Delta". */
const NAME = /^[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.\- @()&]*$/u
export const trailingSection = defineRule({
  meta: {
    id: 'comments/trailing-section',
    category: 'comments',
    description: 'Remove everything after a comment-section header at the end of the text, when no article prose follows.',
    recommended: true,
    phase: 'structure',
    defaultOptions: { minArticleShare: 0.6, maxProseWordsAfter: 30, minArticleWords: 150, minSigned: 5, maxNameWords: 4, maxBlocksPerName: 4 },
  },
  create(context) {
    const { blocks, stats } = context
    const { minArticleShare, maxProseWordsAfter, minArticleWords, minSigned, maxNameWords, maxBlocksPerName } = context.options
    /** A commenter's name line over a sentence or a longer block (a signature of the thread). */
    const isSignature = (j: number): boolean => {
      const b = blocks[j]!
      const next = blocks[j + 1]
      return (
        b.words >= 1 && b.words <= maxNameWords && b.lines === 1 && !b.endsLikeSentence && NAME.test(b.text.trim()) &&
        next !== undefined && next.words >= 3 && (next.endsLikeSentence || next.words > maxNameWords * 2)
      )
    }
    /**
     * Over the unjudged blocks from each index to the end: their prose words, their number, and
     * their signature lines. Counted once, from the end, so that each header costs the same
     * whatever follows it: scanning to the end for every header made a page of a few thousand
     * "Leave a Reply" lines take seconds.
     */
    let after: { prose: Float64Array; unjudged: Int32Array; names: Int32Array } | undefined
    const countAfter = () => {
      const n = blocks.length
      const prose = new Float64Array(n + 1)
      const unjudged = new Int32Array(n + 1)
      const names = new Int32Array(n + 1)
      for (let j = n - 1; j >= 0; j--) {
        const open = !context.verdict(j)
        prose[j] = prose[j + 1]! + (open && context.isProse(blocks[j]!) ? blocks[j]!.words : 0)
        unjudged[j] = unjudged[j + 1]! + (open ? 1 : 0)
        names[j] = names[j + 1]! + (open && isSignature(j) ? 1 : 0)
      }
      return { prose, unjudged, names }
    }
    return {
      document() {
        let proseBefore = 0
        for (let i = 0; i < blocks.length; i++) {
          const block = blocks[i]!
          const v = context.verdict(i)
          if (!v) {
            if (context.isProse(block)) proseBefore += block.words
            continue
          }
          // A header is a short comments label, or the first signature line of a thread ("Posted by: … at …").
          const signature = v.ruleId === 'comments/signatures'
          if (v.category !== 'comments' || v.ruleId === 'comments/trailing-section' || (block.words > 8 && !signature)) continue
          const shareOk = proseBefore >= minArticleShare * stats.proseWords && proseBefore > 0
          if (!shareOk && proseBefore < minArticleWords) continue
          after ??= countAfter()
          const proseAfter = after.prose[i + 1]!
          const unjudged = after.unjudged[i + 1]!
          if (unjudged === 0) return
          // A signed thread: enough signature lines among the unjudged blocks after the header.
          const names = after.names[i + 1]!
          const signedThread = names >= minSigned && names * maxBlocksPerName >= unjudged
          const thread = proseBefore >= minArticleWords && (signature || signedThread)
          if (!thread && (!shareOk || proseAfter > maxProseWordsAfter)) {
            if (!shareOk) continue
            return
          }
          context.report({
            block: blocks[i + 1]!,
            through: blocks.length - 1,
            confidence: 0.7,
            reason: `Follows the comment-section header "${block.text.slice(0, 40)}" at the end of the text, with no article prose after it.`,
          })
          return
        }
      },
    }
  },
})
