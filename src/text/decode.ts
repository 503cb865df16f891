import { DecruftError } from '../errors.js'

/**
 * Bytes to text, strictly. The encoding comes from, in order: a byte-order mark (it cannot lie
 * about itself), the caller's declared encoding, an HTML `<meta charset>` in the first 1024
 * bytes (where the HTML standard's prescan looks), UTF-16 told by its zero bytes, then UTF-8. Bytes that are not valid in that
 * encoding are a typed `invalid_input` error naming the encoding and the byte offset, never a
 * silent U+FFFD (`Buffer.toString` replaces without a word), unless the caller asks for
 * replacement.
 */
export type EncodingSource = 'bom' | 'option' | 'meta' | 'zero-bytes' | 'default'

export interface DecodeOptions {
  /** The encoding the caller knows the bytes are in (a WHATWG label: `utf-8`, `windows-1252`, `shift_jis`, …). A BOM still wins. */
  readonly encoding?: string
  /** Replace invalid bytes with U+FFFD instead of failing. Default false. */
  readonly replaceInvalid?: boolean
  /** Look for `<meta charset>` (default true). Set false for plain text. */
  readonly sniffMeta?: boolean
}

export interface Decoded {
  readonly text: string
  /** The canonical name of the encoding used (`utf-8`, `utf-16le`, …). */
  readonly encoding: string
  readonly source: EncodingSource
}

const META_PRESCAN_BYTES = 1024
const META_CHARSET = /<meta\b[^>]{0,512}?\bcharset\s*=\s*["']?\s*([a-z0-9_:.-]{1,40})/i

function bomOf(b: Uint8Array): { encoding: string; length: number } | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 }
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 }
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 }
  return undefined
}

const ZERO_PRESCAN_BYTES = 1024

/**
 * UTF-16 saved without a byte-order mark (Windows tools, some exports), told by where its zero
 * bytes fall: Latin-script text in UTF-16 has a zero in every other byte (the high byte of each
 * ASCII or Latin-1 character) and almost none in the others. Read as UTF-8, those bytes are valid
 * and came out as text with a NUL between every two letters, which no rule could read and no
 * error reported. UTF-8 text has no zero bytes at all; text in a script whose UTF-16 has no zero
 * bytes is left to UTF-8, whose strict decoding then fails with the offset.
 */
function utf16ByZeroBytes(b: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.min(b.length, ZERO_PRESCAN_BYTES) >> 1
  if (pairs < 4) return undefined
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < pairs; i++) {
    if (b[2 * i] === 0) evenZeros++
    if (b[2 * i + 1] === 0) oddZeros++
  }
  const few = pairs / 16
  if (oddZeros >= pairs / 2 && evenZeros <= few) return 'utf-16le'
  if (evenZeros >= pairs / 2 && oddZeros <= few) return 'utf-16be'
  return undefined
}

/** The charset an HTML `<meta>` declares in the first 1024 bytes, or undefined. */
export function sniffMetaCharset(bytes: Uint8Array): string | undefined {
  // Latin-1 maps every byte to one char, so an ASCII-compatible declaration reads the same whatever the real encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, META_PRESCAN_BYTES))
  const label = META_CHARSET.exec(head)?.[1]?.toLowerCase()
  if (!label) return undefined
  // The HTML standard: a page cannot declare itself UTF-16 from inside an ASCII-compatible prescan.
  return label.startsWith('utf-16') ? 'utf-8' : label
}

/** Byte offset of the first invalid UTF-8 sequence (for the error message), or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0
  while (i < b.length) {
    const c = b[i]!
    if (c < 0x80) {
      i++
      continue
    }
    let need: number
    let min: number
    if (c >= 0xc2 && c <= 0xdf) [need, min] = [1, 0x80]
    else if (c >= 0xe0 && c <= 0xef) [need, min] = [2, 0x800]
    else if (c >= 0xf0 && c <= 0xf4) [need, min] = [3, 0x10000]
    else return i
    let cp = c & (0x3f >> need)
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k]
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i
      cp = (cp << 6) | (cc & 0x3f)
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i
    i += need + 1
  }
  return -1
}

/**
 * windows-1252 bytes 0x80–0x9F as the WHATWG Encoding standard maps them. Node 20's TextDecoder
 * decodes 'windows-1252' (and its aliases 'latin1', 'iso-8859-1', 'ascii') as ISO-8859-1, so
 * 0x80 comes out as the control U+0080 instead of '€' (checked here on Node 20.20). Bytes the
 * standard leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to themselves.
 */
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'
const C1 = /[\u0080-\u009f]/g

function fixCp1252(text: string): string {
  return C1.test(text) ? text.replace(C1, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!) : text
}

/** Whether a TextDecoder knows the label (a WHATWG encoding name or alias). */
export function knownEncodingLabel(label: string): boolean {
  try {
    new TextDecoder(label)
    return true
  } catch {
    return false
  }
}

function decoderFor(label: string, fatal: boolean, from: EncodingSource): InstanceType<typeof TextDecoder> {
  try {
    return new TextDecoder(label, { fatal, ignoreBOM: true })
  } catch {
    const code = from === 'option' ? 'invalid_option' : 'invalid_input'
    throw new DecruftError(code, `Unknown text encoding ${JSON.stringify(label)}${from === 'meta' ? ' (declared by the page\'s <meta charset>)' : ''}.`, { encoding: label, source: from })
  }
}

export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  if (!(bytes instanceof Uint8Array)) throw new DecruftError('invalid_input', 'decodeBytes takes a Buffer or a Uint8Array.')
  const bom = bomOf(bytes)
  let label: string
  let source: EncodingSource
  let body = bytes
  if (bom) {
    ;[label, source, body] = [bom.encoding, 'bom', bytes.subarray(bom.length)]
  } else if (options.encoding !== undefined) {
    if (typeof options.encoding !== 'string' || !options.encoding) throw new DecruftError('invalid_option', `options.encoding must be an encoding name; got ${JSON.stringify(options.encoding)}.`)
    ;[label, source] = [options.encoding, 'option']
  } else {
    const meta = options.sniffMeta === false ? undefined : sniffMetaCharset(bytes)
    const utf16 = utf16ByZeroBytes(bytes)
    // A label the page declares but no decoder knows ("utf-8mb4") is passed over, as browsers
    // do: the bytes are then read as UTF-8, strictly. (A page in UTF-16 cannot declare itself in
    // a <meta> an ASCII prescan reads, so there the zero bytes come first.)
    if (utf16) [label, source] = [utf16, 'zero-bytes']
    else [label, source] = meta && knownEncodingLabel(meta) ? [meta, 'meta'] : ['utf-8', 'default']
  }
  const decoder = decoderFor(label, !options.replaceInvalid, source)
  try {
    const text = decoder.decode(body)
    return { text: decoder.encoding === 'windows-1252' ? fixCp1252(text) : text, encoding: decoder.encoding, source }
  } catch {
    const at = decoder.encoding === 'utf-8' ? firstInvalidUtf8(body) : -1
    const where = at >= 0 ? ` at byte ${at + (bytes.length - body.length)}` : ''
    throw new DecruftError('invalid_input', `The input bytes are not valid ${decoder.encoding}${where} (encoding from ${source}). Pass the right encoding (options.encoding) or decode them yourself.`, {
      encoding: decoder.encoding,
      source,
      ...(at >= 0 ? { offset: at + (bytes.length - body.length) } : {}),
    })
  }
}
