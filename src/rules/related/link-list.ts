import { CERTAIN, LIKELY, STRONG } from '../../core/confidence.js'
import type { Block } from '../../types.js'
import { BYLINE_OR_DATE } from '../../helpers/byline-or-date.js'
import { defineRule } from '../../helpers/define.js'
import { literalGate } from '../../helpers/literal-gate.js'
import { describeHit } from '../../helpers/phrase-rule.js'
import { matcherCache } from '../../helpers/phrases.js'
import de from './phrases.de.js'
import en from './phrases.en.js'
import es from './phrases.es.js'
import fr from './phrases.fr.js'
import it from './phrases.it.js'
import nl from './phrases.nl.js'
import pl from './phrases.pl.js'
import pt from './phrases.pt.js'

/**
 * A teaser for another article: a summary that ends in its "Read more" link ("… not a lot of
 * money... Read More", "… midnight launch event Read more...", "… Weiterlesen »"). The link words
 * must follow a sentence end or truncation, or be followed by an ellipsis or an arrow, so that a
 * sentence ending in the words ("… and so they read more.") stays.
 */
const MORE = '(?:read more|read the full (?:story|article)|continue reading|weiterlesen|mehr lesen|lire la suite|leer más|seguir leyendo|continua a leggere|leggi tutto|lees verder|leia mais|czytaj dalej)'
const TEASER_END = new RegExp(`(?:(?:[.!?…]|\\.\\.\\.)\\s*${MORE}\\s*(?:\\.\\.\\.|…|»|›|>>|→)?|\\s${MORE}\\s*(?:\\.\\.\\.|…|»|›|>>|→)|(?:\\.\\.\\.|…)\\s*more)$`, 'u')
/** Only blocks that hold one of the link words are normalised and tested (most one-line paragraphs hold none). */
const mayTease = literalGate(TEASER_END)

/** A caption in capitals: letters (at least three), spaces and dashes, no lower case. */
const CAPS_CAPTION = /^(?=(?:.*\p{Lu}){3})[\p{Lu}\p{N} &'’-]+$/u

/** Ends cut off by the widget: "… which now supports smartphones p...", "… [&hellip;]", "… […]". */
const CUT_OFF = /(?:\.\.\.|…|\[(?:…|\.\.\.)\])\s*$/u
const EXCERPT_MAX_WORDS = 40
/**
 * The excerpt a related-posts widget prints under a title, cut off with an ellipsis. Only read in
 * a list under a related-links header, so a quotation trailing off in the article is not at stake.
 */
function isExcerpt(b: Block | undefined): boolean {
  return b !== undefined && b.lines === 1 && b.words >= 4 && b.words <= EXCERPT_MAX_WORDS && CUT_OFF.test(b.text)
}
/** One short line: a title that is not title-shaped ("SkypeOut, SkypeIn, Skype's Up!") counts when an excerpt follows it. */
const isShortLine = (b: Block): boolean => b.lines === 1 && b.words > 0 && b.words <= 12

const tables = [en, de, fr, es, it, nl, pt, pl]
const matcherFor = matcherCache(tables)

/**
 * "Read more:" headers, the link titles listed under them, and one-line "Read more: <title>"
 * teasers. The list ends at the first block that does not look like a link title or the excerpt
 * under one (cut off with an ellipsis), or after `maxItems` items, so an article paragraph after
 * the list stays.
 */
export const relatedLinkList = defineRule({
  meta: {
    id: 'related/link-list',
    category: 'related',
    description: 'Remove "Read more" / "Related articles" headers with the link titles under them, and inline "Read more: <title>" teasers.',
    recommended: true,
    languages: ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt'],
    defaultOptions: { maxItems: 8, maxTeaserWords: 25, maxSuffixTeaserWords: 60 },
  },
  patterns: [TEASER_END, ...tables.flatMap((t) => (t.patterns ?? []).filter((p): p is RegExp => p instanceof RegExp))],
  create(context) {
    const matcher = matcherFor(context.languageHint)
    const { maxItems, maxTeaserWords, maxSuffixTeaserWords } = context.options
    const { blocks } = context
    let skipUntil = -1
    return {
      block(block) {
        if (block.index <= skipUntil || block.words === 0 || block.words > Math.max(maxTeaserWords, maxSuffixTeaserWords)) return
        const header = block.words <= matcher.maxLabelWords + 1 ? matcher.label(block) : undefined
        if (header) {
          let last = block.index
          for (let i = block.index + 1; i < blocks.length && i - block.index <= maxItems; i++) {
            const next = blocks[i]!
            const isLinkTitle = next.titleLike || next.linkShare > 0.5 || isExcerpt(next) || (isShortLine(next) && isExcerpt(blocks[i + 1]))
            if (!isLinkTitle) break
            last = i
          }
          // At the top of the page a list that runs straight into the first article paragraph ends
          // in the article's own byline and dateline ("Jane Doe, News Service; City Paper",
          // "Published: Thursday, January 17, 2008"): those lines stay.
          if (last + 1 === context.stats.firstProse) {
            while (last > block.index && BYLINE_OR_DATE.test(blocks[last]!.text)) last--
          }
          skipUntil = Math.max(skipUntil, last)
          // A one- or two-word caption in capitals right above the header ("RECOMMENDS", "PARTNER
          // CONTENT") is the box's own label.
          const above = blocks[block.index - 1]
          const withCaption = above !== undefined && above.words >= 1 && above.words <= 2 && above.lines === 1 && CAPS_CAPTION.test(above.text.trim())
          context.report({ block: withCaption ? above : block, through: block.index, confidence: CERTAIN, reason: describeHit('a related-links header', header) })
          if (last > block.index) {
            context.report({
              block: blocks[block.index + 1]!,
              through: last,
              confidence: STRONG,
              reason: `A link title in the list under the related-links header "${block.text.slice(0, 40)}".`,
            })
          }
          return
        }
        // "… not a lot of money... Read More": a teaser that ends in its link.
        if (block.words >= 4 && block.words <= maxSuffixTeaserWords && block.lines === 1 && mayTease(block) && TEASER_END.test(block.norm)) {
          context.report({ block, confidence: LIKELY, reason: `A teaser for another article that ends in its "read more" link ("${block.text.slice(-40)}").` })
          return
        }
        if (block.words > maxTeaserWords) return
        // "Read more: Six of the worst scandals…" on one line: a teaser for another article.
        const teaser = matcher.prefix(block)
        if (teaser && !block.endsLikeSentence) {
          context.report({ block, confidence: STRONG, reason: describeHit('a teaser link to another article', teaser) })
        }
      },
    }
  },
})
