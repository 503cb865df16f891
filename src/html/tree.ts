import { DecruftError } from '../errors.js'
import type { DomElement } from '../types.js'

/**
 * decruft's own light tree of a page. The DOM (linkedom's, or one the caller parsed) is read once
 * into plain objects: every later step (rules, scoring, blocks, serialising) walks arrays instead
 * of linkedom's linked lists, whose `childNodes` and `textContent` rebuild arrays and strings on
 * every call. Scripts, styles and other non-text elements are dropped while reading: no script
 * ever runs, nothing is fetched (we never touch `src`), and they hold no article text.
 */

/** A removal decided on an element: which rule, and why. */
export interface ElementVerdict {
  readonly ruleId: string
  readonly category: string
  readonly reason: string
  readonly confidence: number
}

export class HText {
  readonly kind = 'text' as const
  parent: HElement
  readonly text: string
  /** Set when a text rule removed the block this text belonged to. */
  removed: ElementVerdict | undefined
  constructor(parent: HElement, text: string) {
    this.parent = parent
    this.text = text
  }
}

export type HNode = HElement | HText

export class HElement implements DomElement {
  readonly kind = 'element' as const
  readonly tag: string
  readonly attrs: ReadonlyArray<readonly [string, string]>
  readonly parent: HElement | undefined
  readonly children: HNode[] = []
  readonly depth: number
  /** Set when a rule removed this element (and so its whole subtree). */
  removed: ElementVerdict | undefined
  /** Matched by a site keep-selector, or inside an element that was. */
  keep = false
  /** Matched by a site remove-selector. */
  siteRemove = false
  /** Characters of collapsed text in the subtree, and how many of them sit inside `<a>`. */
  textLength = 0
  linkLength = 0
  /** Whether any descendant is a block-level element (decides how blocks are cut). */
  hasBlock = false
  /** Number of `,` in the subtree's text (Readability's signal of prose). */
  commas = 0
  /** Content score of the article finder, when the element is a candidate. */
  score: number | undefined
  #tokens: ReadonlySet<string> | undefined
  #classes: readonly string[] | undefined
  #text: string | undefined

  constructor(tag: string, attrs: ReadonlyArray<readonly [string, string]>, parent: HElement | undefined) {
    this.tag = tag
    this.attrs = attrs
    this.parent = parent
    this.depth = parent ? parent.depth + 1 : 0
  }

  attr(name: string): string | undefined {
    for (const [k, v] of this.attrs) if (k === name) return v
    return undefined
  }
  get id(): string {
    return this.attr('id') ?? ''
  }
  get classes(): readonly string[] {
    return (this.#classes ??= (this.attr('class') ?? '').toLowerCase().split(/\s+/).filter(Boolean))
  }
  /**
   * The words of the id and class names, each a whole word: `share-buttons` gives `share` and
   * `buttons`, `shareButtons` gives `share` and `buttons`, and each whole name is a token too
   * (`sharedaddy`). Rules compare tokens, never substrings, so `header` never reads as `ad` and
   * `footnote` never as `foot`. A heading's id that spells its own text (an anchor:
   * `<h2 id="social-benefits">Social benefits</h2>`) names the text, not a widget: it gives no tokens.
   */
  get tokens(): ReadonlySet<string> {
    if (!this.#tokens) {
      const set = new Set<string>()
      const names = [...(this.attr('class') ?? '').split(/\s+/), ...(spellsOwnText(this) ? [] : this.id.split(/\s+/))]
      for (const name of names) {
        if (!name || name.length > 80) continue
        set.add(name.toLowerCase())
        for (const part of name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(/[\s_\-:.]+/)) {
          if (!part) continue
          // `o-section--has-ads`, `post--no-sidebar`: the words after `has`/`with`/`no` name what the element has or lacks, not what it is.
          if (MODIFIER_WORDS.has(part.toLowerCase())) break
          set.add(part.toLowerCase())
          // A numbered name is the same word: `comments18-wrapper`, `sidebar2`.
          const word = part.replace(/[0-9]+$/, '')
          if (word.length > 1 && word !== part) set.add(word.toLowerCase())
        }
      }
      this.#tokens = set
    }
    return this.#tokens
  }
  get linkDensity(): number {
    return this.textLength ? this.linkLength / this.textLength : 0
  }
  /** The subtree's text, whitespace collapsed (removed descendants included: this is what a removal reports). */
  get text(): string {
    return (this.#text ??= collapse(rawText(this)))
  }
  hasAncestor(tag: string): boolean {
    for (let p = this.parent; p; p = p.parent) if (p.tag === tag) return true
    return false
  }
}

/** A class name's words after one of these describe the element's contents or options, not the element. */
const MODIFIER_WORDS = new Set(['has', 'with', 'no', 'without'])
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
const MAX_ANCHOR_ID = 200

/**
 * Whether a heading's id is an anchor made from its own text (`h-social-media-video` for "Social
 * Media Video", `nav_nur_die_folie__1` for "Nur die Folie bleibt zurück"): at least two words of
 * the id are words of the heading, and they are at least half of the id's words (numbers aside).
 * `comments` on "3 Comments" is a name, not an anchor: one word.
 */
function spellsOwnText(el: HElement): boolean {
  const id = el.id
  if (!id || id.length > MAX_ANCHOR_ID || !HEADING_TAGS.has(el.tag)) return false
  const parts = id.toLowerCase().split(/[\s_\-:.]+/).filter((w) => w && !/^[0-9]+$/.test(w))
  if (parts.length < 2) return false
  const words = new Set(el.text.toLowerCase().split(/[^\p{L}\p{N}]+/u))
  let hits = 0
  for (const w of parts) if (words.has(w)) hits++
  return hits >= 2 && hits * 2 >= parts.length
}

/** Elements whose content is never article text. */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'link', 'meta', 'title', 'base', 'select', 'option', 'button', 'input', 'textarea', 'audio', 'video', 'source', 'track', 'map', 'param',
])

