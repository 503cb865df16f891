import type { Block } from '../../types.js'
import { BYLINE_OR_DATE } from '../../helpers/byline-or-date.js'
import { defineRule } from '../../helpers/define.js'

/**
 * The sidebar a scraper kept above the article: a long run of section names and headline lines
 * ("EDITOR'S CHOICE", "Hospital radio launches funding drive", "Most read", "1 Woman dies after
 * fall", …) before the first article paragraph. The last lines before the article are its
 * headline, standfirst, byline and date, which news corpora count as the article, so they stay:
 * - the run is every block before the first article paragraph (prose that no rule removed), and
 *   the last `keepLines` unjudged blocks of it are left alone, not counting up to `keepLines`
 *   byline and date lines among them;
 * - the article starts at the first prose block, but a few short paragraphs (fewer than `minRun`
 *   lines apart, at most `maxTeaserWords` words together) under at least two short lines and
 *   followed by `minRun` or more short lines (none over `maxWords` words) before the next prose
 *   are sidebar teasers, not its start;
 * - what remains of it has at least `minRun` unjudged lines, each on one line; all but one in
 *   `linesPerTeaser` are short (at most `maxWords` words) and not prose, and at least `minTitleShare`
 *   of those are headline-shaped; the others are teasers of at most `maxTeaserWords` words;
 * - no line of it ends in a colon (a list's introduction) or is a bulleted item, fewer than a third
 *   of them come back later in a short line (a table of contents names the article's subheadings),
 *   and fewer than a quarter of them are data ("12 J. Kowalski 3 2 1", "Label: value"; a "most
 *   read" box ranked 1, 2, 3 … is headlines): a summary box, a table of contents or a results
 *   table at the top is the article's;
 * - at least `minProseWords` words of article prose follow it (120: a short news item of five or
 *   six paragraphs under a sidebar is still an article, and the checks above carry the weight).
 * Cleaning the output again removes nothing more: the kept lines are fewer than `minRun`.
 */
const BULLET = /^\s*[*•·◦▪-]\s/u
/**
 * A line that starts with a quantity, a price or a rank and score ("67%", "$ 6,948", "#2"), a
 * "Label: value" line, or a short line holding a number ("Birdies 17 T5"): a row of data.
 */
