import type { Block } from '../../types.js'
import { defineRule } from '../../helpers/define.js'

/**
 * The sidebars and footers a scraper kept after the article: a long run of headline lines,
 * section names and link titles ("More articles in Soccer", "Steinsson on verge of €3m move to
 * Bolton", "March", "Video", …), here and there a one-sentence teaser. `related/trailing-titles`
 * takes short clean runs; this rule takes the long, mixed ones. Articles end in lists too
 * (ingredients, a squad, a reading list, a checklist, a summary box, a press contact), and news
 * corpora count those as the article, so the guards are many:
 * - the run goes from right after an article paragraph to the end of the text, with at least
 *   `minRun` unjudged lines that are not prose, and its first `openLines` lines are not prose
 *   (a subheading followed by article paragraphs is still the article);
 * - every unjudged block in it is short (at most `maxWords` words, one line); none ends in a colon
 *   (a list's introduction) or is a numbered or bulleted item; no summary header is in it;
 * - at most one prose block for every `linesPerProse` other lines, at most `maxProseShare` of its words;
 * - at least `minTitleShare` of its lines are headline-shaped (capitalised, no final punctuation);
 * - its lines are not of one shape: not half of them with the same first or last word or a closing
 *   bracket, not a quarter of them data ("120g …", "+81 …", "Label: value");
 * - before it: at least `minProseWords` words of prose and `minArticleShare` of the document's,
 *   and at least half of the `lookBack` blocks just before it are prose (a list-shaped article
 *   ends in more of its list).
 * The earliest start that holds wins; when none holds, nothing goes.
 */
/** Headers of a summary box, in eight languages. */
const SUMMARY = /^(?:summary|in summary|key takeaways|takeaways|in brief|at a glance|tl ?dr|zusammenfassung|fazit|das wichtigste in kürze|auf einen blick|résumé|en bref|l essentiel|resumen|en resumen|en breve|riepilogo|in sintesi|in breve|samenvatting|in het kort|resumo|em resumo|podsumowanie|w skrócie)$/u

/** "1. Title", "2) …", "* Name", "- item", "• item": the article's own list. */
const LIST_ITEM = /^\s*(?:\d{1,3}[.)]\s|[*•·◦▪-]\s)/u

/**
 * Whether most lines of the run share a shape: the same first or last word ("… (review)",
 * "1 tsp …", "… LLC"), or a closing bracket ("Name (University)"). A list of one kind of thing is
 * the article's; a sidebar mixes headlines, section names and links.
 */
function sameShape(tail: readonly Block[]): boolean {
  const firsts = new Map<string, number>()
  const lasts = new Map<string, number>()
  let brackets = 0
  for (const b of tail) {
    const words = b.key.split(' ')
    firsts.set(words[0]!, (firsts.get(words[0]!) ?? 0) + 1)
    lasts.set(words[words.length - 1]!, (lasts.get(words[words.length - 1]!) ?? 0) + 1)
    if (/[)\]]$/.test(b.text)) brackets++
  }
  const most = (m: Map<string, number>) => Math.max(0, ...m.values())
  const half = tail.length / 2
  return most(firsts) >= half || most(lasts) >= half || brackets >= half || dataLines(tail) >= tail.length / 4
}