export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot',
  'tr', 'td', 'th', 'caption', 'ul', 'legend',
])

export const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])

/** The parts of the DOM API decruft reads: linkedom, jsdom and browsers all provide them. */
export interface DomNodeLike {
  readonly nodeType: number
  readonly firstChild: DomNodeLike | null
  readonly nextSibling: DomNodeLike | null
  readonly nodeValue?: string | null
  readonly localName?: string | null
  readonly tagName?: string
  readonly attributes?: ArrayLike<{ readonly name: string; readonly value: string }>
}

const ELEMENT_NODE = 1
const TEXT_NODE = 3
const CDATA_NODE = 4

/**
 * Reads a DOM element into an `HElement` tree. `marks` carries the site selectors' matches
 * (found with the DOM's own `querySelectorAll` before reading). Iterative, so a deep tree that
 * passed the depth check cannot overflow the stack either.
 */
export function readDom(
  root: DomNodeLike,
  marks: { keep: ReadonlySet<unknown>; remove: ReadonlySet<unknown> } = { keep: new Set(), remove: new Set() },
  maxDepth = Infinity,
  /**
   * For a Document the caller parsed (string input was counted before parsing): elements beyond
   * this are refused as they are read, before the copy grows any further.
   */
  maxElements = Infinity,
): HElement {
  const top = new HElement(tagOf(root), attrsOf(root), undefined)
  let elements = 0
  const stack: [DomNodeLike | null, HElement][] = [[root.firstChild, top]]
  while (stack.length) {
    const frame = stack[stack.length - 1]!
    const node = frame[0]
    if (!node) {
      stack.pop()
      continue
    }
    frame[0] = node.nextSibling
    const parent = frame[1]
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) {
      const v = node.nodeValue ?? ''
      if (v) parent.children.push(new HText(parent, v))
    } else if (node.nodeType === ELEMENT_NODE) {
      const tag = tagOf(node)
      if (SKIP.has(tag)) continue
      if (++elements > maxElements) {
        throw new DecruftError('too_many_elements', `The document has more than limits.maxElements (${maxElements}) elements.`, { limit: maxElements })
      }
      const el = new HElement(tag, attrsOf(node), parent)
      if (el.depth > maxDepth) {
        throw new DecruftError('too_deep', `The document nests deeper than limits.maxDepth (${maxDepth}).`, { limit: maxDepth })
      }
      if (marks.keep.has(node) || parent.keep) el.keep = true
      if (marks.remove.has(node)) el.siteRemove = true
      parent.children.push(el)
      if (!VOID_TAGS.has(tag)) stack.push([node.firstChild, el])
    }
  }
  measure(top)
  return top
}

function tagOf(node: DomNodeLike): string {
  return (node.localName ?? node.tagName ?? '').toLowerCase()
}

