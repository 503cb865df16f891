import { readFile } from 'node:fs/promises'
import type { Readable, Writable } from 'node:stream'
import pkg from '../../package.json' with { type: 'json' }
import { createCleaner, type Cleaner } from '../decruft.js'
import { warmUp } from './corpus/warm-up.js'
import { DecruftError } from '../errors.js'
import { DEFAULT_LIMITS, resolveConfig } from '../core/config.js'
import type { Removal, Result } from '../types.js'
import { parseCliArgs, USAGE, type CliArgs } from './args.js'
import { optionsFromArgs, UsageError } from './options.js'
import { CorpusError } from './corpus/errors.js'
import { runCorpus } from './corpus/run.js'

/** Where the CLI reads and writes: the process in `bin.ts`, buffers in tests. */
export interface CliIO {
  stdin: Readable
  stdout: Writable
  stderr: Writable
  /** Directory that relative paths are resolved against (default: process.cwd()). */
  cwd?: string
  /**
   * Collects the process's garbage (bin.ts passes V8's `gc`). A corpus run with workers calls it
   * every 4 MB of input to free the byte buffers the main thread has passed on (collect.ts).
   */
  collectGarbage?: () => void
}

export const EXIT_OK = 0
export const EXIT_FAILURES = 1
export const EXIT_USAGE = 2

function write(stream: Writable, text: string): Promise<void> {
  return stream.write(text) ? Promise.resolve() : new Promise((resolve) => stream.once('drain', resolve))
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks)
}

