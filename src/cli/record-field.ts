/**
 * Reads and writes a field of a JSON record by a dotted path ("meta.body.text"). A key that
 * itself contains a dot is found first as a whole, so "warc.text" works for flat records too.
 */
export function getField(record: unknown, path: string): unknown {
  if (typeof record !== 'object' || record === null) return undefined
  const obj = record as Record<string, unknown>
  if (Object.prototype.hasOwnProperty.call(obj, path)) return obj[path]
  const dot = path.indexOf('.')
  if (dot < 0) return undefined
  return getField(obj[path.slice(0, dot)], path.slice(dot + 1))
}

export function setField(record: unknown, path: string, value: unknown): boolean {
  if (typeof record !== 'object' || record === null) return false
  const obj = record as Record<string, unknown>
  if (Object.prototype.hasOwnProperty.call(obj, path)) {
    obj[path] = value
    return true
  }
  const dot = path.indexOf('.')
  if (dot < 0) return false
  return setField(obj[path.slice(0, dot)], path.slice(dot + 1), value)
}

/** Like `setField`, but creates the missing objects on the way (for `--removed-field meta.removed`). */
export function setFieldCreating(record: unknown, path: string, value: unknown): boolean {
  if (typeof record !== 'object' || record === null) return false
  const obj = record as Record<string, unknown>
  const dot = path.indexOf('.')
  if (dot < 0 || Object.prototype.hasOwnProperty.call(obj, path)) {
    obj[path] = value
    return true
  }
  const head = path.slice(0, dot)
  if (obj[head] === undefined) obj[head] = {}
  return setFieldCreating(obj[head], path.slice(dot + 1), value)
}
