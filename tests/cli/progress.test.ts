import { PassThrough, Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import { corpus, jsonl } from './helpers.js'

/** Feeds records slowly, so the run lasts past the one-second progress tick. */
function slowInput(): Readable {
  const lines = jsonl(corpus(30)).split('\n').filter(Boolean)
  return Readable.from(
    (async function* () {
      for (const line of lines) {
        await new Promise((r) => setTimeout(r, 60))
        yield Buffer.from(`${line}\n`)
      }
    })(),
  )
}

async function runWith(isTTY: boolean): Promise<string> {
  const stderr = new PassThrough() as PassThrough & { isTTY?: boolean }
  stderr.isTTY = isTTY
  let err = ''
  stderr.on('data', (c: Buffer) => (err += c.toString()))
  const stdout = new PassThrough()
  stdout.resume()
  expect(await main(['--jsonl', '--workers', '0'], { stdin: slowInput(), stdout, stderr })).toBe(0)
  return err
}

describe('progress', () => {
  it('is shown on stderr when it is a terminal: records, MB, MB/s', async () => {
    expect(await runWith(true)).toMatch(/\r\d+ records {2}\d+\.\d MB {2}\d+\.\d MB\/s/)
  })

  it('is silent when stderr is not a terminal (logs, pipes)', async () => {
    const err = await runWith(false)
    expect(err).not.toContain('\r')
    expect(err).not.toMatch(/MB\/s/)
    expect(err).toContain('30 record(s) in, 30 out')
  })
})
