import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseCliArgs } from '../../src/cli/args.js'
import { WorkerPool, watchdogLimitMs } from '../../src/cli/corpus/pool.js'
import type { ChunkTask, RecordSettings } from '../../src/cli/corpus/records.js'
import { tempDir } from './helpers.js'

const tmp = tempDir()
afterAll(tmp.cleanup)

/** A worker that answers every chunk with an empty result, in the pool's protocol. */
const fakeWorker = path.join(tmp.dir, 'fake-worker.mjs')
writeFileSync(
  fakeWorker,
  `import { parentPort } from 'node:worker_threads'
parentPort.on('message', (t) => parentPort.postMessage({ seq: t.seq, out: new Uint8Array(0), rejects: new Uint8Array(0), explain: '', failures: [], lines: 0, blank: 0, otherShard: 0, records: 0, cleaned: 0, failed: 0, dropped: {}, outLines: 0, rejectLines: 0, byRule: {}, byCategory: {} }))
`,
)

const task = (seq: number): ChunkTask => ({ seq, source: 'test', bytes: new Uint8Array([123, 125, 10]), firstLine: 1, firstIndex: 0, unterminated: false, skip: {} })
const settings = { field: 'text', idField: 'id', dropEmpty: false, rejects: false, explain: false } as RecordSettings

describe('WorkerPool', () => {
  it('starts workers as chunks come, never more than it may, instead of all of them up front', async () => {
    const pool = new WorkerPool(fakeWorker, 8, parseCliArgs(['--jsonl']), tmp.dir, settings, 10_000)
    try {
      expect(pool.started).toBe(0)
      await pool.run(task(0))
      expect(pool.started).toBe(1)
      // The first worker is idle again and takes the next chunk; two more start for the others.
      await Promise.all([pool.run(task(1)), pool.run(task(2)), pool.run(task(3))])
      expect(pool.started).toBe(3)
      await Promise.all(Array.from({ length: 20 }, (_, i) => pool.run(task(4 + i))))
      expect(pool.started).toBeLessThanOrEqual(8)
    } finally {
      await pool.close()
    }
  })
})

describe('watchdogLimitMs', () => {
  it('waits a second past the budget, or the budget again when that is under a second', () => {
    expect(watchdogLimitMs(5000)).toBe(6000)
    expect(watchdogLimitMs(400)).toBe(800)
    expect(watchdogLimitMs(Infinity)).toBe(Infinity)
  })
})
