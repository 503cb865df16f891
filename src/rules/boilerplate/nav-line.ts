import { LIKELY, STRONG } from '../../core/confidence.js'
import { defineRule } from '../../helpers/define.js'
import { proseAround } from '../../helpers/prose-around.js'
import type { Block } from '../../types.js'

/**
 * Navigation that a scraper kept as one line of text:
 * - a breadcrumb trail: "Home » News » Politik", "> Blog > Aus den Ländern > Title",
 *   "Sie sind hier: Home » Europa"; at least two separators (`»`, `›`, `>`), or one after a
 *   "you are here" label; every step but the last has at most `maxStepWords` words, the last (often
 *   the article's title) at most `maxLastWords`; with `>` every step starts with a capital;
 * - a pipe-separated menu: "Main | About | Contact Editor", "News: ePaper | Front Page | National";
 *   at least three items of one to `maxItemWords` words each, none ending in punctuation, none
 *   with code characters, a colon only in the first item (a label), digits in at most one item.
 *   A neighbour line with as many pipe items is a table row, so both stay.
 * - a blog's post navigation: "« Previous Post | Next post »", "← Previous Next →", "Next »",
 *   "« Vorheriges Thema anzeigen · Nächstes Thema anzeigen »", and Movable Type's "« <title> | Main |
 *   <title> »" (l3s, dragnet R942, R77, 141, T32, R976, R197, wcxb 0347, wolfsrebell.de); the arrow
 *   must be there, so a bare "Next" or "Previous" heading stays; and at least `minPostNavProse` words
 *   of prose must come before the line.
 * A line that ends like a sentence stays.
 */
const ARROW_L = String.raw`(?:[«‹←]|<<?)`
const ARROW_R = String.raw`(?:[»›→]|>>?)`
const WHAT = String.raw`(?: (?:post|posts|entry|entries|article|story|page|beitrag|artikel|eintrag|seite|thema anzeigen))?`
const PREV = String.raw`(?:previous|prev|older|vorherige[rs]?)${WHAT}`
const NEXT = String.raw`(?:next|newer|nächste[rs]?)${WHAT}`
// Spaces around the optional separator as `\s*(?:[|·]\s*)?`: `\s*[|·]?\s*` can split a run of spaces
// between its two stars in as many ways as it is long, and a long run that fails took quadratic time.
const POST_NAV = new RegExp(`^(?:${ARROW_L}\\s*${PREV}(?:\\s*(?:[|·]\\s*)?${NEXT}\\s*${ARROW_R})?|${NEXT}\\s*${ARROW_R})$`, 'iu')
/**
 * Movable Type's entry navigation: the previous entry's title, "Main", the next entry's title, in
 * arrows. Each title starts with a character that is not a space, so the spaces before it are
 * `\s*`'s alone (shared, a long run of spaces was split every possible way before failing).
 */
