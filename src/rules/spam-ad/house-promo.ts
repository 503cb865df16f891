import { LIKELY } from '../../core/confidence.js'
import type { Block } from '../../types.js'
import { defineRule } from '../../helpers/define.js'
import { literalGate } from '../../helpers/literal-gate.js'

/**
 * The publisher's own promotions, set into the page beside the article and addressed to the
 * reader. Four families, each a call to the reader that news does not make about itself:
 * - competitions: "Enter here for your chance to win tickets to see …", "Win return flights to
 *   London", "Jetzt mitmachen und gewinnen", "Tentez de gagner …";
 * - the site on the reader's phone: "Take NY1 News with you on your handheld or cellphone",
 *   "Get Channel 13 News on your cell phone!", "News on your cell phone or wireless device";
 * - the site's own front page: "Visit www.xboxer.tv for all the latest news", "Came straight to
 *   this page?";
 * - sponsored white papers: "Learn why you should make the move in this whitepaper.",
 *   "This white paper discusses …", "Today's featured White Paper is titled …", "Don't forget to
 *   check out TMCnet's White Paper Library".
 * - the publisher's paid tier: "Invest better with The Motley Fool. Get stock recommendations,
 *   portfolio guidance, and more from The Motley Fool's premium services.", "Unlock more from our
 *   premium membership": an imperative to the reader, then the publisher's premium services,
 *   membership or subscription.
 * Matched on `norm` in blocks of at most `maxWords` words. A competition or white-paper teaser takes
 * its title line with it: the short headline-shaped line right above it ("Win Tickets",
 * "7 Advantages of D2D Backup", "Premium Investing Services") when that line is not a sentence.
 */
