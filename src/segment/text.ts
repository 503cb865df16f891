import { DecruftError } from '../errors.js'
import type { ParagraphMode } from '../types.js'
import { LazyBlock } from './block.js'
import { endsLikeSentence } from './features.js'

/**
 * Splits plain text into blocks. Paragraphs are separated either by blank lines (most scraped
 * text, `readability_text`) or by single line breaks (one paragraph a line, as in the Sky News
 * seed). In `auto` mode each blank-line paragraph decides for itself: when at least half of its
 * lines end like sentences it is a run of one-line paragraphs and every line is a block;
 * otherwise (hard-wrapped prose, code, an address, verse, a list) it stays one block.
 *
 * The decision depends only on the paragraph's own lines, never on the rest of the document, so
 * cleaning is idempotent: a kept paragraph comes back verbatim and is split the same way again,
 * and split lines come back separated by blank lines. (A document-wide count of separators is
 * not: removing blocks changes the count.)
 *
 * Every line break Unicode knows counts: LF, CRLF, CR, U+2028, U+2029 (and NEL). A U+FEFF at the
 * start of a block is a byte-order mark left by concatenation, not text: it is not part of the
 * block.
 */
export interface Segmentation {
  readonly blocks: LazyBlock[]
  /** `line` when at least one paragraph was split into lines. */
  readonly mode: 'blank-line' | 'line'
}

interface Line {
  start: number
  end: number // exclusive, before the line break
  blank: boolean
}

export const BREAK = /\r\n|[\n\r\u2028\u2029\u0085]/g
/** What a blank line may hold: JavaScript's \s (which takes in NBSP and U+FEFF) and U+200B. */
export const BLANK = /^[\s\u200b]*$/

/**
 * Whether input[from, to) is blank. Most lines start with a visible character, which settles it
 * without the slice and the regex that the rare all-space line still gets.
 */
function isBlank(input: string, from: number, to: number): boolean {
  if (from === to) return true
  const first = input.charCodeAt(from)
  // A printable ASCII character other than the space: visible.
  if (first > 32 && first < 127) return false
  return BLANK.test(input.slice(from, to))
}

/**
 * Calls `visit` for each line in order. Lines are handed over one at a time rather than
 * collected: a text of millions of short lines would otherwise hold them all before the block
 * limit could stop it.
 */
function forEachLine(input: string, visit: (line: Line) => void): void {
  let from = 0
  BREAK.lastIndex = 0
  for (let m = BREAK.exec(input); m !== null; m = BREAK.exec(input)) {
    visit({ start: from, end: m.index, blank: isBlank(input, from, m.index) })
    from = m.index + m[0].length
  }
  visit({ start: from, end: input.length, blank: isBlank(input, from, input.length) })
}

/** Whether a paragraph's lines read as one paragraph a line: at least half end like sentences. */
function isLinePerParagraph(input: string, lines: readonly Line[]): boolean {
  let sentences = 0
  for (const line of lines) if (endsLikeSentence(input.slice(line.start, line.end).trimEnd())) sentences++
  return sentences * 2 >= lines.length
}

/** `maxBlocks`: more blocks than this is a `too_many_blocks` error, raised as soon as it is known. */
export function segmentText(input: string, mode: ParagraphMode = 'auto', maxBlocks = Infinity): Segmentation {
  const blocks: LazyBlock[] = []
  let split = false
  const push = (start: number, end: number) => {
    while (start < end && input.charCodeAt(start) === 0xfeff) start++
    const text = input.slice(start, end).trimEnd()
    if (!text) return
    if (blocks.length >= maxBlocks) {
      throw new DecruftError('too_many_blocks', `The text has more than limits.maxBlocks (${maxBlocks}) blocks; it was not cleaned.`, { limit: maxBlocks })
    }
    blocks.push(new LazyBlock(blocks.length, text, start, start + text.length))
  }
  const paragraph = (group: Line[]) => {
    if (group.length === 0) return
    if (group.length > 1 && (mode === 'line' || (mode === 'auto' && isLinePerParagraph(input, group)))) {
      split = true
      for (const line of group) push(line.start, line.end)
    } else {
      push(group[0]!.start, group[group.length - 1]!.end)
    }
  }
  let group: Line[] = []
  forEachLine(input, (line) => {
    if (line.blank) {
      paragraph(group)
      group = []
    } else {
      group.push(line)
    }
  })
  paragraph(group)
  return { blocks, mode: split || mode === 'line' ? 'line' : 'blank-line' }
}
