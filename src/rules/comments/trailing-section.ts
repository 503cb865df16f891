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
    /** Whether the unjudged blocks after `header` read as a signed comment thread. */
    const signedThread = (header: number): boolean => {
      let names = 0
      let unjudged = 0
      for (let j = header + 1; j < blocks.length; j++) {
        if (context.verdict(j)) continue
        const b = blocks[j]!
        unjudged++
        const next = blocks[j + 1]
        if (
          b.words >= 1 && b.words <= maxNameWords && b.lines === 1 && !b.endsLikeSentence && NAME.test(b.text.trim()) &&
          next !== undefined && next.words >= 3 && (next.endsLikeSentence || next.words > maxNameWords * 2)
        ) names++
      }
      return names >= minSigned && names * maxBlocksPerName >= unjudged
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
          let proseAfter = 0
          let lastUnjudged = -1
          for (let j = i + 1; j < blocks.length; j++) {
            if (context.verdict(j)) continue
            lastUnjudged = j
            if (context.isProse(blocks[j]!)) proseAfter += blocks[j]!.words
          }
          if (lastUnjudged < 0) return
          const thread = proseBefore >= minArticleWords && (signature || signedThread(i))
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
