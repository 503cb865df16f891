import { DecruftError } from './errors.js'

/**
 * Turns what the caller passed into a string, or says clearly why it cannot. Bytes are decoded
 * strictly: invalid UTF-8 is an error, never a silent U+FFFD.
 */
export function decodeInput(input: unknown): string {
  if (typeof input === 'string') return input
  if (input instanceof Uint8Array) {
    // Buffer is a Uint8Array too.
    if (input[0] === 0xff && input[1] === 0xfe) return new TextDecoder('utf-16le').decode(input.subarray(2))
    if (input[0] === 0xfe && input[1] === 0xff) return new TextDecoder('utf-16be').decode(input.subarray(2))
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(input)
    } catch {
      throw new DecruftError('invalid_input', 'The input bytes are not valid UTF-8. Decode them yourself and pass a string.')
    }
  }
  const kind = input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input
  throw new DecruftError('invalid_input', `decruft() takes a string, a Buffer, a Uint8Array or a DOM Document; got ${kind}.`)
}

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|\?xml)\b/i
const TAG = /<\/?(?:p|div|span|a|br|li|ul|h[1-6]|section|article|script|style|table|img)\b[^>]*>/gi

/** Whether text looks like HTML markup rather than prose (for `format: 'auto'`). */
export function looksLikeHtml(text: string): boolean {
  if (HTML_START.test(text.slice(0, 2000))) return true
  const sample = text.slice(0, 20000)
  const tags = sample.match(TAG)?.length ?? 0
  return tags >= 3 && tags * 40 > sample.length / 10
}
