import type { ParagraphMode } from '../types.js'
import { LazyBlock } from './block.js'

/**
 * Splits plain text into blocks. Paragraphs are separated either by blank lines (most scraped
 * text, `readability_text`) or by single line breaks (one paragraph a line, as in the Sky News
 * seed). `auto` tells the two apart by counting which separator the document mostly uses, so a
 * blank-line document keeps its rare multi-line blocks (code, addresses, verse) whole.
 *
 * Every line break Unicode knows counts: LF, CRLF, CR, U+2028, U+2029 (and NEL).
 */
export interface Segmentation {
  readonly blocks: LazyBlock[]
  readonly mode: 'blank-line' | 'line'
}

interface Line {
  start: number
  end: number // exclusive, before the line break
  blank: boolean
}

const BREAK = /\r\n|[\n\r\u2028\u2029\u0085]/g
const NON_BLANK = /[^\s\u00a0\u200b\ufeff]/

function splitLines(input: string): Line[] {
  const lines: Line[] = []
  // A byte-order mark is an encoding artefact, not text: the first block starts after it.
  let from = input.charCodeAt(0) === 0xfeff ? 1 : 0
  BREAK.lastIndex = from
  for (let m = BREAK.exec(input); m !== null; m = BREAK.exec(input)) {
    lines.push({ start: from, end: m.index, blank: !NON_BLANK.test(input.slice(from, m.index)) })
    from = m.index + m[0].length
  }
  lines.push({ start: from, end: input.length, blank: !NON_BLANK.test(input.slice(from)) })
  return lines
}

export function segmentText(input: string, mode: ParagraphMode = 'auto'): Segmentation {
  const lines = splitLines(input)
  let singleGaps = 0
  let blankGaps = 0
  let previousWasText = false
  let sawBlank = false
  for (const line of lines) {
    if (line.blank) {
      sawBlank = true
      continue
    }
    if (previousWasText) {
      if (sawBlank) blankGaps++
      else singleGaps++
    }
    previousWasText = true
    sawBlank = false
  }
  const resolved: 'blank-line' | 'line' =
    mode === 'auto' ? (singleGaps > blankGaps ? 'line' : 'blank-line') : mode

  const blocks: LazyBlock[] = []
  const push = (start: number, end: number) => {
    const raw = input.slice(start, end)
    const text = raw.trimEnd()
    blocks.push(new LazyBlock(blocks.length, text, start, start + text.length))
  }
  if (resolved === 'line') {
    for (const line of lines) if (!line.blank) push(line.start, line.end)
  } else {
    let first: Line | undefined
    let last: Line | undefined
    for (const line of lines) {
      if (line.blank) {
        if (first && last) push(first.start, last.end)
        first = last = undefined
      } else {
        first ??= line
        last = line
      }
    }
    if (first && last) push(first.start, last.end)
  }
  return { blocks, mode: resolved }
}
