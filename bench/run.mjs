#!/usr/bin/env node
// `npm run bench`: every benchmark of the project, one after another, on ../shared/bench.
// Each prints its own figures and skips with a message when ../shared/bench is absent.
//   npm run bench                 all of them
//   npm run bench -- text html    only those (throughput, lang, text, html, corpus, redos)
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const ALL = ['throughput', 'lang', 'text', 'html', 'corpus', 'redos']
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'))
let failed = 0
for (const name of wanted.length ? wanted : ALL) {
  const file = path.join(here, `${name}.mjs`)
  if (!existsSync(file)) {
    console.log(`\n== ${name}: bench/${name}.mjs does not exist (skipped)`)
    continue
  }
  console.log(`\n== ${name} (bench/${name}.mjs)`)
  const r = spawnSync(process.execPath, [file], { stdio: 'inherit' })
  if (r.status !== 0) failed++
}
process.exitCode = failed ? 1 : 0
