import type { Block } from '../../types.js'
import { defineRule } from '../../helpers/define.js'

/**
 * The sidebar a scraper kept above the article: a long run of section names and headline lines
 * ("EDITOR'S CHOICE", "Hospital radio launches funding drive", "Most read", "1 Woman dies after
 * fall", …) before the first article paragraph. The last lines before the article are its
 * headline, standfirst, byline and date, which news corpora count as the article, so they stay:
 * - the run is every block before the first article paragraph (prose that no rule removed), and
 *   the last `keepLines` unjudged blocks of it are left alone;
 * - what remains of it has at least `minRun` unjudged lines, every one short (at most `maxWords`
 *   words, one line) and not prose, and at least `minTitleShare` of them headline-shaped;
 * - no line of it ends in a colon (a list's introduction) or is a bulleted item, fewer than a third
 *   of them come back later in a short line (a table of contents names the article's subheadings),
 *   and fewer than a quarter of them are data ("12 J. Kowalski 3 2 1", "Label: value"): a summary
 *   box, a table of contents or a results table at the top is the article's;
 * - at least `minProseWords` words of article prose follow it.
 * Cleaning the output again removes nothing more: the kept lines are fewer than `minRun`.
 */
const BULLET = /^\s*[*•·◦▪-]\s/u
/** A line that starts with a quantity or a rank and score, or a "Label: value" line. */
const DATA = /^[+(]?\d|\p{L}\s*:\s*\S/u

export const leadingRun = defineRule({
  meta: {
    id: 'related/leading-run',
    category: 'related',
    description: 'Remove a long run of section names and headline lines above the article, keeping the headline, byline and date just before it.',
    recommended: true,
    phase: 'structure',
    defaultOptions: { minRun: 6, keepLines: 3, maxWords: 16, minTitleShare: 0.7, minProseWords: 150 },
  },
  create(context) {
    const { blocks, stats } = context
    const { minRun, keepLines, maxWords, minTitleShare, minProseWords } = context.options
    return {
      document() {
        let first = -1
        for (let i = 0; i < blocks.length; i++) {
          if (context.verdict(i)?.action === 'remove') continue
          if (context.isProse(blocks[i]!)) {
            first = i
            break
          }
        }
        if (first < minRun + keepLines) return
        let proseAfter = 0
        for (let i = first; i < blocks.length; i++) if (context.verdict(i)?.action !== 'remove' && context.isProse(blocks[i]!)) proseAfter += blocks[i]!.words
        if (proseAfter < minProseWords || proseAfter < 0.5 * stats.proseWords) return
        const open: Block[] = []
        for (let i = 0; i < first; i++) {
          const v = context.verdict(i)
          if (v?.action === 'keep') return
          if (v || blocks[i]!.words === 0) continue
          open.push(blocks[i]!)
        }
        const run = open.slice(0, Math.max(0, open.length - keepLines))
        if (run.length < minRun) return
        let titles = 0
        let data = 0
        for (const b of run) {
          if (b.words > maxWords || b.lines > 1 || context.isProse(b)) return
          if (/:\s*$/.test(b.text) || BULLET.test(b.text)) return
          if (b.titleLike || b.linkShare > 0.5) titles++
          if (DATA.test(b.text)) data++
        }
        if (titles < minTitleShare * run.length || data * 4 >= run.length) return
        // A table of contents: its lines come back in the article's subheadings ("Accreditation",
        // then "Importance of Accreditation for Online MBA Programs").
        // Only windows as long as some run line are collected, so the check stays linear in the
        // page whatever `maxWords` is (a scan of every later line per run line was quadratic).
        const lengths = new Set(run.map((b) => b.key.split(' ').length))
        const later = new Set<string>()
        for (let i = first; i < blocks.length; i++) {
          if (blocks[i]!.words > maxWords) continue
          const words = blocks[i]!.key.split(' ')
          for (const n of lengths) for (let a = 0; a + n <= words.length; a++) later.add(words.slice(a, a + n).join(' '))
        }
        let repeated = 0
        for (const b of run) if (later.has(b.key)) repeated++
        if (repeated * 3 >= run.length) return
        const last = run[run.length - 1]!.index
        context.report({
          block: blocks[0]!,
          through: last,
          confidence: 0.65,
          reason: `One of ${run.length} section names and headline lines above the article (its last ${keepLines} lines before the first paragraph stay).`,
        })
      },
    }
  },
})
