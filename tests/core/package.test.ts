import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The published shape of the package, on the built dist/ (the test script builds first):
 * ESM import, require() of the ES module (Node 20.19+), the subpath exports and the bin.
 */
const root = path.join(import.meta.dirname, '..', '..')
const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

describe('package', () => {
  it('is built', () => {
    expect(existsSync(path.join(root, 'dist', 'index.js')), 'run `npm run build` first').toBe(true)
    expect(existsSync(path.join(root, 'dist', 'index.d.ts'))).toBe(true)
  })

  it('can be imported by name', () => {
    const out = run(['--input-type=module', '-e', "import { decruft } from 'decruft'; console.log(decruft('Story text here.\\n\\nAdvertisement').text)"])
    expect(out.trim()).toBe('Story text here.')
  })

  it('can be required by name (require of an ES module, Node >= 20.19)', () => {
    const out = run(['--no-warnings', '-e', "const { decruft } = require('decruft'); console.log(decruft('Story text here.\\n\\nAdvertisement').removed[0].ruleId)"])
    expect(out.trim()).toBe('spam-ad/ad-label')
  })

  it('exposes the retext plugin and the rule tester as subpaths', () => {
    const out = run(['--input-type=module', '-e', "import p from 'decruft/retext'; import { RuleTester } from 'decruft/testing'; console.log(typeof p, typeof RuleTester)"])
    expect(out.trim()).toBe('function function')
  })

  it('loads linkedom on the first HTML document, not on import or for text', () => {
    const out = run([
      '--input-type=module',
      '-e',
      `import { createRequire } from 'node:module'
       import { decruft } from 'decruft'
       const cache = createRequire(import.meta.url).cache
       const loaded = () => Object.keys(cache).some((file) => file.includes('/linkedom/'))
       const before = loaded()
       decruft('Story text here.\\n\\nAdvertisement')
       const afterText = loaded()
       const html = decruft('<p>Story text here, long enough to be the article of this page.</p>', { format: 'html' })
       console.log(JSON.stringify([before, afterText, loaded(), html.text]))`,
    ])
    expect(JSON.parse(out)).toEqual([false, false, true, 'Story text here, long enough to be the article of this page.'])
    // ...and no ES import of it anywhere in the build, which the CommonJS cache would not show.
    const staticImports = readdirSync(path.join(root, 'dist'))
      .filter((f) => f.endsWith('.js'))
      .filter((f) => /(?:from\s*|import\s*\(\s*)["']linkedom["']/.test(readFileSync(path.join(root, 'dist', f), 'utf8')))
    expect(staticImports).toEqual([])
  })

  it('declares the bin and an engine range that require(esm) works on', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
    expect(pkg.bin.decruft).toBe('./dist/bin.js')
    expect(pkg.engines.node).toBe('>=20.19')
    expect(readFileSync(path.join(root, 'dist', 'bin.js'), 'utf8').startsWith('#!/usr/bin/env node')).toBe(true)
  })
})