/** "Label: value" lines (a fact sheet, a match report). "3: Title" (a rank) is not one. */
const LABEL_VALUE = /\p{L}\s*:\s*\S/u
/** A line that starts with a quantity, a phone number or a date ("120g noodles", "+81 158-23", "4-6 Months Before …"), not a rank ("3: Title"). */
const DATA_START = /^[+(]?\d(?!\d?:\s)/u

/** Lines of data (quantities, phone numbers, "Label: value"): a recipe, an address or a fact sheet, not a sidebar. */
function dataLines(tail: readonly Block[]): number {
  let n = 0
  for (const b of tail) if (DATA_START.test(b.text) || LABEL_VALUE.test(b.text)) n++
  return n
}

export const trailingRun = defineRule({
  meta: {
    id: 'related/trailing-run',
    category: 'related',
    description: 'Remove a long run of headline lines, section names and teasers that fills the text after the last article paragraph.',
    recommended: true,
    phase: 'structure',
    defaultOptions: { minRun: 6, maxWords: 30, linesPerProse: 8, maxProseShare: 0.35, minTitleShare: 0.85, minProseWords: 40, minArticleShare: 0.6, openLines: 3, lookBack: 6 },
  },
  create(context) {
    const { blocks, stats } = context
    const { minRun, maxWords, linesPerProse, maxProseShare, minTitleShare, minProseWords, minArticleShare, openLines, lookBack } = context.options
    return {
      document() {
        const n = blocks.length
        // Walk back from the end, keeping the tail's counts; remember the earliest start that holds.
        let lines = 0
        let titles = 0
        let proseBlocks = 0
        let proseWords = 0
        let words = 0
        const tail: Block[] = []
        let best = -1
        let bestLines = 0
        const unjudged = (i: number) => !context.verdict(i)
        // Prose words before each index, of blocks no rule removed.
        const proseBefore: number[] = new Array<number>(n + 1).fill(0)
        for (let i = 0; i < n; i++) {
          const b = blocks[i]!
          proseBefore[i + 1] = proseBefore[i]! + (unjudged(i) && context.isProse(b) ? b.words : 0)
        }
        for (let i = n - 1; i > 0; i--) {
          const v = context.verdict(i)
          if (v?.action === 'keep') return
          const b: Block = blocks[i]!
          if (v || b.words === 0) continue
          if (b.words > maxWords || b.lines > 1) break
          // The article's own list: introduced by a colon line, numbered or bulleted items.
          if (/:\s*$/.test(b.text) || LIST_ITEM.test(b.text)) break
          // A summary box at the end ("Zusammenfassung", "Key takeaways") is the article's.
          if (b.words <= 3 && SUMMARY.test(b.key)) return
          words += b.words
          tail.push(b)
          if (context.isProse(b)) {
            proseBlocks++
            proseWords += b.words
          } else {
            lines++
            if (b.titleLike || b.linkShare > 0.5) titles++
          }
          // A start: this block is not prose, and the nearest unjudged block before it is article prose.
          if (context.isProse(b)) continue
          let p = i - 1
          while (p >= 0 && (context.verdict(p) || blocks[p]!.words === 0)) p--
          if (p < 0 || !context.isProse(blocks[p]!)) continue
          const before = proseBefore[p + 1]!
          // The run opens with `openLines` lines that are not prose: a subheading followed by
          // article paragraphs ("Other injuries", then the injury report) is still the article.
          let opening = true
          for (let k = tail.length - 1; k >= Math.max(0, tail.length - openLines); k--) if (context.isProse(tail[k]!)) opening = false
          if (!opening) continue
          // The article just before it is prose: in a checklist or a list-shaped article, a run of
          // short lines at the end is more of the same.
          let seen = 0
          let prosy = 0
          for (let q = p; q >= 0 && seen < lookBack; q--) {
            if (context.verdict(q) || blocks[q]!.words === 0) continue
            seen++
            if (context.isProse(blocks[q]!)) prosy++
          }
          if (prosy * 2 < seen) continue
          if (
            lines >= minRun &&
            proseBlocks * linesPerProse <= lines &&
            proseWords <= maxProseShare * words &&
            titles >= minTitleShare * lines &&
            before >= minProseWords &&
            before >= minArticleShare * stats.proseWords &&
            !sameShape(tail)
          ) {
            best = i
            bestLines = lines
          }
        }
        if (best < 0) return
        context.report({
          block: blocks[best]!,
          through: n - 1,
          confidence: 0.65,
          reason: `One of ${bestLines} headline and link lines that fill the text after the last article paragraph.`,
        })
      },
    }
  },
})
