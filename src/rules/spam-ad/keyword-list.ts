import { defineRule } from '../../helpers/define.js'

/**
 * Keyword stuffing for search engines: one line listing the same term over and over with a
 * different place or product ("Sie suchen: Werbeagentur Düsseldorf / Werbeagentur Berlin /
 * Werbeagentur München / …", "Plumber London | Plumber Croydon | Plumber Sutton | …").
 * The line (optionally after a "Label:") splits on " / ", " | " or " · " into at least `minItems`
 * items of at most `maxItemWords` words, and one word of four or more letters is in at least
 * `minShare` of them or in at least `minRepeats` of them (a stuffed line often lists several terms). A list of variants in an article ("iPhone 15 / iPhone 15 Plus / iPhone 15
 * Pro") has fewer items; commas are not separators, so an enumeration in prose stays.
 */
const SEPARATOR = / [/|·] /u // the matching copy has single spaces
const LABEL = /^[^:]{1,40}:\s+/u
const WORD = /[\p{L}]{4,}/gu
const ITEM_WORD = /[\p{L}\p{N}]+/gu

export const keywordList = defineRule({
  meta: {
    id: 'spam-ad/keyword-list',
    category: 'spam-ad',
    description: 'Remove keyword-stuffing lines that repeat one term with many places or products ("Werbeagentur Düsseldorf / Werbeagentur Berlin / …").',
    recommended: true,
    defaultOptions: { minItems: 6, maxItemWords: 4, minShare: 0.8, minRepeats: 6, maxWords: 160 },
  },
  patterns: [SEPARATOR, LABEL, WORD],
  create(context) {
    const { minItems, maxItemWords, minShare, minRepeats, maxWords } = context.options
    return {
      block(block) {
        if (block.words < minItems * 2 || block.words > maxWords || block.lines > 1 || block.endsLikeSentence) return
        if (!/\s[/|·]\s/.test(block.text)) return
        const text = block.norm.replace(LABEL, '')
        const items = text.split(SEPARATOR)
        if (items.length < minItems) return
        const counts = new Map<string, number>()
        for (const item of items) {
          if ((item.match(ITEM_WORD) ?? []).length > maxItemWords) return
          for (const w of new Set(item.match(WORD) ?? [])) counts.set(w, (counts.get(w) ?? 0) + 1)
        }
        let best = ''
        let n = 0
        for (const [w, c] of counts) if (c > n) [best, n] = [w, c]
        if (n < minRepeats && n < minShare * items.length) return
        context.report({ block, confidence: 0.85, reason: `A keyword-stuffing line: "${best}" in ${n} of its ${items.length} items.` })
      },
    }
  },
})
