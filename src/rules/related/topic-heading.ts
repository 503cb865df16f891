import { LIKELY, STRONG } from '../../core/confidence.js'
import { defineRule } from '../../helpers/define.js'
import { literalGate } from '../../helpers/literal-gate.js'

/**
 * A short heading that announces more articles on a topic: "Mehr zu Klima und Konsum",
 * "More on Brexit", "Más sobre Venezuela", "Meer over klimaat", "Więcej o wyborach",
 * "Mais sobre futebol", "Altro su Roma", "Plus sur l'Europe". Such a heading is cruft only when
 * nothing of the article follows it: below the last article paragraph, or directly above a run of
 * link titles. The titles under it go too, up to the first line that is not a title.
 * "Mehr zu tun gibt es im Herbst." ends like a sentence and stays.
 */
const STEM = /^(?:mehr (?:zu|zum|zur|über|aus|von)|weitere (?:artikel|beiträge|nachrichten|informationen) (?:zu|zum|zur|über)|more (?:on|about|from)|further reading on|más (?:sobre|de)|más noticias (?:de|sobre)|plus (?:sur|de)|à lire sur|altro su|altre notizie su|meer over|meer nieuws over|więcej o|więcej z|mais sobre|mais notícias (?:de|sobre))\s+\S/u
const mayBeHeading = literalGate(STEM)

export const topicHeading = defineRule({
  meta: {
    id: 'related/topic-heading',
    category: 'related',
    description: 'Remove "Mehr zu …" / "More on …" topic headings below the article or above a run of link titles, with the titles under them.',
    recommended: true,
    languages: ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt'],
    defaultOptions: { maxWords: 8, maxItems: 8 },
  },
  patterns: [STEM],
  create(context) {
    const { blocks, stats } = context
    const { maxWords, maxItems } = context.options
    return {
      block(block) {
        if (block.words < 3 || block.words > maxWords || block.endsLikeSentence || block.lines > 1) return
        if (!mayBeHeading(block) || !STEM.test(block.norm)) return
        let last = block.index
        for (let i = block.index + 1; i < blocks.length && i - block.index <= maxItems; i++) {
          const next = blocks[i]!
          if (!(next.titleLike || next.linkShare > 0.5) || context.isProse(next)) break
          last = i
        }
        const below = block.index > stats.lastProse
        if (!below && last === block.index) return
        // Above a list in the middle of the text, the list must end where prose starts again or at the end.
        context.report({ block, confidence: below ? STRONG : LIKELY, reason: `A heading for more articles on a topic ("${block.text.slice(0, 50)}").` })
        if (last > block.index) {
          context.report({ block: blocks[block.index + 1]!, through: last, confidence: below ? STRONG : LIKELY, reason: `A link title under the topic heading "${block.text.slice(0, 40)}".` })
        }
      },
    }
  },
})
