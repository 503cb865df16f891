import { execFileSync } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCli } from './build.js'
import { corpus, jsonl, parseLines, PROSE_1, runBin, runCommand, SHARE, slowDocRules, tempDir } from './helpers.js'

/**
 * Worker threads need files to start from, so these tests bundle the CLI (bin + corpus-worker)
 * into a temporary folder and run it as a child process, as users do.
 */
let bin = ''
let binDir = ''
const tmp = tempDir()
const at = (f: string) => path.join(tmp.dir, f)

beforeAll(async () => {
  ;({ bin, dir: binDir } = await buildCli())
  // A rule set that misbehaves on purpose: it throws on "BOOM" and never returns on "SLOW".
  writeFileSync(
    at('bad-rules.mjs'),
    `export default {
      name: 'bad',
      rules: [{
        meta: { id: 'bad/trap', category: 'boilerplate', description: 'Misbehaves on purpose.', recommended: true },
        create() {
          return { block(b) {
            if (b.text.includes('BOOM')) throw new Error('rule exploded')
            if (b.text.includes('SLOW')) for (;;) {}
            if (b.text.includes('HOG')) { const hoard = []; for (;;) hoard.push(new Array(1e5).fill(b.text)) }
          } }
        },
      }],
    }\n`,
  )
}, 120_000)
afterAll(() => {
  tmp.cleanup()
  if (binDir) rmSync(binDir, { recursive: true, force: true })
})

/** What cleaning does to `corpus()` records: the share line of every third one goes. */
function expectedOf(records: { id: string; text: string }[]) {
  return records.map((r) => ({ ...r, text: r.text.replace(`\n\n${SHARE}`, '') }))
}

