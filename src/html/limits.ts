import { DecruftError } from '../errors.js'
import { VOID_TAGS } from './tree.js'

/**
 * Budgets checked on the raw markup BEFORE it is parsed: htmlparser2 (under linkedom) is
 * quadratic in nesting depth (100,000 nested divs take 3 s, a million unclosed <b> minutes), and
 * every element costs the parsed tree time and memory (2 million `<p>` in 8 MB: 66 s, 1.5 GB), so
 * the depth and the number of elements must be known without building a tree. A linear tag scan
 * approximates the parser's stack: end tags pop to their open tag, and the elements HTML closes
 * implicitly (a new <p> closes the open <p>, a new <li> the open <li>, …) pop before they push.
 */

/** Opening one of these closes an open element of the listed tags first (the common implied end tags). */
const IMPLIED_CLOSE: Readonly<Record<string, readonly string[]>> = {
  p: ['p'],
  li: ['li'],
  dt: ['dt', 'dd'],
  dd: ['dt', 'dd'],
  tr: ['tr', 'td', 'th'],
  td: ['td', 'th'],
  th: ['td', 'th'],
  option: ['option'],
}
/**
 * Elements whose content is raw text: tags inside them are not tags. Exactly those that
 * htmlparser2 (10) reads so, and only when the name ends there (`<script_x>` is an element like
 * any other): a scan that skipped what the parser reads as markup would let through the depth
 * and the elements it exists to refuse (`<noscript>` and `<plaintext>` were skipped here, and
 * 1.5 MB of nested divs inside one ran past every budget). Skipping less than the parser only
 * counts more.
 */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp'])
/** How far back an end tag looks for its open tag; a stray end tag further away is ignored, as parsers do. */
const END_TAG_REACH = 64

/**
 * The start of a tag, tried only where `indexOf('<')` points (sticky). The rest of the tag is
 * found with `indexOf('>')`: a regex that scans for the closing `>` itself is quadratic on
 * markup with many `<a ` and no `>` (120 KB of them took 7.5 s before any limit could refuse it).
 */
export const TAG_START = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/y

/** What ends a tag name for the parser: a space, '/' or '>'. */
function isEndOfTagName(c: number): boolean {
  return c === 47 || c === 62 || c === 32 || c === 9 || c === 10 || c === 12 || c === 13
}

/** Input size in UTF-8 bytes, without encoding the string. */
export function utf8Length(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) n += 1
    else if (c < 0x800) n += 2
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4
      i++
    } else n += 3
  }
  return n
}

/** Refuses input of `bytes` bytes when it is over the limit (bytes given, or counted from a string). */
export function checkSize(input: string | number, maxInputBytes: number): void {
  // A UTF-16 string takes at least length bytes in UTF-8: skip the count when it cannot be over.
  if (typeof input === 'string' && input.length * 3 <= maxInputBytes) return
  const bytes = typeof input === 'number' ? input : utf8Length(input)
  if (bytes > maxInputBytes) {
    throw new DecruftError('input_too_large', `The input is ${bytes} bytes, more than limits.maxInputBytes (${maxInputBytes}).`, { bytes, limit: maxInputBytes })
  }
}

/** What the tag scan found: the deepest nesting and the number of elements (start tags). */
export interface MarkupCounts {
  readonly depth: number
  readonly elements: number
}

/**
 * The end tag of a raw-text element, found case-insensitively in the markup as written. Not in a
 * lower-cased copy: lower-casing changes the length of some strings ('İ' becomes two code units),
 * and an offset in the copy then pointed past the end tag in the markup, so that the scan skipped
 * the markup after it (a page of 'İ's and a <script> hid 600,000 nested tags from the limits: the
 * parser then ran 211 s). Without the u flag, case folding maps no other character onto ASCII,
 * the way htmlparser2 compares tag names.
 */
const RAW_TEXT_ENDS = new Map<string, RegExp>()
function rawTextEnd(name: string): RegExp {
  let re = RAW_TEXT_ENDS.get(name)
  if (!re) RAW_TEXT_ENDS.set(name, (re = new RegExp(`</${name}`, 'gi')))
  return re
}

/**
 * Nesting depth and element count in one linear scan, before any parsing; it stops as soon as
 * either passes its limit (so a count over the limit is only known to be over it).
 */
export function markupCounts(html: string, maxDepth: number, maxElements: number): MarkupCounts {
  const stack: string[] = []
  let max = 0
  let elements = 0
  let at = html.indexOf('<')
  while (at !== -1) {
    if (html.startsWith('<!--', at)) {
      // From the comment's own dashes: `<!-->` and `<!--->` are whole (empty) comments to the parser.
      const end = html.indexOf('-->', at + 2)
      if (end === -1) break
      at = html.indexOf('<', end + 3)
      continue
    }
    TAG_START.lastIndex = at
    const m = TAG_START.exec(html)
    if (!m) {
      at = html.indexOf('<', at + 1)
      continue
    }
    const close = html.indexOf('>', TAG_START.lastIndex)
    // No '>' anywhere after this point: there is no further tag to count.
    if (close === -1) break
    let next = close + 1
    const name = m[2]!.toLowerCase()
    if (!m[1] && ++elements > maxElements) return { depth: max, elements }
    if (m[1]) {
      const from = stack.length - 1
      for (let i = from; i >= 0 && i > from - END_TAG_REACH; i--) {
        if (stack[i] === name) {
          stack.length = i
          break
        }
      }
    } else if (!VOID_TAGS.has(name) && html.charCodeAt(close - 1) !== 47 /* '/': self-closing */) {
      const closes = IMPLIED_CLOSE[name]
      if (closes) {
        const top = stack[stack.length - 1]
        if (top !== undefined && closes.includes(top)) stack.pop()
      }
      if (RAW_TEXT.has(name) && isEndOfTagName(html.charCodeAt(TAG_START.lastIndex))) {
        const endTag = rawTextEnd(name)
        endTag.lastIndex = next
        const end = endTag.exec(html)
        if (!end) break
        next = end.index
      } else {
        stack.push(name)
        if (stack.length > max) {
          max = stack.length
          if (max > maxDepth) return { depth: max, elements }
        }
      }
    }
    at = html.indexOf('<', next)
  }
  return { depth: max, elements }
}

/** Refuses markup that nests deeper than `maxDepth` or holds more than `maxElements` elements, before parsing it. */
export function checkMarkup(html: string, limits: { readonly maxDepth: number; readonly maxElements: number }): void {
  const { maxDepth, maxElements } = limits
  const counts = markupCounts(html, maxDepth, maxElements)
  if (counts.depth > maxDepth) {
    throw new DecruftError('too_deep', `The HTML nests deeper than limits.maxDepth (${maxDepth}); it was not parsed.`, { limit: maxDepth })
  }
  if (counts.elements > maxElements) {
    throw new DecruftError('too_many_elements', `The HTML has more than limits.maxElements (${maxElements}) elements; it was not parsed.`, { limit: maxElements })
  }
}
