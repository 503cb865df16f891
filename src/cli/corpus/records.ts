import { isUtf8 } from 'node:buffer'
import type { Cleaner } from '../../decruft.js'
import { DecruftError } from '../../errors.js'
import type { Removal } from '../../types.js'
import { getField } from '../record-field.js'
import { spliceField } from './json-splice.js'
import { concatFresh } from './chunker.js'

/** What every worker needs to know besides the cleaner: plain data, so it crosses thread borders. */
export interface RecordSettings {
  field: string
  idField: string
  removedField?: string
  dropEmpty: boolean
  /** Failed records go to the rejects stream instead of the output. */
  rejects: boolean
  explain: boolean
  shard?: { index: number; count: number }
  shardBy?: string
}

/** A run of complete lines, cut by the main thread at a newline. */
export interface ChunkTask {
  seq: number
  /** Name of the input, for reports. */
  source: string
  bytes: Uint8Array
  /** 1-based line number of the first line, in its input. */
  firstLine: number
  /** 0-based position of the first line among all lines of all inputs (for `--shard I/N`). */
  firstIndex: number
  /** The input ended without a newline after the last line of this chunk. */
  unterminated: boolean
  /** Lines (index in the chunk) not to clean, with the reason: they timed out or crashed a worker. */
  skip: Record<number, string>
}

export interface RecordFailure {
  /** 1-based line number in its input. */
  line: number
  id?: string
  reason: string
}

/** Removals per rule or per category. */
export interface Tally {
  count: number
  words: number
}

export interface ChunkResult {
  seq: number
  out: Uint8Array
  rejects: Uint8Array
  explain: string
  failures: RecordFailure[]
  lines: number
  /** Blank lines, written back as blank lines (one output line per input line). */
  blank: number
  /** Lines that belong to another shard. */
  otherShard: number
  /** Non-blank lines of this shard. */
  records: number
  cleaned: number
  failed: number
  dropped: Record<string, number>
  outLines: number
  rejectLines: number
  byRule: Record<string, Tally>
  byCategory: Record<string, Tally>
}

const WORD = /[\p{L}\p{N}]+/gu

function countWords(text: string): number {
  let n = 0
  WORD.lastIndex = 0
  while (WORD.exec(text)) n++
  return n
}

