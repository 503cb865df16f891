import { createRequire } from 'node:module'

/**
 * linkedom is loaded on the first HTML document, not when decruft is imported: it is most of the
 * package's load time (about 0.27 s of 0.32 s CPU here) and about 18 MB in every thread, which
 * text users and corpus workers cleaning text never need. Its CommonJS build, loaded through
 * require(), keeps decruft() synchronous.
 */
const requireFromHere = createRequire(import.meta.url)
let linkedomParse: typeof import('linkedom').parseHTML | undefined
function parseHTML(markup: string): ReturnType<typeof import('linkedom').parseHTML> {
  linkedomParse ??= (requireFromHere('linkedom') as typeof import('linkedom')).parseHTML
  return linkedomParse(markup)
}
import { DecruftError } from '../errors.js'
import type { DomNodeLike } from '../html/tree.js'
import { normaliseShell, type ShellDocument } from './html-shell.js'

/**
 * The one place decruft touches linkedom. linkedom builds no implied <html><head><body> for a
 * fragment or a page without <body> (Readability and every `document.body` user then fail), so
 * the markup is given a body first: what comes after </head> (or all of it) goes inside <body>.
 */

export const HAS_BODY = /<body[\s>]/i
export const HAS_HTML = /<html[\s>]/i
export const HEAD_END = /<\/head\s*>/i
// Inside a tag, `[^<>]` and not `[^>]`: a run that may cross '<' rescans the rest of the page from
// every `<html` that has no `>` (quadratic on hostile markup); one that stops at '<' reads each
// character in one attempt at most.
export const OUTER = /<!doctype[^<>]*>|<\/?html(?:\s[^<>]*)?>|<\/body\s*>/gi
const HEAD_TAG = /<head(?:\s[^<>]*)?>/i
const HEAD_TAGS = /<head(?:\s[^<>]*)?>/gi

/** Markup with an explicit <html><head><body>, so that linkedom gives the document a body. */
export function withBody(html: string): string {
  if (HAS_BODY.test(html)) return HAS_HTML.test(html) ? html : `<!DOCTYPE html><html>${html}</html>`
  const bare = html.replace(OUTER, '')
  const headEnd = HEAD_END.exec(bare)
  if (headEnd) {
    const head = bare.slice(0, headEnd.index).replace(HEAD_TAG, '')
    return `<!DOCTYPE html><html><head>${head}</head><body>${bare.slice(headEnd.index + headEnd[0].length)}</body></html>`
  }
  // No </head>: an opening <head> would swallow the page, so it goes (its title and meta tags
  // then sit in the body, where decruft skips them).
  return `<!DOCTYPE html><html><head></head><body>${bare.replace(HEAD_TAGS, '')}</body></html>`
}

/** A parsed page: the parts decruft reads. */
export interface ParsedPage {
  readonly document: DocumentLike
}

/** The DOM Document members decruft uses; linkedom's, jsdom's and a browser's all have them. */
export interface DocumentLike {
  readonly body: DomNodeLike | null
  readonly documentElement?: DomNodeLike | null
  readonly title?: string
  querySelector(selector: string): (DomNodeLike & { getAttribute?(name: string): string | null; textContent?: string | null }) | null
  querySelectorAll(selector: string): ArrayLike<DomNodeLike>
}

/**
 * The end tags of <body> and <html>. A browser puts what comes after them into the body (the HTML
 * standard's "after body" mode: a second page glued on, a footer or the article itself written
 * after </html>); linkedom keeps that content out of the body's list of children, where nothing
 * reads it. Without the end tags the parser closes both at the end of the input, as a browser does.
 */
const DOCUMENT_ENDS = /<\/(?:body|html)\s*>/gi

/**
 * linkedom, with a typed error for markup it cannot take: its className setter spreads the
 * class list into one call (`classList.add(...tokens)`), and about 130,000 class names in one
 * attribute (260 KB, under every size limit) overflowed the stack with a bare RangeError.
 */
