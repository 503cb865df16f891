import type { Block } from '../../types.js'
import { stopwordDensity } from './stopword-density.js'

/**
 * jusText's block classes (Pomikálek 2011), on text without markup:
 * 1. each block gets a class from its own measures: `bad` (link-like, or few stop words),
 *    `short` (too short to tell), `nearGood` (some stop words) or `good` (long, many stop words);
 *    a run of near-good one-sentence paragraphs long enough together is `good` (promoteRuns);
 * 2. the nearest heading-shaped line right above good text becomes `nearGood` (markHeadings);
 * 3. the context pass settles `short` and `nearGood` blocks from their nearest settled neighbours:
 *    between good and good a short block is good, between bad and bad it is bad; more than
 *    `maxShortRun` short blocks in a row are bad (contextPass).
 * The thresholds are jusText's, recalibrated for decruft's compact stop-word lists (about 100
 * words a language, where jusText's lists hold several hundred, so densities are lower).
 */
export type BlockClass = 'good' | 'nearGood' | 'short' | 'bad'

export const CLASSIFY = {
  /** Fewer characters than this: too short to judge alone (jusText length_low 70). */
  shortChars: 70,
  /** More characters than this and dense in stop words: good on its own (jusText length_high 200). */
  longChars: 200,
  /** Stop-word density below this: bad (jusText stopwords_low 0.30, for lists 3–5 times longer). */
  lowDensity: 0.22,
  /** At or above this: good when long, else near-good (jusText stopwords_high 0.32). */
  highDensity: 0.28,
  /** Share of URL/e-mail/@handle characters above which a block is link-like (jusText max_link_density 0.2). */
  maxLinkShare: 0.3,
  /**
   * A block that ends like a sentence and has at least `sentenceWords` words (the engine's shape of
   * prose) reads as prose even with few stop words (product copy, technical text): its density
   * thresholds are multiplied by `sentenceFactor`. Menus and link lists almost never end in a full stop.
   */
  sentenceWords: 12,
  sentenceFactor: 0.5,
  /** Characters of a run of near-good blocks that make it good (see promoteRuns). */
  runChars: 400,
  /** Short blocks in a row that are bad whatever their neighbours (see contextPass). */
  maxShortRun: 4,
  /** Words of a heading at most. */
  headingWords: 16,
  /** A heading is at most this many characters above good text (jusText max_heading_distance 200). */
  headingDistance: 200,
} as const

export interface Classified {
  /** The class after the context pass: only `good` or `bad`. */
  readonly final: readonly ('good' | 'bad')[]
  /** The class from the block's own measures (and runs of near-good blocks), before headings and context. */
  readonly initial: readonly BlockClass[]
  /** Why the initial class was given, for removal reasons. */
  readonly why: readonly string[]
}

/** Two or more menu separators ("Home | News | Sport", "A · B · C") in a block without a sentence end. */
export const MENU_SEPARATORS = /\s[|·•»›]\s/gu

export function isLinkLike(block: Block): boolean {
  if (block.linkShare > CLASSIFY.maxLinkShare) return true
  return !block.endsLikeSentence && (block.text.match(MENU_SEPARATORS)?.length ?? 0) >= 2
}

function initialClass(block: Block, density: number): [BlockClass, string] {
  if (isLinkLike(block)) return ['bad', block.linkShare > CLASSIFY.maxLinkShare ? 'mostly URLs or addresses' : 'a menu of separated items']
  const chars = block.text.length
  if (chars < CLASSIFY.shortChars) return ['short', 'a short line among blocks that are not article']
  const f = block.endsLikeSentence && block.words >= CLASSIFY.sentenceWords ? CLASSIFY.sentenceFactor : 1
  const pct = `${Math.round(density * 100)}% stop words`
  if (density >= CLASSIFY.highDensity * f) return chars > CLASSIFY.longChars ? ['good', 'prose'] : ['nearGood', `short prose (${pct}) among blocks that are not article`]
  if (density >= CLASSIFY.lowDensity * f) return ['nearGood', `some stop words (${pct}), among blocks that are not article`]
  return ['bad', `few stop words (${pct})`]
}

/**
 * `removed`: the blocks other rules already removed. A comment form's notice, a newsletter box or
 * a teaser reads as prose, but it is not the article: for the heading and context passes it is
 * `bad`, so it makes no line above it a heading and no short line beside it good. Its own class
 * stays in `initial` (the article region still weighs it, so a caption between two paragraphs does
 * not split the article).
 */
export function classifyBlocks(blocks: readonly Block[], stopwords: ReadonlySet<string>, removed: readonly boolean[] = []): Classified {
  const density = blocks.map((b) => stopwordDensity(b.text, stopwords).density)
  const initial: BlockClass[] = []
  const why: string[] = []
  for (const [i, b] of blocks.entries()) {
    const [c, w] = initialClass(b, density[i]!)
    initial.push(c)
    why.push(w)
  }
  promoteRuns(initial, blocks)
  const cls = initial.map((c, i) => (removed[i] && (c === 'good' || c === 'nearGood') ? 'bad' : c))
  markHeadings(blocks, cls, removed, (c) => c === 'short', (c) => c === 'good')
  const final = contextPass(cls)
  // A heading that context judged bad but that was not bad on its own, right above good text, is a heading.
  markHeadings(blocks, final, removed, (c, i) => c === 'bad' && initial[i] !== 'bad', (c) => c === 'good', 'good')
  return { final: final as ('good' | 'bad')[], initial, why }
}

