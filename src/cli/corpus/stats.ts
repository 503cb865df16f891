import type { ChunkResult, Tally } from './records.js'

/** Totals of a corpus run, summed from the chunk results in input order. */
export class RunTotals {
  lines = 0
  blank = 0
  otherShard = 0
  records = 0
  cleaned = 0
  failed = 0
  outLines = 0
  rejectLines = 0
  dropped: Record<string, number> = {}
  byRule: Record<string, Tally> = {}
  byCategory: Record<string, Tally> = {}

  add(r: ChunkResult): void {
    this.lines += r.lines
    this.blank += r.blank
    this.otherShard += r.otherShard
    this.records += r.records
    this.cleaned += r.cleaned
    this.failed += r.failed
    this.outLines += r.outLines
    this.rejectLines += r.rejectLines
    for (const [k, n] of Object.entries(r.dropped)) this.dropped[k] = (this.dropped[k] ?? 0) + n
    merge(this.byRule, r.byRule)
    merge(this.byCategory, r.byCategory)
  }

  get droppedTotal(): number {
    return Object.values(this.dropped).reduce((a, b) => a + b, 0)
  }

  /** Records written to the output (blank lines are lines, not records). */
  get recordsOut(): number {
    return this.outLines - this.blank
  }

  toJSON(): object {
    return {
      records: this.records,
      cleaned: this.cleaned,
      failed: this.failed,
      recordsOut: this.recordsOut,
      rejected: this.rejectLines,
      dropped: this.dropped,
      blankLines: this.blank,
      otherShard: this.otherShard,
      byRule: sorted(this.byRule),
      byCategory: sorted(this.byCategory),
    }
  }
}

function merge(into: Record<string, Tally>, from: Record<string, Tally>): void {
  for (const [k, t] of Object.entries(from)) {
    const into1 = (into[k] ??= { count: 0, words: 0 })
    into1.count += t.count
    into1.words += t.words
  }
}

function sorted(map: Record<string, Tally>): Record<string, Tally> {
  return Object.fromEntries(Object.entries(map).sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0])))
}

/** The `--stats` table: one line per category, then one per rule, most removals first. */
export function statsTable(t: RunTotals): string {
  const rows = (title: string, map: Record<string, Tally>) => {
    const entries = Object.entries(sorted(map))
    if (!entries.length) return `${title}: none\n`
    const width = Math.max(title.length, ...entries.map(([k]) => k.length))
    return (
      `${title.padEnd(width)}  ${'removals'.padStart(10)}  ${'words'.padStart(12)}\n` +
      entries.map(([k, v]) => `${k.padEnd(width)}  ${String(v.count).padStart(10)}  ${String(v.words).padStart(12)}\n`).join('')
    )
  }
  return `${rows('category', t.byCategory)}\n${rows('rule', t.byRule)}`
}
