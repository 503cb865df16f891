/**
 * Reads a field of a JSON record by a dotted path ("meta.body.text"). A key that itself contains
 * a dot is found first as a whole, so "warc.text" works for flat records too. (Fields are written
 * back into the record's text by corpus/json-splice.ts, on the same paths.)
 */
export function getField(record: unknown, path: string): unknown {
  if (typeof record !== 'object' || record === null) return undefined
  const obj = record as Record<string, unknown>
  if (Object.prototype.hasOwnProperty.call(obj, path)) return obj[path]
  const dot = path.indexOf('.')
  if (dot < 0) return undefined
  return getField(obj[path.slice(0, dot)], path.slice(dot + 1))
}
