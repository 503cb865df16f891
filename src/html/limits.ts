import { DecruftError } from '../errors.js'
import { VOID_TAGS } from './tree.js'

/**
 * Budgets checked on the raw markup BEFORE it is parsed: htmlparser2 (under linkedom) is
 * quadratic in nesting depth (100,000 nested divs take 3 s, a million unclosed <b> minutes), so
 * the depth must be known without building a tree. A linear tag scan approximates the parser's
 * stack: end tags pop to their open tag, and the elements HTML closes implicitly (a new <p>
 * closes the open <p>, a new <li> the open <li>, …) pop before they push.
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
/** Elements whose content is raw text: tags inside them are not tags. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'plaintext', 'noscript'])
/** How far back an end tag looks for its open tag; a stray end tag further away is ignored, as parsers do. */
const END_TAG_REACH = 64

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*?(\/?)>|<!--/g

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

export function checkSize(html: string, maxInputBytes: number): void {
  // A UTF-16 string takes at least length bytes in UTF-8: skip the count when it cannot be over.
  if (html.length * 3 <= maxInputBytes) return
  const bytes = utf8Length(html)
  if (bytes > maxInputBytes) {
    throw new DecruftError('input_too_large', `The input is ${bytes} bytes, more than limits.maxInputBytes (${maxInputBytes}).`, { bytes, limit: maxInputBytes })
  }
}

/** The deepest nesting of the markup, as far as the scan can tell; stops counting at `limit + 1`. */
export function nestingDepth(html: string, limit: number): number {
  const stack: string[] = []
  let max = 0
  let lower: string | undefined
  TAG.lastIndex = 0
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    if (m[0] === '<!--') {
      const end = html.indexOf('-->', m.index + 4)
      if (end === -1) break
      TAG.lastIndex = end + 3
      continue
    }
    const name = m[2]!.toLowerCase()
    if (m[1]) {
      const from = stack.length - 1
      for (let i = from; i >= 0 && i > from - END_TAG_REACH; i--) {
        if (stack[i] === name) {
          stack.length = i
          break
        }
      }
      continue
    }
    if (VOID_TAGS.has(name) || m[3]) continue
    const closes = IMPLIED_CLOSE[name]
    if (closes) {
      const top = stack[stack.length - 1]
      if (top !== undefined && closes.includes(top)) stack.pop()
    }
    if (RAW_TEXT.has(name)) {
      const end = (lower ??= html.toLowerCase()).indexOf(`</${name}`, TAG.lastIndex)
      if (end === -1) break
      TAG.lastIndex = end
      continue
    }
    stack.push(name)
    if (stack.length > max) {
      max = stack.length
      if (max > limit) return max
    }
  }
  return max
}

export function checkDepth(html: string, maxDepth: number): void {
  const depth = nestingDepth(html, maxDepth)
  if (depth > maxDepth) {
    throw new DecruftError('too_deep', `The HTML nests deeper than limits.maxDepth (${maxDepth}); it was not parsed.`, { limit: maxDepth })
  }
}