/** FNV-1a, 32 bit: stable across machines and Node versions, which is all sharding needs. */
export function hash32(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

function idOf(record: unknown, field: string): string | undefined {
  const id = getField(record, field)
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined
}

/** A UTF-8 BOM at the start of a line: not part of its JSON, written back before it. */
function bomOf(text: string): '\ufeff' | '' {
  return text.charCodeAt(0) === 0xfeff ? '\ufeff' : ''
}

function describe(error: unknown): string {
  if (error instanceof DecruftError) return `${error.code}: ${error.message}`
  return `cleaning threw ${(error as Error)?.name ?? 'an error'}: ${(error as Error)?.message ?? String(error)}`
}

function tally(map: Record<string, Tally>, key: string, words: number): void {
  const t = (map[key] ??= { count: 0, words: 0 })
  t.count++
  t.words += words
}

/**
 * Cleans one chunk of JSON lines. Every non-blank line of this shard ends in exactly one place:
 * the output (cleaned, or unchanged after a failure), the rejects, or the dropped count — the
 * counts returned let the caller check records in = out + rejects + dropped.
 * `onRecord(i)` is called before line `i` is cleaned, so a watchdog can tell which line hangs.
 */
export function processChunk(
  task: ChunkTask,
  cleaner: Cleaner,
  settings: RecordSettings,
  onRecord: (i: number) => void = () => {},
): ChunkResult {
  const bytes = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength)
  const out: (string | Buffer)[] = []
  const rej: Buffer[] = []
  let explain = ''
  const r: ChunkResult = {
    seq: task.seq,
    out: new Uint8Array(0),
    rejects: new Uint8Array(0),
    explain: '',
    failures: [],
    lines: 0,
    blank: 0,
    otherShard: 0,
    records: 0,
    cleaned: 0,
    failed: 0,
    dropped: {},
    outLines: 0,
    rejectLines: 0,
    byRule: {},
    byCategory: {},
  }
  const { shard, shardBy } = settings
  let start = 0
  for (let i = 0; start < bytes.length; i++) {
    let end = bytes.indexOf(10, start)
    const terminated = end !== -1
    if (!terminated) end = bytes.length
    const next = end + 1
    const lineNo = task.firstLine + i
    const index = task.firstIndex + i
    r.lines++
    let stop = end
    if (stop > start && bytes[stop - 1] === 13) stop-- // CRLF
    // Each line goes out with the line ending it came with: records passed through or rejected
    // are unchanged, CR included, and a cleaned one changes in its field only.
    const eol = stop < end ? '\r\n' : '\n'
    const raw = bytes.subarray(start, stop)
    start = next
    if (shard && !shardBy && index % shard.count !== shard.index) {
      r.otherShard++
      continue
    }
    const text = isUtf8(raw) ? raw.toString('utf8') : undefined
    let record: unknown
    let parseError: string | undefined
    if (text === undefined) parseError = 'not valid UTF-8'
    else if (text.trim() === '') {
      if (shard && shardBy && hash32('') % shard.count !== shard.index) {
        r.otherShard++
        continue
      }
      r.blank++
      r.outLines++
      out.push(raw.length ? Buffer.concat([raw, Buffer.from(eol)]) : eol)
      continue
    } else {
      try {
        record = JSON.parse(bomOf(text) ? text.slice(1) : text)
      } catch (error) {
        parseError = `not valid JSON (${(error as Error).message})`
      }
    }
    if (shard && shardBy) {
      const key = parseError ? (text ?? raw.toString('latin1')) : (idOf(record, shardBy) ?? text!)
      if (hash32(key) % shard.count !== shard.index) {
        r.otherShard++
        continue
      }
    }
    r.records++
    const id = parseError ? undefined : idOf(record, settings.idField)
    const fail = (reason: string) => {
      r.failed++
      r.failures.push(id === undefined ? { line: lineNo, reason } : { line: lineNo, id, reason })
      const line = Buffer.concat([raw, Buffer.from(eol)])
      if (settings.rejects) {
        rej.push(line)
        r.rejectLines++
      } else {
        out.push(line)
        r.outLines++
      }
    }
    if (parseError) {
      fail(!terminated && task.unterminated ? `truncated last line (no newline at the end of the input), ${parseError}` : parseError)
      continue
    }
    if (task.skip[i] !== undefined) {
      fail(task.skip[i]!)
      continue
    }
    const value = getField(record, settings.field)
    if (typeof value !== 'string') {
      fail(value === undefined ? `no field "${settings.field}"` : `field "${settings.field}" is not a string`)
      continue
    }
    onRecord(i)
    let cleaned: string
    let removed: readonly Removal[]
    try {
      const result = cleaner.clean(value)
      cleaned = result.text
      removed = result.removed
    } catch (error) {
      fail(describe(error))
      continue
    }
    // The cleaned field (and the removals) go back into the record's own text: re-serialising the
    // parsed record would round 64-bit ids and turn 1e999 into null (json-splice.ts).
    const bom = bomOf(text!)
    const json = bom ? text!.slice(1) : text!
    let line = spliceField(json, settings.field, JSON.stringify(cleaned))
    if (typeof line !== 'string') {
      fail(`cannot write the cleaned field back (${line.reason})`)
      continue
    }
    if (settings.removedField) {
      const removals = removed.map((rm) => ({ ruleId: rm.ruleId, category: rm.category, reason: rm.reason, text: rm.text, start: rm.start, end: rm.end }))
      const withRemovals = spliceField(line, settings.removedField, JSON.stringify(removals), true)
      if (typeof withRemovals !== 'string') {
        fail(`cannot attach the removals at "${settings.removedField}" (${withRemovals.reason})`)
        continue
      }
      line = withRemovals
    }
    for (const rm of removed) {
      const words = countWords(rm.text)
      tally(r.byRule, rm.ruleId, words)
      tally(r.byCategory, rm.category, words)
    }
    if (settings.explain && removed.length) {
      explain += `${task.source}:${lineNo}${id === undefined ? '' : ` (${id})`}: ${removed.length} block(s) removed\n`
      for (const rm of removed) explain += `  ${rm.ruleId}  [${rm.category}] ${rm.reason}\n    ${oneLine(rm.text)}\n`
    }
    if (settings.dropEmpty && cleaned.trim() === '') {
      const why = value.trim() === '' ? 'field empty in the input' : 'field empty after cleaning'
      r.dropped[why] = (r.dropped[why] ?? 0) + 1
      continue
    }
    r.cleaned++
    r.outLines++
    out.push(`${bom}${line}${eol}`)
  }
  onRecord(-1)
  r.out = encode(out)
  r.rejects = rej.length ? new Uint8Array(Buffer.concat(rej)) : new Uint8Array(0)
  r.explain = explain
  return r
}

function oneLine(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

/** Joins strings and raw lines into one fresh buffer (never a pooled slice: it is transferred). */
function encode(parts: (string | Buffer)[]): Uint8Array {
  const buffers: Buffer[] = []
  let run: string[] = []
  for (const p of parts) {
    if (typeof p === 'string') run.push(p)
    else {
      if (run.length) buffers.push(Buffer.from(run.join('')))
      run = []
      buffers.push(p)
    }
  }
  if (run.length) buffers.push(Buffer.from(run.join('')))
  return concatFresh(buffers)
}
