import { BLOCK_TAGS, collapse, elements, type HElement } from './tree.js'

/**
 * Finds the element that holds the article, the way Readability does (it measures well on the
 * benchmark pages, and its traps are known): every paragraph-like element scores by its length
 * and commas, passes its score to its parent (in full), grandparent (half) and further ancestors
 * (less), each ancestor starts from a score by its tag and its class words, and the best ancestor
 * after a link-density penalty is the article. Its siblings join when they score near it or read
 * like prose. Differences from Readability: class words are whole words (`header` is not `ad`),
 * and the cruft the DOM rules already removed is out of the count.
 */

const POSITIVE = new Set(['article', 'body', 'content', 'entry', 'hentry', 'h-entry', 'main', 'page', 'post', 'text', 'blog', 'story', 'articlebody', 'article-body', 'entry-content', 'post-content', 'story-body'])
const NEGATIVE = new Set([
  'hidden', 'banner', 'combx', 'comment', 'comments', 'com', 'contact', 'footer', 'masthead', 'media', 'meta', 'outbrain', 'promo',
  'related', 'scroll', 'share', 'shoutbox', 'sidebar', 'skyscraper', 'sponsor', 'shopping', 'tags', 'widget', 'ad', 'ads', 'nav', 'menu',
])

/** Readability's class weight, on whole words. */
export function classWeight(el: HElement): number {
  let w = 0
  let pos = false
  let neg = false
  for (const t of el.tokens) {
    if (!pos && POSITIVE.has(t)) pos = true
    if (!neg && NEGATIVE.has(t)) neg = true
  }
  if (neg) w -= 25
  if (pos) w += 25
  return w
}

function tagScore(tag: string): number {
  switch (tag) {
    case 'div':
    case 'article':
    case 'main':
      return 5
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5
    default:
      return 0
  }
}

const LIST_TAGS = new Set(['ol', 'ul', 'dl'])
const LIST_HOLDER_SHARE = 0.75
const SCORED = new Set(['p', 'pre', 'td', 'section', 'h2', 'h3', 'h4', 'h5', 'h6'])
const MAX_ANCESTORS = 5
const MIN_PARAGRAPH = 25

function initScore(el: HElement, scored: HElement[]): void {
  if (el.score !== undefined) return
  el.score = tagScore(el.tag) + classWeight(el)
  scored.push(el)
}

/** Length and commas of the element's own inline text (text not inside a block child). */
function ownInline(el: HElement): { len: number; commas: number } {
  let len = 0
  let commas = 0
  for (const c of el.children) {
    if (c.kind === 'text') {
      const t = collapse(c.text)
      len += t.length
      for (let j = t.indexOf(','); j !== -1; j = t.indexOf(',', j + 1)) commas++
    } else if (!c.removed && !BLOCK_TAGS.has(c.tag) && !c.hasBlock) {
      len += c.textLength
      commas += c.commas
    }
  }
  return { len, commas }
}

function addScore(from: HElement, len: number, commas: number, scored: HElement[]): void {
  const score = 1 + commas + Math.min(Math.floor(len / 100), 3)
  let level = 0
  for (let a: HElement | undefined = from; a && level < MAX_ANCESTORS; a = a.parent, level++) {
    if (a.tag === 'body' || a.tag === 'html') break
    initScore(a, scored)
    const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3
    a.score! += score / divider
  }
}

/** Elements not removed, in document order. */
export function live(top: HElement): HElement[] {
  return elements(top, (el) => !el.removed)
}

export interface Article {
  /** The element whose kept children make the article. */
  readonly root: HElement
  /** When siblings of the top candidate joined: the root's children that are not part of the article. */
  readonly excludedChildren: ReadonlySet<HElement>
}