const MAIN_NAV = new RegExp(`^(?:${ARROW_L}\\s*[^|\\s][^|]{2,119}\\|\\s*main(?:\\s*\\|\\s*[^|\\s][^|]{2,119}${ARROW_R})?|main\\s*\\|\\s*[^|\\s][^|]{2,119}${ARROW_R})$`, 'iu')
const CRUMB_SEP = /(?:^|\s)[»›>](?=\s)/gu
const CRUMB_SPLIT = /(?:^|\s+)[»›>](?:\s+|$)/u
const HERE = /^(?:sie sind hier|you are here|vous êtes ici|vous êtes ici|estás en|usted está en|ti trovi in|sei in|u bent hier|jesteś tutaj|jestes tutaj|você está em|voce esta em)\s*:\s*/iu
const WORD = /[\p{L}\p{N}]+/gu
const CODE = /[{}[\]()=;<>`\\]/u
const SENTENCE_END = /[.!?,;:]$/u
const count = (s: string): number => s.match(WORD)?.length ?? 0
/** Whether the text ends in ".", "!" or "?": /[.!?]$/ without the regex, which reads the whole text to find its end. */
function endsWithStop(text: string): boolean {
  const last = text.charCodeAt(text.length - 1)
  return last === 0x2e || last === 0x21 || last === 0x3f
}

function pipeItems(text: string): string[] | undefined {
  if (!text.includes('|')) return undefined
  const items = text.split('|').map((s) => s.trim()).filter(Boolean)
  return items.length >= 3 ? items : undefined
}

export const navLine = defineRule({
  meta: {
    id: 'boilerplate/nav-line',
    category: 'boilerplate',
    description: 'Remove breadcrumb trails ("Home » News » …", "> Blog > …") and pipe-separated menus ("Main | About | Contact") kept as a line.',
    recommended: true,
    languages: ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt'],
    defaultOptions: { maxStepWords: 5, maxLastWords: 16, maxItemWords: 4, maxWords: 60, minPostNavProse: 40 },
  },
  patterns: [HERE, POST_NAV, MAIN_NAV],
  create(context) {
    const { maxStepWords, maxLastWords, maxItemWords, maxWords, minPostNavProse } = context.options
    const { blocks } = context
    const sameTable = (block: Block, n: number, i: number): boolean => {
      const other = blocks[i]
      return other !== undefined && other.lines === 1 && pipeItems(other.text)?.length === n
    }
    /** A breadcrumb trail or a pipe-separated menu: the finding to report, or undefined. */
    const crumbOrMenu = (block: Block, text: string): { confidence: number; reason: string } | undefined => {
      if (endsWithStop(text)) return undefined
      if (text.includes('»') || text.includes('›') || text.includes('>')) {
        const seps = text.match(CRUMB_SEP)?.length ?? 0
        const here = HERE.exec(text)
        if (seps >= 2 || (here && seps >= 1)) {
          const steps = text.slice(here ? here[0].length : 0).split(CRUMB_SPLIT).map((s) => s.trim()).filter(Boolean)
          const last = steps[steps.length - 1] ?? ''
          const ok =
            steps.length >= 2 &&
            steps.slice(0, -1).every((s) => count(s) >= 1 && count(s) <= maxStepWords && !SENTENCE_END.test(s)) &&
            count(last) <= maxLastWords &&
            (!text.includes('>') || steps.every((s) => /^\p{Lu}/u.test(s)))
          if (ok) return { confidence: STRONG, reason: `A breadcrumb trail ("${text.slice(0, 60)}").` }
        }
      }
      const items = pipeItems(text)
      if (!items || CODE.test(text)) return undefined
      const n = items.length
      for (let k = 0; k < n; k++) {
        const s = items[k]!
        const w = count(s)
        if (w === 0 || w > maxItemWords || SENTENCE_END.test(s) || (k > 0 && s.includes(':'))) return undefined
      }
      if (items.filter((s) => /\d/u.test(s)).length > 1) return undefined
      if (sameTable(block, n, block.index - 1) || sameTable(block, n, block.index + 1)) return undefined
      return { confidence: LIKELY, reason: `A menu of ${n} pipe-separated links ("${text.slice(0, 60)}").` }
    }
    const postNav: Block[] = []
    return {
      // Only under the article (`minPostNavProse` words and half its prose before the line): above it
      // such lines belong to the sidebar run that `related/leading-run` weighs as a whole (taking them
      // out of it left the rest of a run short).
      document() {
        if (postNav.length === 0) return
        const { wordsBefore } = proseAround(blocks, context.isProse)
        for (const block of postNav) {
          const before = wordsBefore[block.index]!
          if (before < minPostNavProse || before < 0.5 * context.stats.proseWords) continue
          context.report({ block, confidence: STRONG, reason: `A blog's links to the previous and next post ("${block.text.trim().slice(0, 60)}").` })
        }
      },
      block(block) {
        if (block.words < 1 || block.words > maxWords || block.lines > 1) return
        const text = block.text.trim()
        const found = block.words >= 2 ? crumbOrMenu(block, text) : undefined
        if (found) context.report({ block, ...found })
        else if ((block.words <= 10 && POST_NAV.test(text)) || MAIN_NAV.test(text)) postNav.push(block)
      },
    }
  },
})
