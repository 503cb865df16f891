import { defineConfig } from 'tsup'

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    retext: 'src/retext.ts',
    testing: 'src/testing.ts',
    bin: 'src/bin.ts',
  },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts', retext: 'src/retext.ts', testing: 'src/testing.ts' } },
  target: 'node20',
  platform: 'node',
  clean: true,
  sourcemap: false,
  splitting: true,
})
