import { defineRule } from '../../helpers/define.js'

/**
 * A "most read" / "most shared" / "most watched" box that lost its frame: a run of at least
 * `minRun` lines numbered 1, 2, 3 … in order, each "k: Headline" (a number, a colon, then a
 * headline that starts with a capital or a quote, `minWords` to `maxWords` words, no final
 * punctuation: "3: Romney visit irks Polish unions", "2: Games hit central London tourism Watch").
 * Guards: at least `minProseWords` of article prose come before the run and no article prose that
 * no other rule removed comes after its first line, so a numbered list inside the article stays.
 * A header of one to three words right before the run ("Read", "Shared", "Video/Audio") goes with it.
 */
const ITEM = /^(\d{1,2}):\s+["'‘“\p{Lu}\p{N}]/u

export const rankedList = defineRule({
  meta: {
    id: 'related/ranked-list',
    category: 'related',
    description: 'Remove a numbered "most read" list ("1: Headline", "2: Headline" …) after the article, with its one-word header.',
    recommended: true,
    phase: 'structure',
    defaultOptions: { minRun: 3, minWords: 3, maxWords: 14, minProseWords: 80, maxHeaderWords: 3 },
  },
  create(context) {
    const { blocks } = context
    const { minRun, minWords, maxWords, minProseWords, maxHeaderWords } = context.options
    /** The rank of a block that is a "k: Headline" item, or 0. */
    const rank = (i: number): number => {
      const b = blocks[i]
      if (!b || b.lines > 1 || b.words < minWords || b.words > maxWords || b.endsLikeSentence) return 0
      const text = b.text.trim()
      const c = text.charCodeAt(0)
      if (c < 48 || c > 57) return 0
      const m = ITEM.exec(text)
      return m ? Number(m[1]) : 0
    }
    return {
      document() {
        let proseBefore = 0
        for (let i = 0; i < blocks.length; i++) {
          const removed = context.verdict(i)?.action === 'remove'
          if (rank(i) !== 1) {
            if (!removed && context.isProse(blocks[i]!)) proseBefore += blocks[i]!.words
            continue
          }
          let end = i
          while (end + 1 < blocks.length && rank(end + 1) === end + 1 - i + 1) end++
          if (end - i + 1 < minRun || proseBefore < minProseWords) continue
          for (let j = i; j < blocks.length; j++) {
            if (context.verdict(j)?.action !== 'remove' && context.isProse(blocks[j]!)) return
          }
          const head = blocks[i - 1]
          const withHead =
            head !== undefined && head.words >= 1 && head.words <= maxHeaderWords && head.lines === 1 && !head.endsLikeSentence && context.verdict(i - 1)?.action !== 'keep'
          context.report({
            block: withHead ? head : blocks[i]!,
            through: end,
            confidence: 0.7,
            reason: `A numbered list of ${end - i + 1} headlines (1 to ${end - i + 1}) after the article: a "most read" box.`,
          })
          i = end
        }
      },
    }
  },
})
