import { defineRule } from '../../helpers/define.js'

/**
 * A run of headline-shaped lines after the last article paragraph: the titles of a "most read"
 * or "more stories" box that lost its header ("Romney wraps up tour on sour note", "3: Half of
 * India left without power"). Cut only when every guard holds:
 * - the document has at least `minProseWords` words of article prose before the run;
 * - at least `minRun` lines that no other rule judged follow the last article paragraph, and every
 *   one of them is title-like (short, capitalised, no final punctuation) or mostly a link;
 * - every one of them has `minWords` to `maxWords` words (a one-word line is a header or a name
 *   the rule does not know: a summary box, a fact sheet, a byline) and none is a "Label: value" line
 *   (fact sheets, match reports, broadcast listings are article data);
 * - the run is at most `maxRun` lines (a long list is more likely the article's own table);
 * - nothing sentence-shaped and unjudged follows.
 * A sentence, a long block, a short line or a "Label: value" line anywhere after the last paragraph keeps all of it.
 */
/** "Farbe: grün", "Argentina: ESPN y Star+": a word before a colon and text after it. "3: Title" (a rank) is not one. */
const LABEL_VALUE = /\p{L}\s*:\s*\S/u

export const trailingTitles = defineRule({
  meta: {
    id: 'related/trailing-titles',
    category: 'related',
    description: 'Remove a run of headline-shaped link titles after the last article paragraph, when nothing sentence-shaped follows.',
    recommended: true,
    phase: 'structure',
    defaultOptions: { minRun: 3, maxRun: 12, minWords: 3, maxWords: 15, minProseWords: 80 },
  },
  create(context) {
    const { blocks } = context
    const { minRun, maxRun, minWords, maxWords, minProseWords } = context.options
    return {
      document() {
        let last = -1
        let proseWords = 0
        for (let i = 0; i < blocks.length; i++) {
          if (context.verdict(i)?.action === 'remove') continue
          if (context.isProse(blocks[i]!)) {
            last = i
            proseWords += blocks[i]!.words
          }
        }
        if (last < 0 || proseWords < minProseWords) return
        const run: number[] = []
        for (let i = last + 1; i < blocks.length; i++) {
          const v = context.verdict(i)
          if (v?.action === 'remove') continue
          const block = blocks[i]!
          if (v?.action === 'keep') return
          if (block.words === 0) continue
          if (!(block.titleLike || block.linkShare > 0.5) || block.endsLikeSentence) return
          if (block.words < minWords || block.words > maxWords || LABEL_VALUE.test(block.text)) return
          run.push(i)
        }
        if (run.length < minRun || run.length > maxRun) return
        for (const i of run) {
          context.report({
            block: blocks[i]!,
            confidence: 0.65,
            reason: `One of ${run.length} headline-shaped lines after the last article paragraph, with nothing sentence-shaped after them.`,
          })
        }
      },
    }
  },
})