export function findArticle(body: HElement): Article {
  const scored: HElement[] = []
  for (const el of live(body)) {
    if (el.tag === 'body') continue
    if (SCORED.has(el.tag) || ((el.tag === 'div' || el.tag === 'article' || el.tag === 'li') && !el.hasBlock)) {
      if (el.textLength < MIN_PARAGRAPH) continue
      // The paragraph's parent is where its score starts (Readability scores ancestors, not the paragraph).
      if (el.parent) addScore(el.parent, el.textLength, el.commas, scored)
    } else if (el.hasBlock && el.tag !== 'td') {
      // Text written straight into a container among block children: Readability wraps it in a <p>.
      const own = ownInline(el)
      if (own.len >= MIN_PARAGRAPH) addScore(el, own.len, own.commas, scored)
    }
  }
  if (!scored.length) return { root: body, excludedChildren: new Set() }
  for (const el of scored) el.score = el.score! * (1 - el.linkDensity)
  scored.sort((a, b) => b.score! - a.score!)
  let top = scored[0]!
  const topScore = top.score!

  // When several strong candidates share an ancestor, the article is that ancestor (split bodies).
  const alternatives = scored.slice(1, 5).filter((c) => c.score! / topScore >= 0.75)
  if (alternatives.length >= 3) {
    const lists = alternatives.map((c) => ancestorsOf(c))
    for (let p = top.parent; p && p.tag !== 'body'; p = p.parent) {
      if (lists.filter((l) => l.has(p)).length >= 3) {
        top = p
        break
      }
    }
  }
  // A list that outscores everything (a paper's references, a long link list: every item scores
  // as a paragraph) is the article only when nothing around it scores near it: an ancestor that
  // scores at least 75% of it holds the text the list belongs to.
  if (LIST_TAGS.has(top.tag)) {
    let holder: HElement | undefined
    for (let p = top.parent; p && p.tag !== 'body'; p = p.parent) if (p.score !== undefined && p.score >= topScore * LIST_HOLDER_SHARE) holder = p
    if (holder) top = holder
  }
  // Climb while the parent scores better (the article is split across siblings).
  let lastScore = top.score ?? 0
  const threshold = lastScore / 3
  for (let p = top.parent; p && p.tag !== 'body'; p = p.parent) {
    if (p.score === undefined) continue
    if (p.score < threshold) break
    if (p.score > lastScore) {
      top = p
      break
    }
    lastScore = p.score
  }
  while (top.parent && top.parent.tag !== 'body' && liveChildren(top.parent).length === 1) top = top.parent
  top = widen(top, proseOf(body))

  const parent = top.parent
  if (!parent || parent.tag === 'html') return { root: top, excludedChildren: new Set() }
  const threshold2 = Math.max(10, (top.score ?? 0) * 0.2)
  const excluded = new Set<HElement>()
  let joined = 0
  const keeps: boolean[] = []
  const topClass = top.attr('class') ?? ''
  for (const sib of liveChildren(parent)) {
    if (sib === top) {
      keeps.push(true)
      continue
    }
    let keep = false
    let bonus = 0
    if (topClass && sib.attr('class') === topClass) bonus += (top.score ?? 0) * 0.2
    if (sib.score !== undefined && sib.score + bonus >= threshold2) keep = true
    else if (sib.tag === 'p' || !HEADINGS.has(sib.tag)) {
      // Readability keeps prose-shaped <p> siblings; any element whose text is prose is kept the same way.
      const ld = sib.linkDensity
      const text = sib.text
      if (text.length > 80 && ld < 0.25 && (sib.tag === 'p' || SENTENCE.test(text))) keep = true
      else if (text.length < 80 && text.length > 0 && ld === 0 && /\.( |$)/.test(text) && (sib.tag === 'p' || !sib.hasBlock)) keep = true
    }
    keeps.push(keep)
    if (keep) joined++
  }
  // A heading stays with the article when the sibling after it is kept: it is that section's title.
  const sibs = liveChildren(parent)
  for (let i = 0; i < sibs.length; i++) {
    const sib = sibs[i]!
    if (sib === top || keeps[i]) continue
    if (HEADINGS.has(sib.tag) && sib.linkDensity < 0.5 && (sibs[i + 1] === top || keeps[i + 1])) continue
    excluded.add(sib)
  }
  if (!joined) return { root: top, excludedChildren: new Set() }
  return { root: parent, excludedChildren: excluded }
}