describe('--workers', () => {
  it('keeps input order across workers and many chunks, and matches the single-thread output', async () => {
    // ~4 MB: several 1 MiB chunks, so the two workers finish out of order.
    const records = corpus(8000, (i) => ({ pad: 'x'.repeat(200 + ((i * 37) % 400)) }))
    writeFileSync(at('many.jsonl'), jsonl(records))
    const two = await runBin(bin, ['--jsonl', '--workers', '2', 'many.jsonl'], '', tmp.dir)
    expect(two.code).toBe(0)
    expect(two.stderr).toContain('8000 record(s) in, 8000 out')
    expect(two.stdout).toBe(jsonl(expectedOf(records)))
    const zero = await runBin(bin, ['--jsonl', '--workers', '0', 'many.jsonl'], '', tmp.dir)
    expect(zero.stdout).toBe(two.stdout)
  })

  it('a record whose cleaning throws is reported with line and id, passed through, and the run goes on', async () => {
    const records = corpus(30)
    records[11]!.text = `${PROSE_1}\n\nBOOM`
    const r = await runBin(bin, ['--jsonl', '--workers', '2', '--config', 'bad-rules.mjs'], jsonl(records), tmp.dir)
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/<stdin>:12 \(id doc-11\): rule_failed: Rule bad\/trap threw: rule exploded; record passed through unchanged/)
    const expected = expectedOf(records)
    expected[11] = records[11]!
    expect(parseLines(r.stdout)).toEqual(expected)
    expect(r.stderr).toContain('30 record(s) in, 30 out (29 cleaned, 1 passed through unchanged after errors)')
  })

  it('a record over the time budget is reported, sent to --rejects, and the rest is cleaned in order', async () => {
    const records = corpus(40)
    records[25]!.text = `${PROSE_1}\n\nSLOW`
    // The slow record never returns, so any budget catches it; a generous one keeps a loaded
    // machine (a fresh worker loading and warming up while others run) from tripping it elsewhere.
    const r = await runBin(
      bin,
      ['--jsonl', '--workers', '2', '--timeout', '2000', '--config', 'bad-rules.mjs', '--rejects', 'slow.rej'],
      jsonl(records),
      tmp.dir,
    )
    expect(r.code).toBe(1)
    // The rule never returns, so the cleaner's own budget check never comes: the watchdog ends the
    // worker, a second after the budget.
    expect(r.stderr).toMatch(/<stdin>:26 \(id doc-25\): took longer than the per-record time budget of 2000 ms \(stopped after 3000 ms\); sent to the rejects/)
    const expected = expectedOf(records)
    expected.splice(25, 1)
    expect(parseLines(r.stdout)).toEqual(expected)
    expect(r.stderr).toContain('40 record(s) in, 39 out (39 cleaned), 1 rejected; in = out + rejected + dropped')
    const { readFileSync } = await import('node:fs')
    expect(readFileSync(at('slow.rej'), 'utf8')).toBe(`${JSON.stringify(records[25])}\n`)
  })

  it('a record that needs more heap than --worker-memory is reported, sent to --rejects, and the run goes on', async () => {
    const records = corpus(20)
    records[7]!.text = `${PROSE_1}\n\nHOG`
    const r = await runBin(
      bin,
      ['--jsonl', '--workers', '2', '--worker-memory', '64', '--config', 'bad-rules.mjs', '--rejects', 'hog.rej'],
      jsonl(records),
      tmp.dir,
    )
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/<stdin>:8 \(id doc-7\): crashed the worker \(.*memory limit.*\); sent to the rejects/)
    const expected = expectedOf(records)
    expected.splice(7, 1)
    expect(parseLines(r.stdout)).toEqual(expected)
    expect(r.stderr).toContain('20 record(s) in, 19 out (19 cleaned), 1 rejected; in = out + rejected + dropped')
  })

  it('--timeout is the cleaner\'s own budget in the workers: a slow record fails with a timeout, before the watchdog', async () => {
    writeFileSync(at('slow-doc.mjs'), slowDocRules(1500))
    const records = corpus(6).map((r, i) => (i === 4 ? { ...r, text: `${r.text}\n\nSLOWDOC` } : r))
    const r = await runBin(bin, ['--jsonl', '--workers', '2', '--timeout', '1000', '--config', 'slow-doc.mjs'], jsonl(records), tmp.dir)
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/<stdin>:5 \(id doc-4\): timeout: .*limits\.timeBudgetMs \(1000 ms\).*slow\/doc.*; record passed through unchanged/)
    expect(r.stderr).not.toContain('stopped after')
    const out = parseLines(r.stdout)
    expect(out[4]).toEqual(records[4])
    expect(out).toHaveLength(6)
  }, 60_000)

  it('--worker-memory below 64 MB is a usage error', async () => {
    const r = await runBin(bin, ['--jsonl', '--worker-memory', '8'], jsonl(corpus(1)), tmp.dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--worker-memory')
  })

  it('a --timeout shorter than a cold start fails no record: the warm-up is not charged to records', async () => {
    const records = corpus(40)
    for (const workers of ['2', '0']) {
      const r = await runBin(bin, ['--jsonl', '--workers', workers, '--timeout', '100'], jsonl(records), tmp.dir)
      expect(r.stderr).not.toMatch(/timeout|hung|stopped outside/)
      expect(r.code).toBe(0)
      expect(parseLines(r.stdout)).toEqual(expectedOf(records))
    }
  })

  it('rules that hang on every text stop the run with an error, instead of blaming each record', async () => {
    writeFileSync(
      at('hang.mjs'),
      `export default { name: 'hang', rules: [{ meta: { id: 'hang/all', category: 'boilerplate', description: 'Hangs.', recommended: true }, create() { return { block() { for (;;) {} } } } }] }\n`,
    )
    const r = await runBin(bin, ['--jsonl', '--workers', '1', '--timeout', '1000', '--config', 'hang.mjs'], jsonl(corpus(5)), tmp.dir)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('a worker hung for 10000 ms cleaning a sample text before any record')
    expect(r.stdout).toBe('')
  })

  it('a --config module that fails to load in the workers is an error, not a silent empty run', async () => {
    writeFileSync(at('throws.mjs'), `throw new Error('cannot load me')\n`)
    const r = await runBin(bin, ['--jsonl', '--workers', '2', '--config', 'throws.mjs'], jsonl(corpus(3)), tmp.dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('cannot load me')
  })

  it("with workers, the main thread collects the byte buffers it passed on every 4 MB of input (V8's trace names the forced collections 'testing')", async () => {
    // About 10 MB in records whose cleaned text is short: the bytes matter here, not the cleaning.
    const input = jsonl(corpus(1000, () => ({ pad: 'z'.repeat(10_000) })))
    const forced = async (workers: string) => {
      const r = await runCommand(process.execPath, ['--trace-gc', bin, '--jsonl', '--workers', workers], input, tmp.dir)
      expect(r.code).toBe(0)
      // --trace-gc writes to stdout, between the records.
      return r.stdout.split('\n').filter((l) => l.startsWith('[') && /\btesting\b/.test(l)).length
    }
    expect(input.length).toBeGreaterThan(10_000_000)
    // Two collections of 4 MB passed; V8 logs one or two collections for each gc() (two when it
    // first finishes a collection it had already started).
    const withWorkers = await forced('2')
    expect(withWorkers).toBeGreaterThanOrEqual(2)
    expect(withWorkers).toBeLessThanOrEqual(4)
    // Without workers the cleaning in the main thread keeps V8 collecting on its own.
    expect(await forced('0')).toBe(0)
  }, 60_000)
})

describe('GNU parallel (needs the `parallel` program: apt-get install parallel)', () => {
  it('parallel --pipe --keep-order gives the same output as one run', async () => {
    let found = true
    try {
      execFileSync('parallel', ['--version'], { stdio: 'ignore' })
    } catch {
      found = false
    }
    // CI installs parallel; a missing program is a failed test there, not a skip.
    expect(found, 'GNU parallel is not installed (apt-get install parallel)').toBe(true)
    const records = corpus(600, (i) => ({ pad: 'y'.repeat(i % 50) }))
    const input = jsonl(records)
    const r = await runCommand(
      'parallel',
      ['--will-cite', '--pipe', '--keep-order', '-N', '100', '-j', '2', process.execPath, bin, '--jsonl', '--workers', '0'],
      input,
      tmp.dir,
    )
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(jsonl(expectedOf(records)))
    // Each of the 6 jobs prints its own balanced summary.
    expect(r.stderr.match(/100 record\(s\) in, 100 out/g)).toHaveLength(6)
  })
})
