import { defineRule } from '../../helpers/define.js'
import type { Block } from '../../types.js'

/**
 * A short line takes the verdict of its confident neighbours: "Thank you" between a donation
 * appeal and a comment form, a lone "|" between share buttons. It joins the cruft only when the
 * nearest block on each side was removed (or it ends the text after a removed block, alone or in a
 * run of short lines that do not mostly end like sentences), it is short, and it does not read like
 * prose. Between two article paragraphs the same line stays.
 * The removal carries the category of the block before it.
 */
/**
 * Three words or more ending in one full stop: "The mayor resigned.", not "Thanks!", "Loading
 * Facebook Like Box..." or "What do the experts say?".
 */
function readsAsStatement(block: Block): boolean {
  const text = block.text.trimEnd()
  return block.words >= 3 && text.endsWith('.') && !text.endsWith('..')
}

function sentenceShare(run: readonly Block[]): number {
  return run.filter((b) => b.endsLikeSentence).length / run.length
}

export const betweenCruft = defineRule({
  meta: {
    id: 'structure/between-cruft',
    category: 'structure',
    description: 'Remove a short line whose neighbours on both sides were removed ("Thank you" between a donation appeal and a comment form), or that ends the text after a removed block.',
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
          // At the end of the text no removal after the run vouches for it: several lines that
          // mostly end like sentences may be the article's last one-line paragraphs ("He was
          // 82." "The funeral is on Friday."), where a menu or a list of links has a sentence end
          // now and then at most. A single line there goes ("Thanks!", "Vielen Dank") unless it
          // reads as a statement of the article ("The mayor resigned.").
          if (j === blocks.length && (j - i > 1 ? sentenceShare(blocks.slice(i, j)) > 0.5 : readsAsStatement(block))) continue
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