const DATA = /^[+(#$€£]?\s?\d|\p{L}\s*:\s*\S/u
const NUMBER = /\d/
const isData = (b: Block): boolean => DATA.test(b.text) || (b.words <= 5 && NUMBER.test(b.text))
/** "3 Top cop promises to tackle burglary": a rank, then a headline with at most one more number. */
const RANKED = /^(\d{1,2})[.:)]?\s+["'‘“\p{Lu}][^\d]*(?:\d+[^\d]*)?$/u

/**
 * The lines of a "most read" box (ranked 1, 2, 3 … in order, at least three): headlines, not
 * data, though they start with a number. A results table does not start at rank 1 with headlines.
 */
function rankedLines(run: readonly Block[]): Set<Block> {
  const ranked = new Set<Block>()
  let streak: Block[] = []
  const close = (): void => {
    if (streak.length >= 3) for (const b of streak) ranked.add(b)
    streak = []
  }
  for (const b of run) {
    const m = RANKED.exec(b.text.trim())
    const rank = m ? Number(m[1]) : 0
    if (rank !== streak.length + 1) close()
    if (rank === streak.length + 1) streak.push(b)
  }
  close()
  return ranked
}

export const leadingRun = defineRule({
  meta: {
    id: 'related/leading-run',
    category: 'related',
    description: 'Remove a long run of section names and headline lines above the article, keeping the headline, byline and date just before it.',
    recommended: true,
    phase: 'structure',
    defaultOptions: { minRun: 6, keepLines: 3, maxWords: 16, maxTeaserWords: 60, linesPerTeaser: 6, minTitleShare: 0.7, minProseWords: 120 },
  },
  create(context) {
    const { blocks, stats } = context
    const { minRun, keepLines, maxWords, maxTeaserWords, linesPerTeaser, minTitleShare, minProseWords } = context.options
    return {
      document() {
        // The article starts at the first prose block that no rule removed, unless that block opens
        // a cluster of sidebar teasers: a few short paragraphs, fewer than `minRun` lines apart,
        // followed by `minRun` or more short lines before the next prose ("Reporter Alex Hayes went to a car
        // compound … Click here", then "VOTE", "Most read", "1 Woman dies after fall", …).
        const open = (i: number): boolean => context.verdict(i)?.action !== 'remove' && blocks[i]!.words > 0
        const prose = (i: number): boolean => open(i) && context.isProse(blocks[i]!)
        let first = -1
        let start = 0
        let above = 0
        for (; start < blocks.length && !prose(start); start++) if (open(start)) above++
        while (start < blocks.length) {
          // A teaser sits in a box under its label and a headline: prose at the very top, under
          // fewer than two lines, is the article's introduction (a job ad, then "Ihre Aufgaben").
          let words = blocks[start]!.words
          // Teasers sit among headlines; a paragraph followed by long lines ("Competitor Mode",
          // "Enable this setting to face a more challenging opponent …") opens the article.
          let long = false
          let lines = 0
          let next = start + 1
          for (; next < blocks.length; next++) {
            if (!open(next)) continue
            if (!prose(next)) {
              lines++
              if (blocks[next]!.words > maxWords) long = true
              continue
            }
            if (lines >= minRun) break
            words += blocks[next]!.words
            lines = 0
          }
          if (next >= blocks.length || above < 2 || long || words > maxTeaserWords) {
            first = start
            break
          }
          start = next
        }
        if (first < minRun + keepLines) return
        let proseAfter = 0
        for (let i = first; i < blocks.length; i++) if (context.verdict(i)?.action !== 'remove' && context.isProse(blocks[i]!)) proseAfter += blocks[i]!.words
        if (proseAfter < minProseWords || proseAfter < 0.5 * stats.proseWords) return
        const unjudged: Block[] = []
        for (let i = 0; i < first; i++) {
          const v = context.verdict(i)
          if (v?.action === 'keep') return
          if (v || blocks[i]!.words === 0) continue
          unjudged.push(blocks[i]!)
        }
        // Byline and date lines ("By Ibrahim Barzak", "1:23 p.m. December 31, 2007") do not count
        // toward the kept lines (up to `keepLines` of them), so the headline above them stays too.
        let cut = unjudged.length
        let kept = 0
        let exempt = 0
        while (cut > 0 && kept < keepLines) {
          cut--
          if (exempt < keepLines && BYLINE_OR_DATE.test(unjudged[cut]!.text)) exempt++
          else kept++
        }
        const run = unjudged.slice(0, cut)
        if (run.length < minRun) return
        const ranked = rankedLines(run)
        let titles = 0
        let data = 0
        let teasers = 0
        for (const [k, b] of run.entries()) {
          if (b.lines > 1 || b.words > maxTeaserWords) return
          if (/:\s*$/.test(b.text) || BULLET.test(b.text)) return
          if (b.words > maxWords || context.isProse(b)) {
            // A long line close above the article is its standfirst, not a sidebar teaser.
            if (k >= run.length - keepLines) return
            teasers++
            continue
          }
          if (b.titleLike || b.linkShare > 0.5) titles++
          if (isData(b) && !ranked.has(b)) data++
        }
        // Teasers are the exception in a sidebar; a run of paragraphs is the article's introduction.
        if (teasers * linesPerTeaser > run.length) return
        if (titles < minTitleShare * (run.length - teasers) || data * 4 >= run.length) return
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
          reason: `One of ${run.length} section names and headline lines above the article (its last ${keepLines} lines before the first paragraph, bylines and dates apart, stay).`,
        })
      },
    }
  },
})