function oneLine(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

/** Line number (1-based) of an offset, for --explain. */
function lineOf(text: string, offset: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}

/**
 * Where a removal was: the line in a text input; in HTML input the removed element (a DOM rule)
 * or the block's number in the article, because HTML offsets are not offsets in the file.
 */
function place(name: string, source: string, r: Removal, html: boolean): string {
  if (!html) return `${name}:${lineOf(source, r.start)}`
  const element = r.element ? ` <${r.element}>` : ''
  return r.index >= 0 ? `${name} block ${r.index + 1}${element}` : `${name}${element}`
}

function explain(name: string, source: string, removed: readonly Removal[], html = false): string {
  if (!removed.length) return `${name}: nothing removed\n`
  const lines = removed.map(
    (r) => `${place(name, source, r, html)}  ${r.ruleId}  [${r.category}] ${r.reason}\n    ${oneLine(r.text)}\n`,
  )
  return `${name}: ${removed.length} block(s) removed\n${lines.join('')}`
}

function warn(name: string, result: Result): string {
  return result.warnings.map((w) => `${name}: warning: ${w.code}: ${w.message}\n`).join('')
}

async function cleanFiles(args: CliArgs, cleaner: Cleaner, io: CliIO): Promise<number> {
  const files = args.files.length ? args.files : ['-']
  let failures = 0
  for (const [i, file] of files.entries()) {
    const name = file === '-' ? '<stdin>' : file
    let bytes: Buffer
    try {
      bytes = file === '-' ? await readAll(io.stdin) : await readFile(file.startsWith('/') || !io.cwd ? file : `${io.cwd}/${file}`)
    } catch (error) {
      failures++
      await write(io.stderr, `decruft: ${name}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`)
      continue
    }
    let result: Result
    try {
      result = cleaner.clean(bytes)
    } catch (error) {
      failures++
      await write(io.stderr, `decruft: ${name}: ${(error as Error).message}\n`)
      continue
    }
    if (args.explain) await write(io.stderr, explain(name, bytes.toString('utf8'), result.removed, result.format === 'html'))
    if (result.warnings.length) await write(io.stderr, warn(name, result))
    if (args.json) {
      await write(io.stdout, `${JSON.stringify({ file: name, ...result })}\n`)
    } else {
      if (files.length > 1) await write(io.stdout, `${i > 0 ? '\n' : ''}==> ${name} <==\n`)
      await write(io.stdout, result.text ? `${result.text}\n` : '')
    }
  }
  return failures ? EXIT_FAILURES : EXIT_OK
}

async function listRules(io: CliIO, cleanerOptions: Parameters<typeof resolveConfig>[0]): Promise<void> {
  const config = resolveConfig(cleanerOptions)
  const on = new Set([...config.blockRules, ...config.structureRules, ...config.domRules].map((r) => r.rule.meta.id))
  const { builtinRules } = await import('../rules/index.js')
  const { htmlRules } = await import('../html/rules.js')
  const all = [...builtinRules, ...htmlRules, ...(cleanerOptions?.ruleSets ?? []).flatMap((s) => s.rules)]
  for (const rule of all) {
    // Rules with a DOM phase only see HTML input; the others run on the blocks of both.
    const scope = rule.dom ? '(HTML only) ' : ''
    await write(io.stdout, `${on.has(rule.meta.id) ? 'on ' : 'off'}  ${rule.meta.id.padEnd(28)} ${String(rule.meta.category).padEnd(12)} ${scope}${rule.meta.description}\n`)
  }
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  let args: CliArgs
  try {
    args = parseCliArgs(argv)
  } catch (error) {
    await write(io.stderr, `decruft: ${(error as Error).message}\n\n${USAGE}\n`)
    return EXIT_USAGE
  }
  if (args.help) {
    await write(io.stdout, `${USAGE}\n`)
    return EXIT_OK
  }
  if (args.version) {
    await write(io.stdout, `${pkg.version}\n`)
    return EXIT_OK
  }
  let cleaner: Cleaner
  let budgetMs: number = DEFAULT_LIMITS.timeBudgetMs
  try {
    const options = await optionsFromArgs(args, io.cwd ?? process.cwd())
    if (args.listRules) {
      await listRules(io, options)
      return EXIT_OK
    }
    cleaner = createCleaner(options)
    budgetMs = options.limits?.timeBudgetMs ?? budgetMs
    // Workers warm up on their own (worker.ts); records cleaned here would pay for the setup.
    if (args.jsonl && args.workers === 0) warmUp(options)
  } catch (error) {
    if (error instanceof UsageError || error instanceof DecruftError) {
      await write(io.stderr, `decruft: ${error.message}\n`)
      return EXIT_USAGE
    }
    throw error
  }
  if (!args.jsonl) {
    const corpusOnly = corpusFlags(args)
    if (corpusOnly.length) {
      await write(io.stderr, `decruft: ${corpusOnly.join(', ')} work with --jsonl only\n`)
      return EXIT_USAGE
    }
    return cleanFiles(args, cleaner, io)
  }
  if (args.json) {
    await write(io.stderr, 'decruft: --json prints one document\'s result; with --jsonl, --removed-field attaches the removals to each record\n')
    return EXIT_USAGE
  }
  try {
    return await runCorpus(args, cleaner, { ...io, cwd: io.cwd ?? process.cwd(), budgetMs })
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error
    // Output that cannot be written stops the run: what follows the last record written was not cleaned.
    await write(io.stderr, `decruft: ${error.message}${error.code === 'output' ? '; the run stopped there' : ''}\n`)
    return error.code === 'usage' ? EXIT_USAGE : EXIT_FAILURES
  }
}

/** Flags that mean nothing outside corpus mode: refusing them beats ignoring them. */
function corpusFlags(args: CliArgs): string[] {
  const set: [boolean, string][] = [
    [args.output !== undefined, '-o'],
    [args.removedField !== undefined, '--removed-field'],
    [args.dropEmpty, '--drop-empty'],
    [args.rejects !== undefined, '--rejects'],
    [args.workers !== undefined, '--workers'],
    [args.workerMemoryMb !== undefined, '--worker-memory'],
    [args.idField !== undefined, '--id-field'],
    [args.shard !== undefined, '--shard'],
    [args.resume, '--resume'],
    [args.stats, '--stats'],
    [args.statsJson !== undefined, '--stats-json'],
  ]
  return set.filter(([on]) => on).map(([, flag]) => flag)
}
