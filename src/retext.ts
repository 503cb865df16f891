import type { Parent, Root, RootContent } from 'nlcst'
import { toString as nlcstToString } from 'nlcst-to-string'
import type { VFile } from 'vfile'
import { createCleaner } from './decruft.js'
import type { Options, Removal } from './types.js'

/**
 * decruft as a retext (unified) plugin.
 *
 * ```js
 * import { retext } from 'retext'
 * import retextDecruft from 'decruft/retext'
 * const file = await retext().use(retextDecruft).process(text)
 * String(file)   // the text without cruft
 * file.messages  // one message per removal, with `ruleId` and `source: 'decruft'`
 * ```
 *
 * One engine, two front doors: the plugin runs the same cleaner as `decruft()` on the file's text,
 * then removes the removed ranges from the NLCST tree (whole paragraphs, or the sentences and words
 * of a line when the text has one paragraph a line) and reports each removal as a vfile message.
 */
export interface RetextDecruftOptions extends Omit<Options, 'format'> {}

type Node = Root | RootContent

function offsets(node: Node): [number, number] | undefined {
  const s = node.position?.start.offset
  const e = node.position?.end.offset
  return s === undefined || e === undefined ? undefined : [s, e]
}

/** Removes from `parent` every child that lies inside a removed range; recurses into children that straddle one. */
function prune(parent: Parent | Root, ranges: readonly [number, number][]): void {
  const kept: RootContent[] = []
  for (const child of parent.children as RootContent[]) {
    const span = offsets(child)
    if (!span) {
      kept.push(child)
      continue
    }
    const [s, e] = span
    const inside = ranges.some(([rs, re]) => s >= rs && e <= re)
    if (inside) continue
    const overlaps = ranges.some(([rs, re]) => s < re && e > rs)
    if (overlaps && 'children' in child) prune(child as Parent, ranges)
    kept.push(child)
  }
  // Whitespace that separated removed nodes would pile up: keep one between kept nodes, none at the edges.
  const tidy: RootContent[] = []
  for (const child of kept) {
    if (child.type === 'WhiteSpaceNode' && (tidy.length === 0 || tidy[tidy.length - 1]!.type === 'WhiteSpaceNode')) continue
    tidy.push(child)
  }
  while (tidy.length && tidy[tidy.length - 1]!.type === 'WhiteSpaceNode') tidy.pop()
  ;(parent as Parent).children = tidy as Parent['children']
}

/** Line endings as vfile-location and parse-latin count them, so that places agree with unified's tools. */
const LINE_ENDING = /\r?\n|\r/g

function point(text: string, offset: number): { line: number; column: number; offset: number } {
  let line = 1
  let lineStart = 0
  LINE_ENDING.lastIndex = 0
  for (let m = LINE_ENDING.exec(text); m && m.index < offset; m = LINE_ENDING.exec(text)) {
    line++
    lineStart = m.index + m[0].length
  }
  return { line, column: offset - lineStart + 1, offset }
}

export default function retextDecruft(options: RetextDecruftOptions = {}) {
  const cleaner = createCleaner({ ...options, format: 'text' })
  return function transformer(tree: Root, file: VFile): void {
    const text = file.value === undefined || file.value === null ? nlcstToString(tree) : String(file.value)
    const result = cleaner.clean(text)
    if (!result.removed.length) return
    // A removed block's range reaches to the next block, so its line break goes with it.
    const ranges = result.removed.map((r: Removal) => [r.start, r.end] as [number, number])
    prune(tree, ranges)
    for (const r of result.removed) {
      const message = file.message(r.reason, {
        place: { start: point(text, r.start), end: point(text, r.end) },
        ruleId: r.ruleId,
        source: 'decruft',
      })
      message.actual = r.text
      message.note = `category: ${r.category}; confidence: ${r.confidence}`
    }
    for (const w of result.warnings) file.message(w.message, { ruleId: w.code, source: 'decruft' })
  }
}
