/**
 * Writes one field of a JSON record back into the record's own text, leaving every other byte as
 * it was. Corpus mode used to serialise the parsed record again, and `JSON.parse` is lossy: an
 * integer above 2^53 comes back rounded (two 64-bit ids, as tweets and crawls have them, became
 * one), `1e999` comes back as `null`, and a record nested a few thousand levels deep made
 * `JSON.stringify` overflow the stack. Only the text is scanned here, along the field's path; the
 * record was already parsed (so the text is valid JSON) to read the field.
 *
 * Paths follow record-field.ts: at each level a key equal to the whole rest of the path wins,
 * else the path splits at its first dot. A key that appears twice counts in its last place, as
 * `JSON.parse` reads it.
 */

interface Member {
  readonly key: string
  readonly valueStart: number
  readonly valueEnd: number
}

interface ObjectScan {
  readonly members: readonly Member[]
  /** Index of the closing brace. */
  readonly close: number
}

function skipSpace(json: string, i: number): number {
  for (;;) {
    const c = json.charCodeAt(i)
    if (c === 32 || c === 9 || c === 10 || c === 13) i++
    else return i
  }
}

/** The index after the string that starts at `i` (a quote). */
function stringEnd(json: string, i: number): number {
  for (let q = json.indexOf('"', i + 1); ; q = json.indexOf('"', q + 1)) {
    let backslashes = 0
    while (json.charCodeAt(q - 1 - backslashes) === 92) backslashes++
    if (backslashes % 2 === 0) return q + 1
  }
}

/** The index after the value that starts at `i`; nesting is counted, not recursed into. */
function valueEnd(json: string, i: number): number {
  let depth = 0
  for (;;) {
    const c = json.charCodeAt(i)
    if (c === 34 /* " */) i = stringEnd(json, i)
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++
      i++
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      depth--
      i++
    } else if (depth > 0) i++
    else {
      // A number, true, false or null: up to the next delimiter.
      while (i < json.length && !',}] \t\r\n'.includes(json[i]!)) i++
      return i
    }
    if (depth === 0) return i
  }
}

function scanObject(json: string, open: number): ObjectScan {
  const members: Member[] = []
  let i = skipSpace(json, open + 1)
  while (json.charCodeAt(i) !== 125) {
    const keyEnd = stringEnd(json, i)
    const raw = json.slice(i + 1, keyEnd - 1)
    const key = raw.includes('\\') ? (JSON.parse(json.slice(i, keyEnd)) as string) : raw
    const valueStart = skipSpace(json, skipSpace(json, keyEnd) + 1)
    const end = valueEnd(json, valueStart)
    members.push({ key, valueStart, valueEnd: end })
    i = skipSpace(json, end)
    if (json.charCodeAt(i) === 44 /* , */) i = skipSpace(json, i + 1)
  }
  return { members, close: i }
}

function lastMember(scan: ObjectScan, key: string): Member | undefined {
  for (let k = scan.members.length - 1; k >= 0; k--) if (scan.members[k]!.key === key) return scan.members[k]
  return undefined
}

/** `{"a":{"b":value}}` for "a.b": the objects that `create` makes on the way. */
function nested(path: string, valueJson: string): string {
  const dot = path.indexOf('.')
  if (dot < 0) return `{${JSON.stringify(path)}:${valueJson}}`
  return `{${JSON.stringify(path.slice(0, dot))}:${nested(path.slice(dot + 1), valueJson)}}`
}

type Edit = { start: number; end: number; text: string }

function editIn(json: string, open: number, path: string, valueJson: string, create: boolean): Edit | string {
  const scan = scanObject(json, open)
  const whole = lastMember(scan, path)
  if (whole) return { start: whole.valueStart, end: whole.valueEnd, text: valueJson }
  const dot = path.indexOf('.')
  const head = dot < 0 ? path : path.slice(0, dot)
  const member = dot < 0 ? undefined : lastMember(scan, head)
  if (member) {
    if (json.charCodeAt(member.valueStart) !== 123) return `"${head}" is not an object`
    return editIn(json, member.valueStart, path.slice(dot + 1), valueJson, create)
  }
  if (!create) return `no field "${path}"`
  const value = dot < 0 ? valueJson : nested(path.slice(dot + 1), valueJson)
  return { start: scan.close, end: scan.close, text: `${scan.members.length ? ',' : ''}${JSON.stringify(head)}:${value}` }
}

/**
 * The record's JSON text with the field at `path` set to `valueJson` (itself JSON). With
 * `create`, a missing field (and the objects on its way) is added at the end of its object.
 * Returns a reason instead when the path cannot be written: the record is not an object, or a
 * step of the path is not one.
 */
export function spliceField(json: string, path: string, valueJson: string, create = false): string | { reason: string } {
  const open = skipSpace(json, 0)
  if (json.charCodeAt(open) !== 123) return { reason: 'the record is not a JSON object' }
  const edit = editIn(json, open, path, valueJson, create)
  if (typeof edit === 'string') return { reason: edit }
  return json.slice(0, edit.start) + edit.text + json.slice(edit.end)
}
