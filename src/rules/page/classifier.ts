import { LIKELY, STRONG } from '../../core/confidence.js'
import { defineRule } from '../../helpers/define.js'
import { MENU_SEPARATORS, classifyBlocks, isLinkLike } from './classify.js'
import { commentWall } from './comment-wall.js'
import { articleRegion, blockGain } from './region.js'
import { pageStopwords } from './stopword-density.js'

/**
 * For the whole visible text of a page (a naive scrape, a Common Crawl WET record): menus,
 * footers, sidebars and teaser lists stand around the article. Every block is classified the
 * jusText way (length, stop-word density in the page's language, link-like shape, the context of
 * its neighbours; classify.ts), then the article region is found: the stretch where good text
 * outweighs the rest the most (region.ts), ending at the comment section's header when there is
 * one (comment-wall.ts).
 * - Inside the region every block stays unless it is link-like: short lines, headings, captions,
 *   quotes and list items of the article are exactly what a plain jusText classifier loses.
 * - The headline, byline and dateline right above the region stay (`HEAD`).
 * - Outside it, a block stays only when it is good on its own (prose that the region did not
 *   reach: better kept than lost), except below the comment section's header.
 * Prose that other rules removed (a comment form's notice, a newsletter box) makes no line above it
 * a heading and no short line beside it good (classify.ts).
 * Other rules' removals stand as they are (this rule only judges blocks they left), except a
 * dateline right above the article, which this rule keeps: on a whole page the dateline rules take
 * it for a stamp inside the text.
 *
 * On only in the `page` preset: on text an extractor already cut down to the article, every
 * block is the article and this rule could only do harm.
 */
const HEAD = {
  /** Blocks above the region that may be its headline, byline and dateline. */
  maxBlocks: 4,
  /**
   * Words in each of them: a one-word line ("Home", "Weather") is a menu item, a headline or
   * byline has more; none of them ends like a sentence.
   */
  minWords: 2,
  maxWords: 25,
} as const

/** Below the region: short sentences that close the article ("The next meeting is on 28 March."). */
const TAIL = {
  maxBlocks: 3,
} as const

export const pageClassifier = defineRule({
  meta: {
    id: 'boilerplate/page-classifier',
    category: 'boilerplate',
    description: 'Whole-page text: keep the article region (the densest run of prose blocks, by length, stop words and neighbours) and remove menus, footers and sidebars around it.',
    recommended: false,
    presets: ['page'],
    languages: ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt'],
    phase: 'structure',
  },
  patterns: [MENU_SEPARATORS],
  create(context) {
    const { blocks } = context
    return {
      document() {
        if (!blocks.length) return
        const { stopwords } = pageStopwords(blocks, context.languageHint)
        const removed = blocks.map((_, i) => context.verdict(i)?.action === 'remove')
        const { initial, final, why } = classifyBlocks(blocks, stopwords, removed)
        const good = final.map((c) => c === 'good')
        const wall = commentWall(blocks, good, (i) => context.verdict(i))
        const gains = blocks.slice(0, wall < 0 ? blocks.length : wall).map((b, i) => blockGain(b, initial[i]!, final[i]!))
        const region = articleRegion(gains)
        // No good prose anywhere: nothing tells the article from the rest, so nothing goes.
        if (!region || !good.some(Boolean)) return
        // The headline, byline and dateline: short blocks right above the article's first block of
        // prose (the region may start at the headline already, or at a short line under it). A
        // dateline that the dateline rules took (on a whole page, menus and cookie notices above
        // the article make them think it is inside the text) is the story's own and is kept.
        let body = region.start
        while (body < region.end && !(good[body] && (initial[body] === 'good' || initial[body] === 'nearGood'))) body++
        let start = body
        for (let k = 0; k < HEAD.maxBlocks && start > 0; k++) {
          const b = blocks[start - 1]!
          const v = context.verdict(start - 1)
          if ((v && v.category !== 'dateline') || b.words > HEAD.maxWords || b.words < HEAD.minWords || b.endsLikeSentence || isLinkLike(b)) break
          start--
          context.report({ block: b, action: 'keep', confidence: STRONG, reason: 'The headline, byline or dateline right above the article.' })
        }
        start = Math.min(start, region.start)
        let end = region.end
        for (let k = 0; k < TAIL.maxBlocks && end + 1 < (wall < 0 ? blocks.length : wall); k++) {
          const b = blocks[end + 1]!
          if (context.verdict(end + 1) || !b.endsLikeSentence || isLinkLike(b)) break
          end++
        }
        for (let i = 0; i < blocks.length; i++) {
          if (context.verdict(i)) continue
          const block = blocks[i]!
          if (i >= start && i <= end) {
            if (isLinkLike(block)) context.report({ block, confidence: LIKELY, reason: `Inside the article region, but ${why[i]}.` })
          } else if (wall >= 0 && i > wall) {
            context.report({ block, confidence: LIKELY, category: 'comments', reason: `In the comment section, below its header ("${blocks[wall]!.text.slice(0, 40)}").` })
          } else if (!good[i]) {
            context.report({ block, confidence: LIKELY, reason: `Outside the article region (${i < start ? 'above' : 'below'} it): ${why[i]}.` })
          }
        }
      },
    }
  },
})
