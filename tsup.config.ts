import { defineConfig } from 'tsup'

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    retext: 'src/retext.ts',
    testing: 'src/testing.ts',
    bin: 'src/bin.ts',
    // Worker threads of the corpus CLI load this file by path: it must be an entry of its own.
    'corpus-worker': 'src/cli/corpus/worker.ts',
  },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts', retext: 'src/retext.ts', testing: 'src/testing.ts' } },
  target: 'node20',
  platform: 'node',
  clean: true,
  sourcemap: false,
  splitting: true,
})
