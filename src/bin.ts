#!/usr/bin/env node
import { main } from './cli/main.js'

main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`decruft: ${(error as Error)?.stack ?? String(error)}\n`)
    process.exitCode = 70
  },
)