function attrsOf(node: DomNodeLike): [string, string][] {
  const list = node.attributes
  if (!list) return []
  const out: [string, string][] = []
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!
    out.push([a.name.toLowerCase(), a.value])
  }
  return out
}

export const WS = /[\s\u00a0]+/g

export function collapse(text: string): string {
  return text.replace(WS, ' ').trim()
}

function rawText(el: HElement): string {
  let out = ''
  const visit = (n: HNode): void => {
    if (n.kind === 'text') out += n.text
    else {
      if (n.tag === 'br') out += ' '
      else if (BLOCK_TAGS.has(n.tag)) out += ' '
      for (const c of n.children) visit(c)
      if (BLOCK_TAGS.has(n.tag)) out += ' '
    }
  }
  for (const c of el.children) visit(c)
  return out
}

/** Fills textLength, linkLength, commas and hasBlock bottom-up (post-order, iterative). */
export function measure(top: HElement): void {
  const order: HElement[] = []
  const stack: HElement[] = [top]
  while (stack.length) {
    const el = stack.pop()!
    order.push(el)
    for (const c of el.children) if (c.kind === 'element') stack.push(c)
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i]!
    let len = 0
    let link = 0
    let commas = 0
    let hasBlock = false
    for (const c of el.children) {
      if (c.kind === 'text') {
        const t = collapse(c.text)
        len += t.length
        for (let j = t.indexOf(','); j !== -1; j = t.indexOf(',', j + 1)) commas++
      } else if (!c.removed) {
        len += c.textLength
        link += c.tag === 'a' ? c.textLength : c.linkLength
        commas += c.commas
        if (c.hasBlock || BLOCK_TAGS.has(c.tag)) hasBlock = true
      }
    }
    el.textLength = len
    el.linkLength = link
    el.commas = commas
    el.hasBlock = hasBlock
  }
}

/**
 * Every element of the subtree in document order (pre-order), iteratively; with `descend`, only
 * the elements (and subtrees) it accepts below the top.
 */
export function elements(top: HElement, descend: (el: HElement) => boolean = () => true): HElement[] {
  const out: HElement[] = []
  const stack: HElement[] = [top]
  while (stack.length) {
    const el = stack.pop()!
    out.push(el)
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]!
      if (c.kind === 'element' && descend(c)) stack.push(c)
    }
  }
  return out
}

/** How many links an element holds, and its text outside them (whitespace collapsed). */
export function linksOf(el: HElement): { readonly links: number; readonly rest: string } {
  let links = 0
  let rest = ''
  const visit = (n: HNode): void => {
    if (n.kind === 'text') rest += n.text
    else if (!n.removed) {
      if (n.tag === 'a') {
        if (n.textLength > 0) links++
        rest += ' '
        return
      }
      if (n.tag === 'br' || BLOCK_TAGS.has(n.tag)) rest += ' '
      for (const c of n.children) visit(c)
    }
  }
  for (const c of el.children) visit(c)
  return { links, rest: collapse(rest) }
}

/** A short description of an element for removals: `div#respond.comment-respond`. */
export function describe(el: HElement): string {
  const id = el.id ? `#${el.id.split(/\s+/)[0]}` : ''
  const cls = el.classes.slice(0, 3).map((c) => `.${c}`).join('')
  return `${el.tag}${id}${cls}`.slice(0, 120)
}

const ESCAPE_TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/**
 * Serialises the kept part of a subtree. Event-handler attributes are dropped on the way (cheap,
 * and they are never article content), but this is not a sanitiser: see the README's Security notes.
 */
export function serialize(top: HElement): string {
  const parts: string[] = []
  const visit = (n: HNode): void => {
    if (n.kind === 'text') {
      if (n.removed) return
      parts.push(n.text.replace(/[&<>]/g, (c) => ESCAPE_TEXT[c]!))
      return
    }
    if (n.removed) return
    parts.push('<', n.tag)
    for (const [k, v] of n.attrs) {
      if (k.startsWith('on') || !/^[a-z_:][-a-z0-9_:.]*$/.test(k)) continue
      parts.push(' ', k, '="', v.replace(/[&<>"]/g, (c) => ESCAPE_TEXT[c]!), '"')
    }
    parts.push('>')
    if (VOID_TAGS.has(n.tag)) return
    for (const c of n.children) visit(c)
    parts.push('</', n.tag, '>')
  }
  // Depth is bounded by the depth check before parsing, so recursion here is safe.
  visit(top)
  return parts.join('')
}
