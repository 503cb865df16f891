#!/usr/bin/env node
import { main } from './cli/main.js'
import { exposeGc } from './cli/corpus/collect.js'

let gc: (() => void) | undefined | null = null

main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  // Exposed on first use: only a corpus run with workers asks for it.
  collectGarbage: () => (gc === null ? (gc = exposeGc()) : gc)?.(),
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`decruft: ${(error as Error)?.stack ?? String(error)}\n`)
    process.exitCode = 70
  },
)
