import { parseArgs } from 'node:util'

export const USAGE = `Usage: decruft [options] [FILE...]

Removes scraped cruft (donation appeals, share prompts, related-link lists, comment widgets,
cookie and newsletter boxes…) from article text. Reads FILEs, or standard input when there is
none or FILE is "-", and prints the cleaned text.

Options:
  --explain            print every removal (rule, category, reason, text) to stderr
  --jsonl              read JSON lines, clean one field of each record, write each record back
  --field NAME         the field to clean with --jsonl (default: text; dots reach nested fields)
  --preset NAME        recommended (default) or aggressive
  --format FORMAT      text (default), html or auto
  --paragraphs MODE    auto (default), blank-line or line
  --language CODE      language hint, e.g. en, de
  --rule ID=SETTING    switch a rule: ID=off, ID=on, or ID='{"maxWords":40}' (repeatable)
  --category NAME=off  switch a whole category off (or on) (repeatable)
  --config FILE        options from a JSON file, or rule sets from a JS module (see README)
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
  help: boolean
  version: boolean
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
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
  })
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
    help: values.help!,
    version: values.version!,
  }
}
