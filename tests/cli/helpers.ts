import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { spawn } from 'node:child_process'
import { PassThrough, Readable } from 'node:stream'
import { main } from '../../src/cli/main.js'

/** Two prose paragraphs and three kinds of cruft the default preset removes. */
export const PROSE_1 =
  'The council approved the new budget on Tuesday after a long debate about school funding and road repairs across the district.'
export const PROSE_2 =
  'Members said the plan would raise spending on libraries by five percent, while keeping property taxes flat for the coming year.'
export const SHARE = 'Share this article on Facebook'
export const DONATE = 'Please donate to support our journalism.'
export const NEWSLETTER = 'Sign up for our newsletter'
export const ARTICLE = [PROSE_1, PROSE_2, SHARE, DONATE, NEWSLETTER].join('\n\n')
export const CLEANED = [PROSE_1, PROSE_2].join('\n\n')

export interface RunResult {
  code: number
  stdout: string
  stderr: string
}

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = []
  stream.on('data', (c: Buffer) => chunks.push(c))
  return () => Buffer.concat(chunks).toString('utf8')
}

/** Runs the CLI in process, the way bin.ts does, with buffers for the standard streams. */
export async function run(argv: string[], stdin: string | Buffer = '', cwd?: string): Promise<RunResult> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const out = collect(stdout)
  const err = collect(stderr)
  const code = await main(argv, { stdin: Readable.from([Buffer.from(stdin)]), stdout, stderr, cwd })
  return { code, stdout: out(), stderr: err() }
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'decruft-cli-'))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

export function jsonl(records: readonly unknown[]): string {
  return records.map((r) => `${JSON.stringify(r)}\n`).join('')
}

export function parseLines(text: string): unknown[] {
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as unknown)
}

/** Runs a built bin.js in a child process (worker threads need built files). */
export function runBin(bin: string, argv: string[], stdin: string | Buffer = '', cwd?: string): Promise<RunResult> {
  return runCommand(process.execPath, [bin, ...argv], stdin, cwd)
}

export function runCommand(cmd: string, argv: string[], stdin: string | Buffer = '', cwd?: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { cwd, stdio: ['pipe', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (c: Buffer) => out.push(c))
    child.stderr.on('data', (c: Buffer) => err.push(c))
    child.on('error', reject)
    child.on('close', (code) =>
      resolve({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    )
    child.stdin.on('error', () => {}) // the child may exit before reading everything
    child.stdin.end(stdin)
  })
}

/** `n` records; every third one carries cruft, so cleaning changes it. */
export function corpus(n: number, extra: (i: number) => Record<string, unknown> = () => ({})): { id: string; text: string }[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `doc-${i}`,
    text: i % 3 === 0 ? `${PROSE_1} (${i})\n\n${PROSE_2}\n\n${SHARE}` : `${PROSE_1} (${i})\n\n${PROSE_2}`,
    ...extra(i),
  }))
}

/**
 * A --config module whose one rule spends `ms` in its document pass on any text holding
 * "SLOWDOC": a record over the time budget that the cleaner's own check can stop (the engine
 * reads the budget after each document pass).
 */
export function slowDocRules(ms: number): string {
  return `export default { name: 'slow', rules: [{
  meta: { id: 'slow/doc', category: 'boilerplate', description: 'Slow on purpose.', recommended: true },
  create(context) { return { document() {
    if (!context.blocks.some((b) => b.text.includes('SLOWDOC'))) return
    const end = Date.now() + ${ms}; while (Date.now() < end) {}
  } } },
}] }
`
}
