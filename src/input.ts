import { DecruftError } from './errors.js'
import { decodeBytes } from './text/decode.js'

/**
 * Turns what the caller passed into a string, or says clearly why it cannot. Bytes are decoded
 * strictly: invalid UTF-8 is an error, never a silent U+FFFD.
 */
export function decodeInput(input: unknown, options: { encoding?: string | undefined; sniffMeta?: boolean } = {}): string {
  if (typeof input === 'string') return input
  // Buffer is a Uint8Array too. The encoding comes from a byte-order mark, the declared option,
  // then (for HTML) <meta charset>, then UTF-8; invalid bytes are an error, never U+FFFD.
  if (input instanceof Uint8Array) {
    return decodeBytes(input, { ...(options.encoding ? { encoding: options.encoding } : {}), sniffMeta: options.sniffMeta ?? false }).text
  }
  const kind = input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input
  throw new DecruftError('invalid_input', `decruft() takes a string, a Buffer, a Uint8Array or a DOM Document; got ${kind}.`)
}

/**
 * Markup detection for `format: 'auto'`, written as loops over `indexOf` with sticky regexes for
 * the tag names only. The regex forms (`^\s*(?:<!--[\s\S]*?-->\s*)*<html…` and
 * `<tag\b[^>]*>`) backtrack exponentially and quadratically on hostile input: 283 characters of
 * nested comment openers took 451 s.
 */
// Head elements start pages too: a page that opens with a <script> or <style> block (a tag
// manager's snippet, inlined CSS) has its <!DOCTYPE> tens of kilobytes in, past the sample.
export const DOCUMENT_START = /<(?:!doctype\s+html|html|head|body|\?xml|script|style|meta|link|title)\b/iy
export const KNOWN_TAG = /<\/?(?:p|div|span|a|br|li|ul|h[1-6]|section|article|script|style|table|img)\b/iy
const SPACE = /\s/

function startsLikeDocument(text: string): boolean {
  let i = 0
  for (;;) {
    while (i < text.length && SPACE.test(text[i]!)) i++
    if (!text.startsWith('<!--', i)) break
    const end = text.indexOf('-->', i + 4)
    if (end === -1) return false
    i = end + 3
  }
  DOCUMENT_START.lastIndex = i
  return DOCUMENT_START.test(text)
}

function countTags(sample: string): number {
  let tags = 0
  for (let i = sample.indexOf('<'); i !== -1; ) {
    KNOWN_TAG.lastIndex = i
    if (!KNOWN_TAG.test(sample)) {
      i = sample.indexOf('<', i + 1)
      continue
    }
    const close = sample.indexOf('>', KNOWN_TAG.lastIndex)
    if (close === -1) break
    tags++
    i = sample.indexOf('<', close + 1)
  }
  return tags
}

/** Whether text looks like HTML markup rather than prose (for `format: 'auto'`). */
export function looksLikeHtml(text: string): boolean {
  if (startsLikeDocument(text.slice(0, 2000))) return true
  const sample = text.slice(0, 20000)
  const tags = countTags(sample)
  return tags >= 3 && tags * 40 > sample.length / 10
}
