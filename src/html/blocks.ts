import { BLOCK_TAGS, type HElement, type HNode } from './tree.js'

/**
 * Cuts the article into blocks, the units the text rules judge: every block-level element with
 * inline content gives one block (its inline text), and inline content written straight into a
 * container among block children gives an anonymous block per run. `<br>` becomes a line break;
 * `<pre>` keeps its whitespace; everything else has its whitespace collapsed, so a block's text
 * is what a reader sees.
 */
export interface HtmlBlock {
  readonly text: string
  /** The nodes the block was made of: what goes when a text rule removes the block. */
  readonly nodes: readonly HNode[]
  /** The block element (for an anonymous run: its container). */
  readonly owner: HElement
  /** Whether the run is all of the owner's content (then removing the block removes the owner). */
  readonly whole: boolean
  readonly tag: string
  readonly linkDensity: number
  readonly ancestors: readonly string[]
  /** Inside pre/code, a data table, a block quote or a figure caption: text rules never remove it. */
  readonly protected: boolean
}

const PROTECTING = new Set(['pre', 'code', 'blockquote', 'figcaption', 'q'])
const MAX_ANCESTORS = 8

/** A table of data rather than layout: it has headers or a caption, and no table inside it. */
export function isDataTable(el: HElement): boolean {
  if (el.tag !== 'table') return false
  const role = el.attr('role')
  if (role === 'presentation' || role === 'none') return false
  let headers = false
  const stack: HElement[] = [...childElements(el)]
  while (stack.length) {
    const e = stack.pop()!
    if (e.tag === 'table') return false
    if (e.tag === 'th' || e.tag === 'caption' || e.tag === 'thead') headers = true
    stack.push(...childElements(e))
  }
  return headers
}

function childElements(el: HElement): HElement[] {
  const out: HElement[] = []
  for (const c of el.children) if (c.kind === 'element') out.push(c)
  return out
}

const LETTER = /\p{L}/u
/** Per parent, its children that have words of the parent's own text right beside them (computed once a parent, so linear). */
const besideText = new WeakMap<HElement, ReadonlySet<HNode>>()

function childrenBesideText(parent: HElement): ReadonlySet<HNode> {
  let set = besideText.get(parent)
  if (!set) {
    const found = new Set<HNode>()
    const kids = parent.children
    for (let i = 0; i < kids.length; i++) {
      const c = kids[i]!
      if (c.kind !== 'text' || !LETTER.test(c.text)) continue
      if (i > 0) found.add(kids[i - 1]!)
      if (i + 1 < kids.length) found.add(kids[i + 1]!)
    }
    besideText.set(parent, (set = found))
  }
  return set
}

/**
 * An inline element in running text: not a block and holding none, with words of its parent's
 * own text right before or after it ("The word <a class="popup">quorum</a> was used",
 * "<span class="ad">Acme</span> paid for it"). Its class names a glossary pop-up or a sponsor's
 * link, not a widget, and removing it would cut a sentence in two: rules that judge by name leave
 * it to the text rules, which see the whole paragraph. (A widget of inline elements, such as star
 * ratings between other spans, has no words beside it and is judged as before.)
 */
export function isInRunningText(el: HElement): boolean {
  if (BLOCK_TAGS.has(el.tag) || el.hasBlock || !el.parent) return false
  return childrenBesideText(el.parent).has(el)
}

export function isProtectedElement(el: HElement): boolean {
  return PROTECTING.has(el.tag) || isDataTable(el)
}

interface Walk {
  readonly blocks: HtmlBlock[]
  readonly skip: ReadonlySet<HElement>
}

/**
 * The article's blocks in document order. Recursive: the tree's depth is bounded by
 * `limits.maxDepth`, checked before parsing (and when a DOM Document is read).
 */
export function buildBlocks(root: HElement, skip: ReadonlySet<HElement> = new Set()): HtmlBlock[] {
  const walk: Walk = { blocks: [], skip }
  visitContainer(walk, root, isProtectedElement(root) || hasProtectingAncestor(root))
  return walk.blocks
}

function visitContainer(walk: Walk, el: HElement, prot: boolean): void {
  let run: HNode[] = []
  const total = liveCount(el, walk.skip)
  const flush = (): void => {
    if (run.length) addBlock(walk, el, run, prot, run.length === total)
    run = []
  }
  for (const c of el.children) {
    if (c.kind === 'text') {
      run.push(c)
      continue
    }
    if (c.removed || walk.skip.has(c)) continue
    if (!BLOCK_TAGS.has(c.tag) && !c.hasBlock) {
      run.push(c)
      continue
    }
    flush()
    visitContainer(walk, c, prot || isProtectedElement(c))
  }
  flush()
}

function liveCount(el: HElement, skip: ReadonlySet<HElement>): number {
  let n = 0
  for (const c of el.children) if (c.kind === 'text' || (!c.removed && !skip.has(c))) n++
  return n
}

function hasProtectingAncestor(el: HElement): boolean {
  for (let p = el.parent; p; p = p.parent) if (isProtectedElement(p)) return true
  return false
}

function addBlock(walk: Walk, owner: HElement, nodes: HNode[], prot: boolean, whole: boolean): void {
  const pre = prot && (owner.tag === 'pre' || owner.hasAncestor('pre'))
  let text = ''
  let links = 0
  const visit = (n: HNode, inLink: boolean): void => {
    if (n.kind === 'text') {
      text += n.text
      if (inLink) links += n.text.trim().length
      return
    }
    if (n.removed) return
    if (n.tag === 'br') {
      text += '\n'
      return
    }
    if (n.tag === 'img') return
    for (const c of n.children) visit(c, inLink || n.tag === 'a')
  }
  for (const n of nodes) visit(n, false)
  const clean = pre ? text.replace(/^\n+|\s+$/g, '') : text.split('\n').map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim()).filter(Boolean).join('\n')
  if (!clean) return
  const ancestors: string[] = []
  for (let p: HElement | undefined = owner; p && ancestors.length < MAX_ANCESTORS; p = p.parent) ancestors.push(p.tag)
  walk.blocks.push({
    text: clean,
    nodes,
    owner,
    whole,
    tag: whole || BLOCK_TAGS.has(owner.tag) ? owner.tag : 'div',
    linkDensity: clean.length ? Math.min(1, links / clean.length) : 0,
    ancestors,
    protected: prot,
  })
}
