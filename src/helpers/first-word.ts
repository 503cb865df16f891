import { LazyBlock } from '../segment/block.js'
import type { Block } from '../types.js'
import { needsNormalisingText } from '../text/normalize.js'

/**
 * The first word of a block, lower case, letters and digits only: the same first word as the
 * block's label key, found without normalising the block. Label and prefix tables look it up in
 * a set of their own first words before doing anything costlier, so blocks that cannot start a
 * label (most of them) cost one short scan.
 */
const cache = new WeakMap<Block, string>()

function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
  // Latin-1 and general punctuation, symbols, spaces: not letters.
  return !(
    (c >= 0x80 && c <= 0xbf) || c === 0xd7 || c === 0xf7 || (c >= 0x2000 && c <= 0x2bff) ||
    (c >= 0x3000 && c <= 0x303f) || (c >= 0xd800 && c <= 0xdfff) || c === 0xfeff
  )
}

/** Where the first word of text[0, 400) starts and ends (end exclusive; start === end: none). */
function firstWordSpan(text: string): [number, number] {
  let i = 0
  const n = Math.min(text.length, 400)
  while (i < n && !isWordChar(text.charCodeAt(i))) i++
  let j = i
  while (j < n && isWordChar(text.charCodeAt(j))) j++
  return [i, j]
}

function scanFirstWord(text: string): string {
  const [i, j] = firstWordSpan(text)
  return text.slice(i, j).toLowerCase()
}

/**
 * Text whose first word only normalising can tell (NEEDS_NORMALISING: invisible characters,
 * look-alike scripts, compatibility forms, marks that are not letters but sit next to them, such
 * as the emoji variation selector of "➡️ Check current price") takes it from the label key.
 * Only the characters up to the end of the first word, and the one that ends it, can make its
 * normalised form differ ("Sub\u200Bscribe", "Ｓubscribe", a combining accent): what comes after
 * a plain separator cannot join the first word. So only that stretch is tested, not the whole
 * block.
 */
function computeFirstWord(block: Block): string {
  const text = block.text
  const [i, j] = firstWordSpan(text)
  return needsNormalisingText(text.slice(0, j + 1)) ? (block.key.split(' ', 1)[0] ?? '') : text.slice(i, j).toLowerCase()
}

export function firstWord(block: Block): string {
  // The engine's own blocks cache it in a field; blocks made elsewhere (user code) in a WeakMap.
  if (block instanceof LazyBlock) return (block.firstWord ??= computeFirstWord(block))
  let w = cache.get(block)
  if (w === undefined) {
    w = computeFirstWord(block)
    cache.set(block, w)
  }
  return w
}

/** The first word of a label or prefix as written in a table (already normalised). */
export function firstWordOfPhrase(normalised: string): string {
  return scanFirstWord(normalised)
}
