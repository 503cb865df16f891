/**
 * One WebAssembly function that runs two byte-level DFAs side by side over a buffer and lists
 * where either reaches an accepting state: the inner loop of the literal scan
 * (literal-automaton.ts). V8's regex engine took about 10 ns a character to try a word boundary
 * and two alternations at every position of the bench text, and a JavaScript loop over a
 * transition table was slower still; this loop is a handful of loads and compares a byte.
 *
 * It is assembled here, byte by byte, rather than shipped as a .wasm file: it is one small
 * function, and the package then needs no loader, no build step and no binary in git.
 *
 *   scan(input, length, stateA, stateB, out, classes, acceptA, acceptB, stateOut) -> reports
 *
 * A state is the memory address of its row of transitions; a row holds, for each byte class,
 * the address of the next state's row (u32), and `classes` maps each byte to its class's offset
 * within a row (u16, the class times 4). Keeping addresses rather than state numbers leaves one
 * add and one load per byte on the path from one state to the next. For each byte b of
 * memory[input, input + length):
 *   k = u16 classes[b]
 *   stateA = u32 memory[stateA + k];  stateB = u32 memory[stateB + k]
 *   if stateA >= acceptA: out[n++] = (offset of b from input, stateA)
 *   if stateB >= acceptB: out[n++] = (offset of b from input, stateB)
 * (accepting rows come last in each table). Then the last states are stored at stateOut and
 * stateOut + 4 (so that a long text can be scanned in pieces) and n, the number of (u32, u32)
 * pairs written at out, is returned. `out` must have room for two pairs per byte.
 */

const I32 = 0x7f
const EMPTY_BLOCK = 0x40
const OP = {
  block: 0x02,
  loop: 0x03,
  if: 0x04,
  end: 0x0b,
  br: 0x0c,
  brIf: 0x0d,
  localGet: 0x20,
  localSet: 0x21,
  i32Load: 0x28,
  i32Load8U: 0x2d,
  i32Load16U: 0x2f,
  i32Store: 0x36,
  i32Const: 0x41,
  i32GeU: 0x4f,
  i32Add: 0x6a,
  i32Sub: 0x6b,
  i32Shl: 0x74,
} as const

/** Unsigned LEB128, the encoding of every count and index in a module. */
function leb(n: number): number[] {
  const out: number[] = []
  do {
    let byte = n & 0x7f
    n >>>= 7
    if (n) byte |= 0x80
    out.push(byte)
  } while (n)
  return out
}
const vec = (items: number[][]): number[] => [...leb(items.length), ...items.flat()]
const section = (id: number, body: number[]): number[] => [id, ...leb(body.length), ...body]
const name = (s: string): number[] => [...leb(s.length), ...[...s].map((c) => c.charCodeAt(0))]
/** A memory access's alignment (log2) and offset. */
const mem = (align: number, offset = 0): number[] => [align, ...leb(offset)]

// Parameters 0–8 as in the signature above; locals 9–12.
const [INPUT, LENGTH, STATE_A, STATE_B, OUT, CLASSES, ACCEPT_A, ACCEPT_B, STATE_OUT] = [0, 1, 2, 3, 4, 5, 6, 7, 8]
const [AT, END, REPORTS, CLASS] = [9, 10, 11, 12]
const get = (i: number) => [OP.localGet, i]
const set = (i: number) => [OP.localSet, i]
/** state = u32 memory[state + class] */
const step = (state: number) => [...get(state), ...get(CLASS), OP.i32Add, OP.i32Load, ...mem(2), ...set(state)]
/** if (state >= accept) { out[reports] = (at - input, state); reports++ } */
const report = (state: number, accept: number) => [
  ...get(state), ...get(accept), OP.i32GeU,
  OP.if, EMPTY_BLOCK,
  ...get(OUT), ...get(REPORTS), OP.i32Const, 3, OP.i32Shl, OP.i32Add, ...get(AT), ...get(INPUT), OP.i32Sub, OP.i32Store, ...mem(2, 0),
  ...get(OUT), ...get(REPORTS), OP.i32Const, 3, OP.i32Shl, OP.i32Add, ...get(state), OP.i32Store, ...mem(2, 4),
  ...get(REPORTS), OP.i32Const, 1, OP.i32Add, ...set(REPORTS),
  OP.end,
]