/**
 * An article written in one-sentence paragraphs (quotes, news wire style) has no block long
 * enough to be good on its own, and jusText's context pass then turns the whole article bad. A run
 * of near-good blocks (up to `maxShortRun` short ones in a row may stand between them) that together hold at least
 * `runChars` characters is prose: its near-good blocks become good.
 */
function promoteRuns(cls: BlockClass[], blocks: readonly Block[]): void {
  let from = 0
  while (from < cls.length) {
    if (cls[from] !== 'nearGood') {
      from++
      continue
    }
    let to = from
    let chars = 0
    let near = 0
    let shorts = 0
    for (let j = from; j < cls.length && shorts <= CLASSIFY.maxShortRun; j++) {
      if (cls[j] === 'nearGood') {
        chars += blocks[j]!.text.length
        near++
        to = j
        shorts = 0
      } else if (cls[j] === 'short') shorts++
      else break
    }
    if (near >= 2 && chars >= CLASSIFY.runChars) for (let j = from; j <= to; j++) if (cls[j] === 'nearGood') cls[j] = 'good'
    from = to + 1
  }
}

/**
 * Whether a block has the shape of a heading: one line, two to `headingWords` words, no sentence
 * end. Text has no <h2> tags to tell a heading, and a one-word line above an article is far more
 * often the last item of a menu ("Weather") than a heading.
 */
function isHeading(block: Block): boolean {
  return block.lines === 1 && !block.endsLikeSentence && block.words >= 2 && block.words <= CLASSIFY.headingWords && !isLinkLike(block)
}

/**
 * jusText's heading rule: the nearest heading-shaped block above a good block, within
 * `headingDistance` characters and with only short blocks between, is (near-)good. Only the
 * nearest: jusText knows headings from <h1>–<h6>, text does not, and a run of heading-shaped lines
 * is a list of link titles, of which only the last can be the article's heading.
 */
function markHeadings(blocks: readonly Block[], cls: BlockClass[], removed: readonly boolean[], candidate: (c: BlockClass, i: number) => boolean, good: (c: BlockClass) => boolean, to: BlockClass = 'nearGood'): void {
  // Good as it was before this pass: a heading made good does not make the line above it a heading.
  const wasGood = cls.map(good)
  for (let j = blocks.length - 1; j > 0; j--) {
    if (!wasGood[j]) continue
    let distance = 0
    for (let i = j - 1; i >= 0 && distance <= CLASSIFY.headingDistance; i--) {
      const b = blocks[i]!
      // What another rule removed between a heading and its text (a caption, an ad label) is passed over.
      if (removed[i]) continue
      if (isHeading(b)) {
        if (candidate(cls[i]!, i)) cls[i] = to
        break
      }
      if (cls[i] !== 'short') break
      distance += b.text.length
    }
  }
}

/** The nearest class before/after `i` that is not `short` (and not `nearGood` when `skipNear`); `bad` at the document's edges. */
function neighbour(cls: readonly BlockClass[], i: number, step: -1 | 1, skipNear: boolean): BlockClass {
  for (let j = i + step; j >= 0 && j < cls.length; j += step) {
    const c = cls[j]!
    if (c === 'short' || (skipNear && c === 'nearGood')) continue
    return c
  }
  return 'bad'
}

/**
 * jusText's context-sensitive pass: short blocks first, then near-good ones. One change: a run of
 * more than `maxShortRun` short blocks is bad whatever stands around it. jusText lets any number
 * of short blocks between two good ones become good, which on text without markup keeps a whole
 * menu or a list of link titles that stands between the article and a prose footer.
 */
function contextPass(cls: readonly BlockClass[]): BlockClass[] {
  const out = [...cls]
  for (let i = 0; i < cls.length; i++) {
    if (cls[i] !== 'short') continue
    let j = i
    while (j + 1 < cls.length && cls[j + 1] === 'short') j++
    if (j - i + 1 > CLASSIFY.maxShortRun) {
      for (let k = i; k <= j; k++) out[k] = 'bad'
      i = j
      continue
    }
    const prev = neighbour(cls, i, -1, true)
    const next = neighbour(cls, i, 1, true)
    if (prev === 'good' && next === 'good') out[i] = 'good'
    else if (prev === 'bad' && next === 'bad') out[i] = 'bad'
    else if ((prev === 'bad' && neighbour(cls, i, -1, false) === 'nearGood') || (next === 'bad' && neighbour(cls, i, 1, false) === 'nearGood')) out[i] = 'good'
    else out[i] = 'bad'
  }
  for (let i = 0; i < cls.length; i++) {
    if (cls[i] !== 'nearGood') continue
    const prev = neighbour(out, i, -1, true)
    const next = neighbour(out, i, 1, true)
    out[i] = prev === 'bad' && next === 'bad' ? 'bad' : 'good'
  }
  return out
}
