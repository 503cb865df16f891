/**
 * The shell of a parsed page: <html>, <head>, <body>, and what a broken page leaves outside them.
 *
 * A browser puts every piece of content into <body> (a <p> before <html>, between <html> and
 * <head>, inside <head>, between </head> and <body>). linkedom keeps it where it was written,
 * and its `head` and `body` getters then do worse than miss it: they take the document's first
 * element for <html> and that element's first child for <head>, and when those are not what they
 * expect they create an empty <head> or <body> and insert it into the document. Read through the
 * getters, such a page came back empty, or only the short real body was read, and a caller's
 * Document was changed by being read.
 *
 * So the shell is found here by walking the nodes, never through the getters; for a page decruft
 * parsed itself the strays are moved into the body, as a browser would have placed them, and a
 * caller's Document whose shell is not regular is read from its serialisation instead.
 */

/** The DOM members used here; linkedom's, jsdom's and a browser's nodes all have them. */
export interface ShellNode {
  readonly nodeType: number
  readonly nodeValue: string | null
  readonly localName?: string
  readonly childNodes: ArrayLike<ShellNode>
  readonly firstChild: ShellNode | null
  readonly outerHTML?: string
  insertBefore(node: ShellNode, before: ShellNode | null): unknown
  appendChild(node: ShellNode): unknown
}

export interface ShellDocument {
  readonly childNodes: ArrayLike<ShellNode>
  createElement?(name: string): ShellNode
}

/** What may stay in <head> or beside it: a browser renders none of it. */
const HEAD_CONTENT = new Set(['title', 'meta', 'link', 'style', 'script', 'base', 'noscript', 'template'])

const ELEMENT = 1
const TEXT = 3
const DOCTYPE = 10

interface Stray {
  readonly node: ShellNode
  /** Content goes to the body's start or end, by where it was written; head content goes into <head>. */
  readonly to: 'start' | 'end' | 'head'
}

interface Shell {
  readonly html?: ShellNode
  readonly head?: ShellNode
  readonly body?: ShellNode
  readonly strays: readonly Stray[]
  /** <html> is the first element, and its elements are <head> then <body>: linkedom's getters read it as it is. */
  readonly regular: boolean
}

function isElement(node: ShellNode, name: string): boolean {
  return node.nodeType === ELEMENT && node.localName === name
}

function isContent(node: ShellNode): boolean {
  if (node.nodeType === TEXT) return (node.nodeValue ?? '').trim() !== ''
  return node.nodeType === ELEMENT && !HEAD_CONTENT.has(node.localName ?? '')
}

function shellOf(doc: ShellDocument): Shell {
  const strays: Stray[] = []
  let html: ShellNode | undefined
  let head: ShellNode | undefined
  let body: ShellNode | undefined
  let regular = true
  // Outside <html>, where the HTML standard places nothing but the doctype and comments.
  const outside = (node: ShellNode) => {
    if (isContent(node)) strays.push({ node, to: html ? 'end' : 'start' })
    else if (node.nodeType === ELEMENT) strays.push({ node, to: 'head' })
    else return
    regular = false
  }
  for (const node of Array.from(doc.childNodes)) {
    if (html || !isElement(node, 'html')) {
      outside(node)
      continue
    }
    html = node
    for (const child of Array.from(node.childNodes)) {
      if (!head && !body && isElement(child, 'head')) {
        head = child
        for (const inHead of Array.from(child.childNodes)) {
          if (!isContent(inHead)) continue
          strays.push({ node: inHead, to: 'start' })
          regular = false
        }
      } else if (!body && isElement(child, 'body')) {
        body = child
        if (!head) regular = false
      } else if (isContent(child)) {
        strays.push({ node: child, to: body ? 'end' : 'start' })
        regular = false
      } else if (child.nodeType === ELEMENT) {
        strays.push({ node: child, to: 'head' })
        regular = false
      }
    }
  }
  return { ...(html ? { html } : {}), ...(head ? { head } : {}), ...(body ? { body } : {}), strays, regular: regular && !!html && !!head && !!body }
}

/** Whether linkedom's getters read the document as it is (a browser's or jsdom's Document always is). */
export function hasRegularShell(doc: ShellDocument): boolean {
  return shellOf(doc).regular
}

/**
 * Moves what a browser would have placed elsewhere into place: content into <body> (before its
 * own content when written before it, after when after), head elements out of the way into
 * <head>. Only for a document decruft parsed itself.
 */
export function normaliseShell(doc: ShellDocument): void {
  const shell = shellOf(doc)
  const { html, body } = shell
  if (shell.regular || !html || !body || !doc.createElement) return
  let head = shell.head
  if (!head) {
    head = doc.createElement('head')
    html.insertBefore(head, html.firstChild)
  }
  const first = body.firstChild
  for (const { node, to } of shell.strays) {
    if (to === 'head') head.appendChild(node)
    else if (to === 'start') body.insertBefore(node, first)
    else body.appendChild(node)
  }
  // <head> first, <body> next: what the getters take them to be.
  if (html.firstChild !== head) html.insertBefore(head, html.firstChild)
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }

/** The markup of a Document: each top-level node's, in order (a doctype as the standard one). */
export function serialiseDocument(doc: ShellDocument): string {
  let out = ''
  for (const node of Array.from(doc.childNodes)) {
    if (node.nodeType === ELEMENT) out += node.outerHTML ?? ''
    else if (node.nodeType === TEXT) out += (node.nodeValue ?? '').replace(/[&<>]/g, (c) => TEXT_ESCAPES[c]!)
    else if (node.nodeType === DOCTYPE) out += '<!DOCTYPE html>'
  }
  return out
}