function liveChildren(el: HElement): HElement[] {
  const out: HElement[] = []
  for (const c of el.children) if (c.kind === 'element' && !c.removed) out.push(c)
  return out
}

function ancestorsOf(el: HElement): Set<HElement> {
  const s = new Set<HElement>()
  for (let p = el.parent; p; p = p.parent) s.add(p)
  return s
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
/** Text that reads as sentences: a full stop, question or exclamation mark followed by more text or the end. */
export const SENTENCE = /[.!?。…]["'”’)]?(?:\s|$)/
const MIN_PROSE = 40
const MAX_PROSE_LINKS = 0.3

/**
 * Characters of prose under each live element: text of the block-level units (elements with no
 * block inside, and text written straight into a container) that are long enough, mostly not
 * links, and read as sentences. Menus, link lists, bylines and button rows count for nothing.
 */
export function proseOf(body: HElement): Map<HElement, number> {
  const prose = new Map<HElement, number>()
  const order = live(body)
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i]!
    if (!el.hasBlock) {
      prose.set(el, isProse(el.text, el.textLength, el.linkDensity) ? el.textLength : 0)
      continue
    }
    let sum = 0
    let own = ''
    for (const c of el.children) {
      if (c.kind === 'text') own += c.text
      else if (!c.removed) {
        if (BLOCK_TAGS.has(c.tag) || c.hasBlock) sum += prose.get(c) ?? 0
        else if (c.tag !== 'a') own += ' ' + c.text
      }
    }
    const run = collapse(own)
    if (run.length >= MIN_PROSE && SENTENCE.test(run)) sum += run.length
    prose.set(el, sum)
  }
  return prose
}

function isProse(text: string, len: number, linkDensity: number): boolean {
  return len >= MIN_PROSE && linkDensity < MAX_PROSE_LINKS && SENTENCE.test(text)
}

/**
 * Widens the chosen element while that only adds prose: an ancestor is taken when nearly all (85%)
 * of the text it adds is prose (the article's other sections, a lead paragraph or a headline
 * block that the scoring split off). An ancestor that adds mostly menus, link lists or teasers
 * is not taken; one higher up still can be, when what it adds over the current choice is prose.
 */
export function widen(top: HElement, prose: ReadonlyMap<HElement, number>): HElement {
  let cur = top
  for (let a = top.parent; a && a.tag !== 'body' && a.tag !== 'html'; a = a.parent) {
    const added = a.textLength - cur.textLength
    if (added <= 0) continue
    const addedProse = (prose.get(a) ?? 0) - (prose.get(cur) ?? 0)
    if (addedProse > 0 && addedProse >= added * PROSE_SHARE) cur = a
  }
  return cur
}
const PROSE_SHARE = 0.85

/** At most this much text in an article header: a headline, a standfirst, a byline and a date, not a page section. */
const MAX_HEADER_TEXT = 1200
const MAX_HEADER_LINKS = 0.35

/**
 * The article's header: the headline's own box (`<header>`, `<div class="article-head">`) when it
 * sits outside the chosen element, so that the standfirst and the lead written after the
 * headline come with it. The box is the largest ancestor of the headline that does not hold the
 * article; it is taken when it is short and mostly not links, and otherwise the headline alone.
 * What comes before the headline in the box (a kicker, a reprints notice, the site's name) is
 * returned in `before`: it is not part of the article.
 */
export function articleHeader(headline: HElement, root: HElement): { box: HElement; before: HElement[] } {
  let box = headline
  for (let a = headline.parent; a && a.tag !== 'body' && !contains(a, root); a = a.parent) box = a
  if (box === headline || box.textLength > MAX_HEADER_TEXT || box.linkDensity > MAX_HEADER_LINKS) return { box: headline, before: [] }
  const before: HElement[] = []
  for (let el: HElement = headline; el !== box && el.parent; el = el.parent) {
    for (const c of el.parent.children) {
      if (c === el) break
      if (c.kind === 'element' && !c.removed) before.push(c)
    }
  }
  return { box, before }
}

function contains(a: HElement, el: HElement): boolean {
  for (let p: HElement | undefined = el; p; p = p.parent) if (p === a) return true
  return false
}