function parse(html: string): DocumentLike {
  try {
    return parseHTML(html).document as unknown as DocumentLike
  } catch (error) {
    if (error instanceof RangeError) {
      throw new DecruftError('invalid_input', `The HTML could not be parsed: the parser ran out of stack (${error.message}); an attribute with a huge list of values does that.`)
    }
    throw error
  }
}

/** linkedom's parse, with the content it leaves outside <body> moved in (html-shell.ts). */
function parseShaped(html: string): DocumentLike {
  const doc = parse(html)
  normaliseShell(doc as unknown as ShellDocument)
  return doc
}

export function parseHtmlDocument(html: string): DocumentLike {
  html = html.replace(DOCUMENT_ENDS, '')
  let doc = parseShaped(withBody(html))
  // linkedom (htmlparser2) does not recover from broken page heads the way browsers do: a
  // mangled doctype or an unclosed <title> leave the page's body empty (its content lands in
  // the title). When the body holds almost no text but the markup has a <body> tag, parse again
  // from that tag on.
  if (BODY_TAG.test(html) && textOf(doc.body) < SHORT_BODY) {
    const again = parseShaped(bodyOnly(html))
    if (textOf(again.body) > textOf(doc.body)) doc = again
  }
  if (!doc.body) throw new DecruftError('invalid_input', 'The HTML could not be parsed into a document with a body.')
  return doc
}

export const BODY_TAG = /<body(?:\s[^<>]*)?>/i
export const TITLE_OPEN = /<title[^<>]*>/i
const MAX_TITLE = 500

/** The text of a well-formed <title> (no markup inside, at most 500 characters), found with indexOf. */
function titleOf(head: string): string | undefined {
  const m = TITLE_OPEN.exec(head)
  if (!m) return undefined
  const start = m.index + m[0].length
  const end = head.toLowerCase().indexOf('</title', start)
  if (end <= start || end - start > MAX_TITLE) return undefined
  const title = head.slice(start, end)
  return title.includes('<') ? undefined : title
}
const SHORT_BODY = 200

function textOf(el: DomNodeLike | null): number {
  return el ? ((el as { textContent?: string | null }).textContent ?? '').trim().length : 0
}

const HEAD_ENDS = /<\/head\s*>/gi

/** What follows the last </head> of the markup ('' when it has none). */
function afterHeadEnd(markup: string): string {
  let end = -1
  for (const m of markup.matchAll(HEAD_ENDS)) end = m.index + m[0].length
  return end === -1 ? '' : markup.slice(end)
}

/**
 * The markup from the first <body> tag on, in a clean shell (the page's <title> kept when it is
 * well formed). What a page writes between </head> and <body> comes first: a browser shows it as
 * the body's start (normaliseShell does the same for the first parse).
 */
export function bodyOnly(html: string): string {
  const m = BODY_TAG.exec(html)
  const before = html.slice(0, m ? m.index : html.length)
  const rest = m ? afterHeadEnd(before) + html.slice(m.index + m[0].length) : html
  const title = titleOf(before)
  return `<!DOCTYPE html><html><head>${title ? `<title>${title}</title>` : ''}</head><body>${rest.replace(OUTER, '')}</body></html>`
}

let selectorProbe: DocumentLike | undefined

/** Why a CSS selector cannot be used (linkedom's parser, as the HTML path uses it), or undefined. */
export function selectorError(selector: string): string | undefined {
  selectorProbe ??= parse('<!DOCTYPE html><html><head></head><body></body></html>')
  try {
    selectorProbe.querySelectorAll(selector)
    return undefined
  } catch (error) {
    return (error as Error).message
  }
}

/** Whether a value is a DOM Document (from linkedom, jsdom or a browser), read by shape. */
export function isDocumentLike(value: unknown): value is DocumentLike {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return v.nodeType === 9 && typeof v.querySelectorAll === 'function' && 'body' in v
}