const BODY = [
  ...vec([[...leb(4), I32]]), // four i32 locals
  ...get(INPUT), ...set(AT),
  ...get(INPUT), ...get(LENGTH), OP.i32Add, ...set(END),
  OP.block, EMPTY_BLOCK,
  OP.loop, EMPTY_BLOCK,
  // while (at < end)
  ...get(AT), ...get(END), OP.i32GeU, OP.brIf, 1,
  // class = u16 classes[memory[at]]
  ...get(CLASSES), ...get(AT), OP.i32Load8U, ...mem(0), OP.i32Const, 1, OP.i32Shl, OP.i32Add, OP.i32Load16U, ...mem(1), ...set(CLASS),
  ...step(STATE_A),
  ...step(STATE_B),
  ...report(STATE_A, ACCEPT_A),
  ...report(STATE_B, ACCEPT_B),
  ...get(AT), OP.i32Const, 1, OP.i32Add, ...set(AT),
  OP.br, 0,
  OP.end,
  OP.end,
  // stateOut[0] = stateA; stateOut[1] = stateB; return reports
  ...get(STATE_OUT), ...get(STATE_A), OP.i32Store, ...mem(2, 0),
  ...get(STATE_OUT), ...get(STATE_B), OP.i32Store, ...mem(2, 4),
  ...get(REPORTS),
  OP.end,
]

const MODULE_BYTES = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // "\0asm", version 1
  ...section(1, vec([[0x60, ...vec(Array.from({ length: 9 }, () => [I32])), ...vec([[I32]])]])), // type: (i32 × 9) -> i32
  ...section(2, vec([[...name('env'), ...name('memory'), 0x02, 0x00, ...leb(1)]])), // import env.memory, at least one page
  ...section(3, vec([leb(0)])), // one function, of type 0
  ...section(7, vec([[...name('scan'), 0x00, ...leb(0)]])), // export it as "scan"
  ...section(10, vec([[...leb(BODY.length), ...BODY]])),
])

export type ScanFunction = (input: number, length: number, stateA: number, stateB: number, out: number, classes: number, acceptA: number, acceptB: number, stateOut: number) => number

/**
 * The part of the WebAssembly API used here. Node has it on every platform it supports, but the
 * type declarations for it come with the DOM library, which this package does not compile against.
 */
export interface WasmMemory {
  readonly buffer: ArrayBuffer
}
interface WasmApi {
  Memory: new (descriptor: { initial: number }) => WasmMemory
  Module: new (bytes: Uint8Array) => object
  Instance: new (module: object, imports: object) => { readonly exports: Record<string, unknown> }
}
/** Absent where V8 runs without WebAssembly (`node --jitless`, some hardened hosts). */
const wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly

let compiled: object | undefined

/** A zeroed memory of at least `bytes` bytes (a plain buffer where there is no WebAssembly). */
export function createMemory(bytes: number): WasmMemory {
  const pages = Math.max(1, Math.ceil(bytes / 65536))
  return wasm ? new wasm.Memory({ initial: pages }) : { buffer: new ArrayBuffer(pages * 65536) }
}

/**
 * The scan function over a memory: compiled once per process (it is a few hundred bytes), or,
 * without WebAssembly or when `engine` is 'js', the same loop in JavaScript (several times
 * slower; the tests hold the two to the same answers).
 */
export function instantiateScan(memory: WasmMemory, engine: 'wasm' | 'js' = wasm ? 'wasm' : 'js'): ScanFunction {
  if (engine === 'js' || !wasm) return scanInJavaScript(memory)
  compiled ??= new wasm.Module(MODULE_BYTES)
  const instance = new wasm.Instance(compiled, { env: { memory } })
  return instance.exports.scan as ScanFunction
}

function scanInJavaScript(memory: WasmMemory): ScanFunction {
  const u8 = new Uint8Array(memory.buffer)
  const u16 = new Uint16Array(memory.buffer)
  const u32 = new Uint32Array(memory.buffer)
  return (input, length, stateA, stateB, out, classes, acceptA, acceptB, stateOut) => {
    let reports = 0
    for (let at = input, end = input + length; at < end; at++) {
      const k = u16[(classes >> 1) + u8[at]!]!
      stateA = u32[(stateA + k) >> 2]!
      stateB = u32[(stateB + k) >> 2]!
      if (stateA >= acceptA) {
        u32[(out >> 2) + 2 * reports] = at - input
        u32[(out >> 2) + 2 * reports + 1] = stateA
        reports++
      }
      if (stateB >= acceptB) {
        u32[(out >> 2) + 2 * reports] = at - input
        u32[(out >> 2) + 2 * reports + 1] = stateB
        reports++
      }
    }
    u32[stateOut >> 2] = stateA
    u32[(stateOut >> 2) + 1] = stateB
    return reports
  }
}