const COMPETITION = [
  // "Enter here for your chance to win", "Enter now to win two return flights", "Click here to enter for a chance to win"
  /^(?:click here to )?enter (?:here |now |today |online |below )?(?:for (?:your|a) chance to win|to win)\b/,
  /\b(?:enter|sign up|register|subscribe|vote|click here|like us|share this|comment below)\b.{0,60}\b(?:for|to be in with) (?:your|a) chance (?:to|of) win(?:ning)?\b/,
  // "Win tickets to see Mika …", "Win Skiing Lessons with Realli-Ski", "Win two nights in Paris": a prize, then what it is for.
  /^win (?:[\p{L}\d£$€-]+ ){0,3}(?:tickets|passes|lessons|flights|holidays?|trips?|breaks?|vouchers?|hampers?|nights|dvds?|copies)(?: (?:to|for|at|in|with|from|worth)\b|$)/u,
  /^(?:jetzt )?mitmachen und gewinnen\b|^gewinnen sie (?:jetzt )?(?:tickets|karten|freikarten|\d+ ?x)\b/,
  /^(?:tentez|tente) (?:de gagner|votre chance)\b|^participez (?:et|pour) (?:gagner|tenter)\b/,
  /^participa (?:y gana|para ganar)\b|^participa e vinci\b|^maak kans op (?:kaarten|tickets|een)\b|^participe e ganhe\b|^wygraj (?:bilety|wejściówki)\b/,
]
const MOBILE = [
  // "Take NY1 News with you on your browser-equipped handheld or cellphone"
  /^(?:take|get|read|receive) (?:[\p{L}\d&'.-]+ ){0,6}(?:with you )?on your (?:[\p{L}-]+ ){0,2}(?:cell ?phone|mobile phone|mobile device|handheld|wireless device|smartphone|pda)\b/u,
  /^(?:news|alerts|headlines|breaking news|updates) (?:on|to|for) your (?:cell ?phone|mobile phone|mobile device|handheld|wireless device)\b/,
]
const FRONT_PAGE = [
  // A web address as a name, a dot, and anything without spaces: `name(?:\.name)+\S*` let the last
  // two parts share a long address in quadratically many ways.
  /\b(?:visit|go to|head (?:over )?to|log on to) (?:(?:www\.)?[\p{L}\d-]+\.[\p{L}\d-]\S*|our (?:website|site|home ?page)) for (?:all )?(?:the|our|your) latest (?:news|stories|headlines|updates)\b/u,
  /^came (?:straight )?to this page\b/,
]
/** An imperative at the start of the block or of its second sentence, then "from/with our (or X's) premium services". */
const PREMIUM = /^(?:[^.!?]{0,60}[.!?] )?(?:get|unlock|access|enjoy)\b[^.!?]{0,120}\b(?:from|with|in) (?:our|[^.!?]{1,40}'s) premium (?:services|membership|subscription|newsletters?)\b/u
const WHITE_PAPER = /\b(?:white ?papers?|case study|e-?book|webcast|webinar)\b/
const TEASER = [
  // "Learn why you should make the move in this whitepaper.", "Find out in this white paper."
  /\b(?:learn|find out|discover|see|read|download|get)\b.{0,100}\bin (?:this|our|the) (?:free |new )?(?:white ?paper|case study|e-?book|webcast|webinar)\b/,
  /^this (?:free |new )?(?:white ?paper|case study|e-?book|webcast|webinar) (?:discusses|explains|shows|examines|outlines|describes|explores|reveals|provides|covers|will)\b/,
  /\b(?:today's |this week's )?featured (?:white ?paper|webcast|webinar|e-?book)\b.{0,20}\bis (?:titled|called)\b/,
  /^(?:don't forget|be sure) to (?:check out|visit|browse|download)\b.{0,60}\b(?:white ?paper|case stud(?:y|ies)|e-?books?|webcasts?|webinars?|library)\b/,
]

/**
 * Each family's words, from the shared literal scan (a white-paper teaser needs WHITE_PAPER's):
 * a block that holds none of them is not normalised and tried against fifteen patterns.
 */
const mayPromote = literalGate(...COMPETITION, ...MOBILE, ...FRONT_PAGE, PREMIUM, WHITE_PAPER)

/**
 * A pattern with a gate of its own. About one block in five holds a word of some family ("win",
 * "get", "news", "visit"), and trying all thirteen patterns on each of those cost more than the
 * rule's other work; a pattern whose own words the block lacks is skipped.
 */
function gated(re: RegExp): (block: Block) => boolean {
  const may = literalGate(re)
  return (block) => may(block) && re.test(block.norm)
}
const COMPETITION_TESTS = COMPETITION.map(gated)
const MOBILE_TESTS = MOBILE.map(gated)
const FRONT_PAGE_TESTS = FRONT_PAGE.map(gated)
const PREMIUM_TEST = gated(PREMIUM)
const WHITE_PAPER_TEST = gated(WHITE_PAPER)

function family(block: Block): string | undefined {
  if (COMPETITION_TESTS.some((test) => test(block))) return 'a competition the publisher runs'
  if (MOBILE_TESTS.some((test) => test(block))) return "the site offered on the reader's phone"
  if (FRONT_PAGE_TESTS.some((test) => test(block))) return "a pointer to the site's front page"
  if (PREMIUM_TEST(block)) return "the publisher's premium services"
  if (WHITE_PAPER_TEST(block) && TEASER.some((re) => re.test(block.norm))) return 'a sponsored white-paper teaser'
  return undefined
}

export const housePromo = defineRule({
  meta: {
    id: 'spam-ad/house-promo',
    category: 'spam-ad',
    description:
      'Remove the publisher\'s own promotions addressed to the reader: competitions ("Enter here for your chance to win …"), the site on your phone, "Visit www.… for all the latest news", sponsored white-paper teasers, "Get … from our premium services".',
    recommended: true,
    languages: ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt'],
    defaultOptions: { maxWords: 60, maxTitleWords: 12 },
  },
  patterns: [...COMPETITION, ...MOBILE, ...FRONT_PAGE, PREMIUM, WHITE_PAPER, ...TEASER],
  create(context) {
    const { maxWords, maxTitleWords } = context.options
    const { blocks } = context
    const found: { block: Block; what: string }[] = []
    return {
      block(block) {
        if (block.words === 0 || block.words > maxWords || !mayPromote(block)) return
        const what = family(block)
        if (what) found.push({ block, what })
      },
      document() {
        const promo = new Set(found.map((f) => f.block.index))
        for (const { block, what } of found) {
          // A teaser's title line: short, headline-shaped, not a sentence, not itself a promo.
          const above = blocks[block.index - 1]
          const titled =
            above !== undefined &&
            !promo.has(above.index) &&
            (what === 'a competition the publisher runs' || what === 'a sponsored white-paper teaser' || what === "the publisher's premium services") &&
            above.words > 0 &&
            above.words <= maxTitleWords &&
            above.lines === 1 &&
            !above.endsLikeSentence &&
            !context.isProse(above) &&
            (above.titleLike || family(above) !== undefined || /\b(?:win|competitions?|white ?papers?|premium)\b/.test(above.norm))
          context.report({
            block: titled ? above : block,
            through: block.index,
            confidence: LIKELY,
            reason: `The publisher's own promotion: ${what}${titled ? ', with its title line' : ''}.`,
          })
        }
      },
    }
  },
})
