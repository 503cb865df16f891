import { mkdirSync, mkdtempSync } from 'node:fs'
import path from 'node:path'
import { build } from 'tsup'

const root = path.join(import.meta.dirname, '..', '..')

/**
 * Bundles the CLI and its worker entry into a temporary directory, the way tsup.config.ts lays out
 * dist/ (chunks beside `corpus-worker.js`), so worker threads run real code without touching the
 * shared dist/ folder. It goes under node_modules/.cache so the bundle finds its dependencies.
 */
export async function buildCli(): Promise<{ bin: string; dir: string }> {
  const cache = path.join(root, 'node_modules', '.cache')
  mkdirSync(cache, { recursive: true })
  const dir = mkdtempSync(path.join(cache, 'decruft-cli-test-'))
  await build({
    config: false,
    entry: { bin: path.join(root, 'src/bin.ts'), 'corpus-worker': path.join(root, 'src/cli/corpus/worker.ts') },
    outDir: dir,
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    splitting: true,
    silent: true,
    dts: false,
    clean: false,
  })
  return { bin: path.join(dir, 'bin.js'), dir }
}
