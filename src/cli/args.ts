import { parseArgs } from 'node:util'
import { DEFAULT_PRESET, PRESETS } from '../core/presets.js'

/** The built-in presets as the help lists them, from the presets table so that it never goes stale. */
const PRESET_NAMES = Object.keys(PRESETS)
  .map((name) => (name === DEFAULT_PRESET ? `${name} (default)` : name))
  .join(', ')

export const USAGE = `Usage: decruft [options] [FILE...]

Removes scraped cruft (donation appeals, share prompts, related-link lists, comment widgets,
cookie and newsletter boxes…) from article text. Reads FILEs, or standard input when there is
none or FILE is "-", and prints the cleaned text.

Options:
  --explain            print every removal (rule, category, reason, text) to stderr
  --jsonl              read JSON lines, clean one field of each record, write each record back
  --field NAME         the field to clean with --jsonl (default: text; dots reach nested fields)
  --preset NAME        ${PRESET_NAMES}
  --format FORMAT      text (default), html or auto
  --paragraphs MODE    auto (default), blank-line or line
  --language CODE      language hint, e.g. en, de
  --rule ID=SETTING    switch a rule: ID=off, ID=on, or ID='{"maxWords":40}' (repeatable)
  --category NAME=off  switch a whole category off (or on) (repeatable)
  --config FILE        options from a JSON file, or rule sets from a JS module (see README)
  --timeout MS         time budget per file, or per record with --jsonl (default 5000, or
                       limits.timeBudgetMs of --config); over it the input fails and is reported

Corpus mode (--jsonl; input may be plain, gzip or zstd, told by its first bytes):
  -o, --output FILE    write records to FILE (.gz: gzip, .zst: zstd via the zstd program)
  --removed-field NAME attach each record's removals (rule, category, reason, text) as NAME
  --drop-empty         leave out records whose field is empty after cleaning (counted)
  --rejects FILE       write records that could not be cleaned here, unchanged, not to the output
  --workers N          worker threads (default: the number of cores; 0: clean in the main thread)
  --worker-memory MB   heap cap of each worker (default 1024); a record over it is rejected
  --id-field NAME      field that names a record in reports (default: id)
  --shard I/N          take only records I, I+N, I+2N… (0 <= I < N) of the input
  --shard-by FIELD     with --shard: choose by a hash of FIELD instead of by position
  --resume             continue an interrupted run: skip what -o FILE (and --rejects) already hold
  --stats              print removals per rule and per category (count, words) at the end
  --stats-json FILE    write the same as JSON
  --json               print the full result (text, removed, warnings, stats) as JSON
  --list-rules         print the rules with their category and description, then exit
  -h, --help           show this help
  -v, --version        print the version

Exit status: 0 success, 1 some inputs or records failed, 2 usage or configuration error.`

export interface CliArgs {
  files: string[]
  explain: boolean
  jsonl: boolean
  json: boolean
  field: string
  preset?: string
  format?: string
  paragraphs?: string
  language?: string
  rules: string[]
  categories: string[]
  config?: string
  listRules: boolean
  output?: string
  removedField?: string
  dropEmpty: boolean
  rejects?: string
  /** Undefined: one per core. */
  workers?: number
  /**
   * --timeout: the time budget per document (per record in corpus mode). Undefined when not
   * given: then limits.timeBudgetMs of --config applies, or the library's default.
   */
  timeoutMs?: number
  /** Each worker's old-generation heap cap, in MB (undefined: DEFAULT_WORKER_MEMORY_MB). */
  workerMemoryMb?: number
  /** Undefined: "id". */
  idField?: string
  shard?: { index: number; count: number }
  shardBy?: string
  resume: boolean
  stats: boolean
  statsJson?: string
  help: boolean
  version: boolean
}

function wholeNumber(flag: string, text: string, min: number, max: number): number {
  const n = /^\d+$/.test(text) ? Number(text) : NaN
  if (!(n >= min && n <= max)) throw new Error(`${flag} expects a whole number from ${min} to ${max}; got "${text}".`)
  return n
}

/**
 * The cleaned field and the removals' field must be two places apart: one at or inside the other
 * would overwrite the cleaned text with the removals, or never be written.
 */
function checkFieldPaths(field: string, removedField: string | undefined): void {
  if (field === '') throw new Error('--field expects a field name or a dotted path; got "".')
  if (removedField === undefined) return
  if (removedField === '') throw new Error('--removed-field expects a field name or a dotted path; got "".')
  const within = (a: string, b: string) => a === b || a.startsWith(`${b}.`)
  if (within(removedField, field) || within(field, removedField)) {
    throw new Error(`--removed-field "${removedField}" and --field "${field}" overlap: the removals would overwrite the cleaned text. Name another field.`)
  }
}

/** `I/N`, 0-based, so that `--shard $i/$n` fits `seq 0 $((n-1))` and array-job indices. */
function parseShard(text: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(text)
  const index = Number(m?.[1])
  const count = Number(m?.[2])
  if (!m || !(count >= 1) || !(index < count)) throw new Error(`--shard expects I/N with 0 <= I < N, e.g. 0/4; got "${text}".`)
  return { index, count }
}

export function parseCliArgs(argv: string[]): CliArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      explain: { type: 'boolean', default: false },
      jsonl: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      field: { type: 'string', default: 'text' },
      preset: { type: 'string' },
      format: { type: 'string' },
      paragraphs: { type: 'string' },
      language: { type: 'string' },
      rule: { type: 'string', multiple: true, default: [] },
      category: { type: 'string', multiple: true, default: [] },
      config: { type: 'string' },
      'list-rules': { type: 'boolean', default: false },
      output: { type: 'string', short: 'o' },
      'removed-field': { type: 'string' },
      'drop-empty': { type: 'boolean', default: false },
      rejects: { type: 'string' },
      workers: { type: 'string' },
      timeout: { type: 'string' },
      'worker-memory': { type: 'string' },
      'id-field': { type: 'string' },
      shard: { type: 'string' },
      'shard-by': { type: 'string' },
      resume: { type: 'boolean', default: false },
      stats: { type: 'boolean', default: false },
      'stats-json': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
  })
  if (values['shard-by'] !== undefined && values.shard === undefined) throw new Error('--shard-by needs --shard I/N.')
  checkFieldPaths(values.field!, values['removed-field'])
  return {
    files: positionals,
    explain: values.explain!,
    jsonl: values.jsonl!,
    json: values.json!,
    field: values.field!,
    preset: values.preset,
    format: values.format,
    paragraphs: values.paragraphs,
    language: values.language,
    rules: values.rule!,
    categories: values.category!,
    config: values.config,
    listRules: values['list-rules']!,
    output: values.output,
    removedField: values['removed-field'],
    dropEmpty: values['drop-empty']!,
    rejects: values.rejects,
    workers: values.workers === undefined ? undefined : wholeNumber('--workers', values.workers, 0, 256),
    timeoutMs: values.timeout === undefined ? undefined : wholeNumber('--timeout', values.timeout, 1, 86_400_000),
    workerMemoryMb: values['worker-memory'] === undefined ? undefined : wholeNumber('--worker-memory', values['worker-memory'], 64, 1_048_576),
    idField: values['id-field'],
    shard: values.shard === undefined ? undefined : parseShard(values.shard),
    shardBy: values['shard-by'],
    resume: values.resume!,
    stats: values.stats!,
    statsJson: values['stats-json'],
    help: values.help!,
    version: values.version!,
  }
}
