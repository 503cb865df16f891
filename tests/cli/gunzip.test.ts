import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { gunzip } from '../../src/cli/corpus/gunzip.js'
import { CorpusError } from '../../src/cli/corpus/errors.js'

/** The stream cut into chunks of `size` bytes, as a file or a pipe would deliver it. */
async function* chunked(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size)
}

/** Everything gunzip yields, and the error it ended with (undefined when the stream was whole). */
async function decode(bytes: Buffer, size = 1 << 16): Promise<{ out: Buffer; error?: CorpusError }> {
  const parts: Buffer[] = []
  try {
    for await (const b of gunzip(chunked(bytes, size))) parts.push(b)
    return { out: Buffer.concat(parts) }
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error
    return { out: Buffer.concat(parts), error }
  }
}

/** JSON-lines-like text that compresses the way corpora do, with random ids so it is not trivial. */
function lines(n: number, seed = 0): Buffer {
  let out = ''
  for (let i = 0; i < n; i++) out += `{"id":"${seed}-${i}-${((i * 2654435761) >>> 0).toString(36)}","text":"Paragraph ${i} of the article."}\n`
  return Buffer.from(out)
}

/**
 * A gzip member with the optional header fields set: FEXTRA, FNAME, FCOMMENT, FHCRC. The header
 * CRC is not checked by readers of gzip data (gzip(1) does not either), so zeros stand for it.
 */
function withHeaderFields(member: Buffer): Buffer {
  const body = member.subarray(10)
  const fixed = Buffer.from(member.subarray(0, 10))
  fixed[3] = 2 | 4 | 8 | 16
  const extra = Buffer.from([5, 0, 1, 2, 3, 4, 5])
  return Buffer.concat([fixed, extra, Buffer.from('name.jsonl\0'), Buffer.from('a comment\0'), Buffer.from([0, 0]), body])
}

