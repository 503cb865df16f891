import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCli } from './build.js'

/**
 * V8 without a JIT (`node --jitless`, as some hardened hosts run) has no WebAssembly: the literal
 * scan then runs its JavaScript loop, and cleaning gives the same result.
 */
let bin = ''
let binDir = ''
const seed = path.join(import.meta.dirname, '..', '..', 'test-fixtures', 'seeds', '000_8b936843157cefe3.txt')

beforeAll(async () => {
  ;({ bin, dir: binDir } = await buildCli())
}, 120_000)
afterAll(() => {
  if (binDir) rmSync(binDir, { recursive: true, force: true })
})

describe('without WebAssembly', () => {
  it('cleans a seed document exactly as with it', () => {
    const run = (flags: string[]) => execFileSync(process.execPath, [...flags, bin, '--json', seed], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    const withWasm = JSON.parse(run([])) as { text: string; removed: unknown[] }
    const jitless = JSON.parse(run(['--jitless'])) as { text: string; removed: unknown[] }
    expect(withWasm.removed.length).toBeGreaterThan(0)
    expect(jitless).toEqual(withWasm)
  })
})
