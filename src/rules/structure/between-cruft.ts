import { defineRule } from '../../helpers/define.js'

/**
 * A short line takes the verdict of its confident neighbours: "Thank you" between a donation
 * appeal and a comment form, a lone "|" between share buttons. It joins the cruft only when the
 * nearest block on each side was removed (or it is the last block and the one before was), it is
 * short, and it does not read like prose. Between two article paragraphs the same line stays.
 * The removal carries the category of the block before it.
 */
export const betweenCruft = defineRule({
  meta: {
    id: 'structure/between-cruft',
    category: 'structure',
    description: 'Remove a short line whose neighbours on both sides were removed ("Thank you" between a donation appeal and a comment form).',
    recommended: true,
    phase: 'structure',
    defaultOptions: { maxWords: 6 },
  },
  create(context) {
    const { blocks } = context
    return {
      document() {
        for (let i = 1; i < blocks.length; i++) {
          const block = blocks[i]!
          if (context.verdict(i) || block.words > context.options.maxWords || context.isProse(block)) continue
          const before = context.verdict(i - 1)
          if (!before) continue
          // Look past a run of short unjudged lines to the next judged or substantial block.
          let j = i + 1
          while (j < blocks.length && !context.verdict(j) && blocks[j]!.words <= context.options.maxWords && !context.isProse(blocks[j]!)) j++
          const after = j < blocks.length ? context.verdict(j) : before
          if (!after) continue
          const confidence = Math.min(0.65, before.confidence, after.confidence)
          context.report({
            block,
            through: j - 1,
            confidence,
            category: before.category,
            reason: `A short line between removed blocks (${before.ruleId} before it${j < blocks.length ? `, ${after.ruleId} after it` : ', end of text after it'}).`,
          })
          i = j - 1
        }
      },
    }
  },
})
