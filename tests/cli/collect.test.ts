import { describe, expect, it } from 'vitest'
import { everyBytes, exposeGc } from '../../src/cli/corpus/collect.js'

describe('everyBytes', () => {
  it('collects once each time the bytes add up to another interval, carrying the remainder over', () => {
    let calls = 0
    const add = everyBytes(100, () => calls++)
    add(60)
    expect(calls).toBe(0)
    add(60) // 120: one interval passed, 20 carried
    expect(calls).toBe(1)
    add(79) // 99
    expect(calls).toBe(1)
    add(1) // 100
    expect(calls).toBe(2)
  })

  it('collects once for a chunk larger than several intervals (one collection frees them all)', () => {
    let calls = 0
    const add = everyBytes(100, () => calls++)
    add(350)
    expect(calls).toBe(1)
    add(49) // 50 carried + 49
    expect(calls).toBe(1)
    add(1)
    expect(calls).toBe(2)
  })
})

describe('exposeGc', () => {
  it("returns V8's collector, and calling it frees byte buffers nothing references any more", async () => {
    const gc = exposeGc()
    expect(typeof gc).toBe('function')
    gc!()
    const before = process.memoryUsage().arrayBuffers
    let hold: Uint8Array[] | undefined = Array.from({ length: 64 }, () => new Uint8Array(1 << 20).fill(1))
    expect(process.memoryUsage().arrayBuffers - before).toBeGreaterThan(60 << 20)
    hold = undefined
    gc!()
    // Backing stores are released by a sweeper that may finish just after the collection returns.
    for (let i = 0; i < 50 && process.memoryUsage().arrayBuffers - before > 16 << 20; i++) await new Promise((r) => setTimeout(r, 20))
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(16 << 20)
  })
})
