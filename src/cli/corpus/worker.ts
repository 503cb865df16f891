/**
 * A corpus worker thread: receives raw byte chunks of JSON lines (transferred, not copied), parses,
 * cleans and serialises them, and transfers the output bytes back. Built as its own entry
 * (`corpus-worker.js` beside the bundle) because a worker needs a file to start from.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { createCleaner } from '../../decruft.js'
import type { CliArgs } from '../args.js'
import { optionsFromArgs } from '../options.js'
import { processChunk, type ChunkTask, type RecordSettings } from './records.js'
import { warmUp } from './warm-up.js'

export interface WorkerData {
  args: CliArgs
  cwd: string
  settings: RecordSettings
  /** [line being cleaned in the current chunk or -1, records started]: read by the watchdog. */
  progress: SharedArrayBuffer
}

const data = workerData as WorkerData
const progress = new Int32Array(data.progress)
const port = parentPort!

// Options are built here, not passed in: a --config JS module holds functions, which cannot be cloned.
const ready = optionsFromArgs(data.args, data.cwd).then((options) => {
  // -2 tells the watchdog a hang here is the rules' fault, not a record's.
  Atomics.store(progress, 0, -2)
  Atomics.add(progress, 1, 1)
  warmUp(options)
  const cleaner = createCleaner(options)
  Atomics.store(progress, 0, -1)
  return cleaner
})
ready.catch((error: unknown) => port.postMessage({ startupError: (error as Error)?.message ?? String(error) }))

port.on('message', (task: ChunkTask) => {
  void ready.then((cleaner) => {
    const result = processChunk(task, cleaner, data.settings, (i) => {
      Atomics.store(progress, 0, i)
      Atomics.add(progress, 1, 1)
    })
    port.postMessage(result, [result.out.buffer as ArrayBuffer, result.rejects.buffer as ArrayBuffer])
  })
})
