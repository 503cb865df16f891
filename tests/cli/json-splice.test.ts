import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { spliceField } from '../../src/cli/corpus/json-splice.js'
import { getField } from '../../src/cli/record-field.js'

/** The same path rules as getField, writing. */
function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  if (Object.prototype.hasOwnProperty.call(obj, path)) {
    obj[path] = value
    return
  }
  const dot = path.indexOf('.')
  setPath(obj[path.slice(0, dot)] as Record<string, unknown>, path.slice(dot + 1), value)
}

const set = (json: string, path: string, value: unknown, create = false) => spliceField(json, path, JSON.stringify(value), create)

describe('spliceField', () => {
  it('replaces only the field: every other byte of the record stays, big numbers included', () => {
    const line = '{"id":1453287659012345678, "big":1e999,"text":"Old \\"quoted\\" text\\\\","n" : [1, {"x":"}"}]}'
    expect(set(line, 'text', 'New')).toBe('{"id":1453287659012345678, "big":1e999,"text":"New","n" : [1, {"x":"}"}]}')
  })

  it('follows dotted paths, a whole key with a dot first, and the last of duplicate keys', () => {
    expect(set('{"doc":{"body":"a","x":1}}', 'doc.body', 'b')).toBe('{"doc":{"body":"b","x":1}}')
    expect(set('{"doc.body":"flat","doc":{"body":"nested"}}', 'doc.body', 'b')).toBe('{"doc.body":"b","doc":{"body":"nested"}}')
    expect(set('{"text":"first","text":"second"}', 'text', 'b')).toBe('{"text":"first","text":"b"}')
    expect(set('{"t\\u0065xt":"escaped key"}', 'text', 'b')).toBe('{"t\\u0065xt":"b"}')
  })

  it('adds a missing field, and the objects on its way, only when asked to', () => {
    expect(set('{"text":"a"}', 'meta.removed', [], true)).toBe('{"text":"a","meta":{"removed":[]}}')
    expect(set('{ }', 'removed', [1], true)).toBe('{ "removed":[1]}')
    expect(set('{"meta":{"k":1}}', 'meta.removed', [], true)).toBe('{"meta":{"k":1,"removed":[]}}')
    expect(set('{"text":"a"}', 'other', 'b')).toEqual({ reason: 'no field "other"' })
  })

  it('names what stands in the way: a step that is not an object, a record that is not one', () => {
    expect(set('{"doc":"a string"}', 'doc.removed', [], true)).toEqual({ reason: '"doc" is not an object' })
    expect(set('[1,2]', 'text', 'b')).toEqual({ reason: 'the record is not a JSON object' })
  })

  it('skips deeply nested values without recursion', () => {
    const deep = `{"other":${'['.repeat(100_000)}${']'.repeat(100_000)},"text":"a"}`
    expect(set(deep, 'text', 'b')).toBe(deep.replace('"text":"a"', '"text":"b"'))
  })

  it('agrees with JSON.parse on random records: the spliced record parses to the original with the field set', () => {
    const key = fc.constantFrom('text', 'doc', 'body', 'a.b', 'x', 'é"\\', '__proto__')
    const leaf = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null))
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(key, tie('node'), { maxKeys: 3 })),
    })).node
    const record = fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 })
    const paths = fc.constantFrom('text', 'doc.body', 'a.b', 'doc.text', 'x')
    fc.assert(
      fc.property(record, paths, fc.string(), fc.boolean(), (rec, path, replacement, spaced) => {
        const json = JSON.stringify(rec, null, spaced ? 1 : undefined)
        const out = spliceField(json, path, JSON.stringify(replacement))
        if (typeof getField(JSON.parse(json), path) === 'undefined') return
        if (typeof out !== 'string') {
          // Only a step that is not an object stops it; getField found the field through objects.
          throw new Error(`could not splice ${path} into ${json}: ${out.reason}`)
        }
        // The field has the new value, and nothing else changed.
        const expected = JSON.parse(json) as Record<string, unknown>
        setPath(expected, path, replacement)
        expect(JSON.stringify(JSON.parse(out))).toBe(JSON.stringify(expected))
      }),
      { numRuns: 2000 },
    )
  })
})