describe('gunzip: member by member', () => {
  it('decodes one member, in any chunking of the input, to the bytes gzip wrote', async () => {
    for (const [n, size] of [[200, 1], [3000, 3], [3000, 11], [3000, 4096], [3000, 1 << 20]] as const) {
      const text = lines(n)
      const gz = gzipSync(text)
      const { out, error } = await decode(gz, size)
      expect(error).toBeUndefined()
      expect(out.equals(text)).toBe(true)
    }
  })

  it('decodes concatenated members (cat a.gz b.gz), empty ones and many small ones (bgzip)', async () => {
    const a = lines(500, 1)
    const b = lines(800, 2)
    const cat = Buffer.concat([gzipSync(a), gzipSync(Buffer.alloc(0)), gzipSync(b)])
    for (const size of [7, 1 << 16]) expect((await decode(cat, size)).out.equals(Buffer.concat([a, b]))).toBe(true)
    const parts: Buffer[] = []
    const members: Buffer[] = []
    for (let i = 0; i < 300; i++) {
      parts.push(lines(20, i))
      members.push(gzipSync(parts[i]!))
    }
    const { out, error } = await decode(Buffer.concat(members), 5000)
    expect(error).toBeUndefined()
    expect(out.equals(Buffer.concat(parts))).toBe(true)
  })

  it('reads the optional header fields: extra, file name, comment, header CRC', async () => {
    const text = lines(200)
    const gz = Buffer.concat([withHeaderFields(gzipSync(text)), withHeaderFields(gzipSync(text))])
    for (const size of [1, 13, 1 << 16]) {
      const { out, error } = await decode(gz, size)
      expect(error).toBeUndefined()
      expect(out.equals(Buffer.concat([text, text]))).toBe(true)
    }
  })

  it('trailing garbage: everything decoded comes out, then an error that says what was ignored', async () => {
    const text = lines(20000)
    const gz = Buffer.concat([gzipSync(text), Buffer.from('GARBAGE')])
    for (const size of [1 << 20, 1 << 16, 1000]) {
      const { out, error } = await decode(gz, size)
      expect(out.equals(text)).toBe(true)
      expect(error?.message).toMatch(/^trailing garbage at byte \d+, after the last of 1 gzip member\(s\), was ignored/)
    }
    // A small file with garbage: Node's own Gunzip gave nothing back at all.
    const small = lines(3)
    const tiny = await decode(Buffer.concat([gzipSync(small), Buffer.from('GARBAGE')]))
    expect(tiny.out.equals(small)).toBe(true)
    expect(tiny.error?.message).toMatch(/^trailing garbage at byte \d+/)
    // Garbage that starts like a member is read as one, and its header is what is wrong.
    const method = await decode(Buffer.concat([gzipSync(small), Buffer.from([0x1f, 0x8b, 7, 0, 0, 0, 0, 0, 0, 0])]))
    expect(method.out.equals(small)).toBe(true)
    expect(method.error?.message).toMatch(/gzip member 2 at byte \d+ is damaged \(unknown compression method 7\)/)
  })

  it('zero bytes after the last member are padding, not damage', async () => {
    const text = lines(100)
    const { out, error } = await decode(Buffer.concat([gzipSync(text), Buffer.alloc(5000)]), 1024)
    expect(error).toBeUndefined()
    expect(out.equals(text)).toBe(true)
  })

  it('a stream cut in its data, its trailer or its header: what was decoded comes out, then the error', async () => {
    const text = lines(5000)
    const gz = gzipSync(text)
    const inData = await decode(gz.subarray(0, Math.floor(gz.length / 2)), 4096)
    expect(inData.error?.message).toMatch(/member 1 is damaged or truncated \(it ends inside its compressed data\)/)
    expect(inData.out.length).toBeGreaterThan(text.length / 4)
    expect(text.subarray(0, inData.out.length).equals(inData.out)).toBe(true)

    const inTrailer = await decode(gz.subarray(0, gz.length - 3))
    expect(inTrailer.out.equals(text)).toBe(true)
    expect(inTrailer.error?.message).toMatch(/member 1 ends before its trailer/)

    const second = await decode(Buffer.concat([gz, gzipSync(text).subarray(0, 6)]))
    expect(second.out.equals(text)).toBe(true)
    expect(second.error?.message).toMatch(/member 2 ends inside its header/)
  })

  it('a cut stream gives a slow reader every byte it gives a fast one (a resume rewrites at the pace of its sink)', async () => {
    const text = lines(40_000)
    const cut = gzipSync(text).subarray(0, 300_000)
    const fast = await decode(cut, 1 << 16)
    const parts: Buffer[] = []
    let error: unknown
    try {
      for await (const b of gunzip(chunked(cut, 1 << 16))) {
        parts.push(b)
        await new Promise((r) => setTimeout(r, 2))
      }
    } catch (e) {
      error = e
    }
    const slow = Buffer.concat(parts)
    expect(error).toBeInstanceOf(CorpusError)
    expect(slow.length).toBe(fast.out.length)
    expect(slow.length).toBeGreaterThan(1_000_000)
    expect(text.subarray(0, slow.length).equals(slow)).toBe(true)
  })

  it('a wrong CRC-32 or length in the trailer is damage, reported after the member', async () => {
    const text = lines(100)
    const badCrc = Buffer.from(gzipSync(text))
    badCrc[badCrc.length - 8]! ^= 1
    expect((await decode(badCrc)).error?.message).toMatch(/member 1 is damaged \(CRC-32 mismatch\)/)
    const badLength = Buffer.from(gzipSync(text))
    badLength[badLength.length - 4]! ^= 1
    expect((await decode(badLength)).error?.message).toMatch(/member 1 is damaged \(length mismatch\)/)
  })

  it('corrupt compressed data is reported as damage, never as a crash', async () => {
    const gz = Buffer.from(gzipSync(lines(2000)))
    // Fixed bytes, so that every run meets the same damage.
    gz.set(Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 37 + 11) & 0xff)), 200)
    const { error } = await decode(gz)
    expect(error).toBeInstanceOf(CorpusError)
    expect(error?.message).toMatch(/gzip member 1 is damaged/)
  })

  it('a reader that stops early leaves nothing running', async () => {
    const gz = gzipSync(lines(50000))
    let read = 0
    for await (const b of gunzip(chunked(gz, 4096))) {
      read += b.length
      if (read > 100_000) break
    }
    expect(read).toBeGreaterThan(100_000)
  })
})
