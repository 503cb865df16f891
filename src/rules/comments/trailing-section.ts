import { defineRule } from '../../helpers/define.js'

/**
 * Once a comment section starts at the end of the article ("Leave a Reply", "3 Comments"),
 * what follows it is form fields, names, dates and comments. This rule cuts from the header to
 * the end, with guards so that it never eats the article:
 * - the header comes after at least `minArticleShare` of the document's prose words;
 * - no more than `maxProseWordsAfter` words of prose follow it that no other rule removed.
 * When a guard fails, only what other rules removed goes.
 */
export const trailingSection = defineRule({
  meta: {
    id: 'comments/trailing-section',
    category: 'comments',
    description: 'Remove everything after a comment-section header at the end of the text, when no article prose follows.',
    recommended: true,
    phase: 'structure',
    defaultOptions: { minArticleShare: 0.6, maxProseWordsAfter: 30 },
  },
  create(context) {
    const { blocks, stats } = context
    const { minArticleShare, maxProseWordsAfter } = context.options
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
          if (v.category !== 'comments' || v.ruleId === 'comments/trailing-section' || block.words > 8) continue
          if (proseBefore < minArticleShare * stats.proseWords || proseBefore === 0) continue
          let proseAfter = 0
          let lastUnjudged = -1
          for (let j = i + 1; j < blocks.length; j++) {
            if (context.verdict(j)) continue
            lastUnjudged = j
            if (context.isProse(blocks[j]!)) proseAfter += blocks[j]!.words
          }
          if (lastUnjudged < 0 || proseAfter > maxProseWordsAfter) return
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
