import { PassThrough, Readable, Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'

describe('backpressure', () => {
  it('a writer that does not drain stops the reading: memory stays bounded, and nothing is lost', async () => {
    const record = `${JSON.stringify({ text: 'A short line of text.', pad: 'x'.repeat(10_000) })}\n`
    const total = 3000 // ~30 MB
    let pulled = 0
    const stdin = Readable.from(
      (function* () {
        for (let i = 0; i < total; i++) {
          pulled += record.length
          yield Buffer.from(record)
        }
      })(),
    )
    let paused = true
    const waiting: (() => void)[] = []
    let lines = 0
    const stdout = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _enc, done) {
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++
        if (paused) waiting.push(done)
        else done()
      },
    })
    const stderr = new PassThrough()
    stderr.resume()
    const run = main(['--jsonl', '--workers', '0'], { stdin, stdout, stderr })
    await new Promise((r) => setTimeout(r, 1500))
    // The writer has taken nothing: only a few 1 MiB chunks may be read ahead, not 30 MB.
    expect(pulled).toBeLessThan(8_000_000)
    expect(pulled).toBeGreaterThan(0)
    paused = false
    for (const done of waiting.splice(0)) done()
    expect(await run).toBe(0)
    expect(pulled).toBe(total * record.length)
    expect(lines).toBe(total)
  })
})
