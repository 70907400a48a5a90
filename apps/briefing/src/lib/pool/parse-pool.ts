import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { ReadInput } from '../inputs/read-inputs.js'
import type { ParseReply, ParseTask, PoolParseOptions } from './messages.js'
import { failed, parseOne } from './parse-one.js'

/** Options of `parseInPool`. */
export interface ParsePoolOptions extends PoolParseOptions {
  /**
   * Worker threads. Default: all cores (`os.availableParallelism()`) when there are enough inputs
   * to pay for starting them (`MIN_INPUTS_PER_WORKER` each, and at least two workers), else `0`:
   * a handful of files parse faster on the main thread than workers load the parser. `0` parses
   * on the main thread. Results do not depend on it.
   */
  readonly workers?: number | null
  /** Called after each input is parsed, in completion order: how many are done, of how many. */
  readonly onProgress?: ((done: number, total: number, path: string) => void) | null
}

/**
 * Parses inputs on a pool of worker threads and returns one reply per input, in input order.
 * One input that fails (or a worker that dies on it) gives a result without an article and a
 * diagnostic naming the file; the rest of the batch goes on.
 */
export async function parseInPool(
  inputs: readonly ReadInput[],
  options: ParsePoolOptions = {},
): Promise<ParseReply[]> {
  const { workers: wanted, onProgress, ...parseOptions } = options
  const total = inputs.length
  const replies: ParseReply[] = new Array(total)
  let done = 0
  const finish = (reply: ParseReply): void => {
    replies[reply.index] = reply
    done++
    onProgress?.(done, total, (inputs[reply.index] as ReadInput).path)
  }
  const task = (index: number): ParseTask => {
    const input = inputs[index] as ReadInput
    return {
      index,
      path: input.path,
      bytes: input.bytes,
      manifest: input.manifest ?? null,
      options: parseOptions,
    }
  }
  const size = Math.min(wanted ?? defaultWorkers(total), total)
  if (size <= 0) {
    for (let i = 0; i < total; i++) finish(await parseOne(task(i)))
    return replies
  }
  let next = 0
  const url = workerUrl()
  const runWorker = (): Promise<void> =>
    new Promise((resolveWorker) => {
      if (next >= total) return resolveWorker()
      const worker = new Worker(url)
      let current = -1
      let crash: Error | null = null
      const feed = (): void => {
        current = next < total ? next++ : -1
        if (current >= 0) worker.postMessage(task(current))
        else void worker.terminate()
      }
      worker.on('message', (reply: ParseReply) => {
        finish(reply)
        feed()
      })
      worker.on('error', (error) => {
        crash = error
      })
      worker.on('exit', (code) => {
        if (current < 0) return resolveWorker()
        // The worker died on `current`: that input fails, a fresh worker takes the rest.
        const path = (inputs[current] as ReadInput).path
        const why = crash ? crash.message : `the worker exited with code ${code}`
        finish({ index: current, result: failed(path, `the parser crashed: ${why}`), claims: null })
        void runWorker().then(resolveWorker)
      })
      feed()
    })
  await Promise.all(Array.from({ length: size }, runWorker))
  return replies
}

/** Inputs each worker should have before the default pool starts it. */
export const MIN_INPUTS_PER_WORKER = 4

/** All cores for a batch large enough to keep two or more workers busy, else none. */
export function defaultWorkers(inputs: number, cores: number = availableParallelism()): number {
  const size = Math.min(cores, Math.floor(inputs / MIN_INPUTS_PER_WORKER))
  return size >= 2 ? size : 0
}

/** The compiled worker script: beside this module in dist/, or in dist/ when run from sources. */
function workerUrl(): URL {
  const here = new URL('./parse-worker.js', import.meta.url)
  if (existsSync(fileURLToPath(here))) return here
  const built = new URL(here.href.replace('/src/lib/pool/', '/dist/lib/pool/'))
  if (existsSync(fileURLToPath(built))) return built
  throw new Error(`the parse worker is not built (${fileURLToPath(built)}): run pnpm build first`)
}
