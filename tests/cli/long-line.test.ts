import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { corpus, jsonl, run, tempDir } from './helpers.js'

const tmp = tempDir()
afterAll(tmp.cleanup)

describe('a line over 64 MiB in a file', () => {
  it('stops the file there with its line number, and no fragment of it is passed on as a record', async () => {
    const input = Buffer.concat([Buffer.from(jsonl(corpus(3))), Buffer.alloc(66 << 20, 0x78), Buffer.from(`\n${jsonl(corpus(2))}`)])
    writeFileSync(path.join(tmp.dir, 'long.jsonl'), input)
    const r = await run(['--jsonl', '--workers', '0', 'long.jsonl'], '', tmp.dir)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(
      'long.jsonl:4: a line is longer than 64 MiB; is this JSON lines?; stopped reading long.jsonl there: the 3 line(s) before it were processed, the rest of the file was not read',
    )
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(3)
    expect(r.stdout).not.toContain('xxxx')
    expect(r.stderr).toContain('3 record(s) in, 3 out')
  }, 60_000)
})
