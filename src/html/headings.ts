import type { Block } from '../types.js'
import type { HtmlBlock } from './blocks.js'

/**
 * Headings left with nothing under them at the end of the article: the title of a box whose
 * content a rule removed or a script was to fill ("You may also like", "Aktuelle News", "Ezek is
 * érdekelhetnek", "Auch auf …"). A heading titles what follows it; when no article text follows,
 * it titles nothing the reader gets. Only trailing headings are taken: a heading followed by
 * another heading inside the article may title a picture or a section of the page's own.
 */

const HEADING = /^h[1-6]$/
/** A heading that ends like a sentence is a line of text set large ("Follow us on Twitter here."), not a box title. */
const SENTENCE_END = /[.!?。]["'”’)]?$/

/** Indexes of the blocks that are trailing headings: after the last kept block that is not a heading. */
export function trailingHeadings(blocks: readonly Block[], htmlBlocks: readonly HtmlBlock[], removed: ReadonlySet<number>): number[] {
  const out: number[] = []
  for (let i = blocks.length - 1; i >= 0; i--) {
    if (removed.has(i)) continue
    const hb = htmlBlocks[i]!
    if (!HEADING.test(hb.tag) || hb.protected || SENTENCE_END.test(hb.text)) {
      // The article's text ends here: the headings after it have nothing to title.
      return out
    }
    out.push(i)
  }
  // Nothing but headings: keep them (when unsure, keep).
  return []
}
