import { defineRule } from '../../helpers/define.js'
import { normalizeForMatch } from '../../text/normalize.js'
import { BREAK } from '../../segment/text.js'

/**
 * Keyword stuffing for search engines: one line listing the same term over and over with a
 * different place or product ("Sie suchen: Werbeagentur Düsseldorf / Werbeagentur Berlin /
 * Werbeagentur München / …", "Plumber London | Plumber Croydon | Plumber Sutton | …").
 * The line (optionally after a "Label:") splits on " / ", " | " or " · " into at least `minItems`
 * items of at most `maxItemWords` words, and one word of four or more letters is in at least
 * `minShare` of them or in at least `minRepeats` of them (a stuffed line often lists several terms). A list of variants in an article ("iPhone 15 / iPhone 15 Plus / iPhone 15
 * Pro") has fewer items; commas are not separators, so an enumeration in prose stays.
 *
 * Such a line is often one line of a site's footer box, under the agency's blurb and over more
 * link lines ("emit digital ist eine Webagentur …" / "Sie suchen: Werbeagentur …" / "Relaunch
 * Checklisten: …", one element broken by `<br>`). A block of a few lines with a stuffed line goes
 * whole when no article prose follows it (at most `maxBlockWords` words and `maxLines` lines): in
 * the article's body a line break inside a paragraph is no box, so the block stays.
 */
const SEPARATOR = / [/|·] /u // the matching copy has single spaces
const LABEL = /^[^:]{1,40}:\s+/u
const WORD = /[\p{L}]{4,}/gu
const ITEM_WORD = /[\p{L}\p{N}]+/gu
const HAS_SEPARATOR = /\s[/|·]\s/u
/** HAS_SEPARATOR, read only when a separator is there at all: `includes` rules most text out faster than the regex reads it. */
const hasSeparator = (text: string): boolean => (text.includes('/') || text.includes('|') || text.includes('·')) && HAS_SEPARATOR.test(text)

interface Stuffing {
  readonly best: string
  readonly n: number
  readonly items: number
}

export const keywordList = defineRule({
  meta: {
    id: 'spam-ad/keyword-list',
    category: 'spam-ad',
    description: 'Remove keyword-stuffing lines that repeat one term with many places or products ("Werbeagentur Düsseldorf / Werbeagentur Berlin / …").',
    recommended: true,
    defaultOptions: { minItems: 6, maxItemWords: 4, minShare: 0.8, minRepeats: 6, maxWords: 160, maxBlockWords: 320, maxLines: 5 },
  },
  patterns: [SEPARATOR, LABEL, WORD, HAS_SEPARATOR],
  create(context) {
    const { minItems, maxItemWords, minShare, minRepeats, maxWords, maxBlockWords, maxLines } = context.options

    /** The stuffing a normalised line holds, or undefined. */
    function stuffing(norm: string): Stuffing | undefined {
      const items = norm.replace(LABEL, '').split(SEPARATOR)
      if (items.length < minItems) return undefined
      const counts = new Map<string, number>()
      for (const item of items) {
        if ((item.match(ITEM_WORD) ?? []).length > maxItemWords) return undefined
        for (const w of new Set(item.match(WORD) ?? [])) counts.set(w, (counts.get(w) ?? 0) + 1)
      }
      let best = ''
      let n = 0
      for (const [w, c] of counts) if (c > n) [best, n] = [w, c]
      if (n < minRepeats && n < minShare * items.length) return undefined
      return { best, n, items: items.length }
    }

    return {
      block(block) {
        if (block.words < minItems * 2 || !hasSeparator(block.text)) return
        if (block.lines === 1) {
          if (block.words > maxWords || block.endsLikeSentence) return
          const s = stuffing(block.norm)
          if (s) context.report({ block, confidence: 0.85, reason: `A keyword-stuffing line: "${s.best}" in ${s.n} of its ${s.items} items.` })
          return
        }
        // A footer box: a stuffed line among a few lines, with no article prose after the block.
        if (block.lines > maxLines || block.words > maxBlockWords || context.stats.lastProse > block.index) return
        for (const line of block.text.split(BREAK)) {
          if (line.length < minItems * 4 || !hasSeparator(line) || /[.!?]\s*$/u.test(line)) continue
          const s = stuffing(normalizeForMatch(line))
          if (s) {
            context.report({ block, confidence: 0.85, reason: `A box at the end with a keyword-stuffing line: "${s.best}" in ${s.n} of its ${s.items} items.` })
            return
          }
        }
      },
    }
  },
})
