import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { ParseResult } from '@parallax/parser'
import type { ManifestEntry } from '@parallax/schema'
import type { ReadInput } from '../inputs/read-inputs.js'
import { failed } from './failed.js'
import type { ParseReply, ParseTask, PoolParseOptions } from './messages.js'

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
  const replies: ParseReply[] = []
  await parseEach(
    inputs.length,
    (index) => inputs[index] as ReadInput,
    (reply) => {
      replies.push(reply)
    },
    options,
  )
  return replies
}

/**
 * One input of `parseEach`: its bytes to parse, or the result it already has (a file that could
 * not be read gives a result without an article and the diagnostics saying why).
 */
export type PoolSource =
  | { readonly path: string; readonly bytes: Uint8Array; readonly manifest?: ManifestEntry | null }
  | { readonly path: string; readonly result: ParseResult }

/**
 * Parses `total` inputs on the pool and hands each reply to `onReply` in input order, as soon as
 * it and every input before it are done (what `parallax parse` streams). `source(index)` is asked
 * for an input only when a worker is free to take it, so a large batch is never all in memory;
 * `onReply` may return a promise (a full output stream), which is awaited before the next reply.
 * The replies, their order and their bytes do not depend on the pool size.
 */
export async function parseEach(
  total: number,
  source: (index: number) => PoolSource | Promise<PoolSource>,
  onReply: (reply: ParseReply) => void | Promise<void>,
  options: ParsePoolOptions = {},
): Promise<void> {
  const { workers: wanted, onProgress, ...parseOptions } = options
  if (total === 0) return
  const waiting = new Map<number, ParseReply>()
  let delivered = 0
  let delivery: Promise<void> = Promise.resolve()
  const deliver = async (): Promise<void> => {
    for (let reply = waiting.get(delivered); reply; reply = waiting.get(delivered)) {
      waiting.delete(delivered)
      delivered++
      await onReply(reply)
    }
  }
  let done = 0
  const paths: string[] = new Array(total)
  const finish = (reply: ParseReply): void => {
    done++
    onProgress?.(done, total, paths[reply.index] as string)
    waiting.set(reply.index, reply)
    delivery = delivery.then(deliver)
  }
  /** The task for one input, or `null` when its source already holds its result. */
  const take = async (index: number): Promise<ParseTask | null> => {
    const input = await source(index)
    paths[index] = input.path
    if ('result' in input) {
      finish({ index, result: input.result, claims: null })
      return null
    }
    const { path, bytes, manifest } = input
    return { index, path, bytes, manifest: manifest ?? null, options: parseOptions }
  }

  const size = Math.min(wanted ?? defaultWorkers(total), total)
  if (size <= 0) {
    // The parser loads after the first input is asked for, so reading starts at once.
    const first = take(0)
    const { parseOne } = await import('./parse-one.js')
    for (let i = 0; i < total; i++) {
      const task = await (i === 0 ? first : take(i))
      if (task) finish(await parseOne(task))
      await delivery
    }
    return
  }
  let next = 0
  const url = workerUrl()
  const runWorker = (): Promise<void> =>
    new Promise((resolveWorker) => {
      if (next >= total) return resolveWorker()
      const worker = new Worker(url)
      let current = -1
      let crash: Error | null = null
      const feed = async (): Promise<void> => {
        for (
          current = next < total ? next++ : -1;
          current >= 0;
          current = next < total ? next++ : -1
        ) {
          const task = await take(current)
          if (task) return worker.postMessage(task)
        }
        void worker.terminate()
      }
      worker.on('message', (reply: ParseReply) => {
        finish(reply)
        void feed()
      })
      worker.on('error', (error) => {
        crash = error
      })
      worker.on('exit', (code) => {
        if (current < 0) return resolveWorker()
        // The worker died on `current`: that input fails, a fresh worker takes the rest.
        const path = paths[current] as string
        const why = crash ? crash.message : `the worker exited with code ${code}`
        finish({ index: current, result: failed(path, `the parser crashed: ${why}`), claims: null })
        void runWorker().then(resolveWorker)
      })
      void feed()
    })
  await Promise.all(Array.from({ length: size }, runWorker))
  await delivery
}

/**
 * Inputs each worker should have before the default pool starts it. A worker costs about as much
 * CPU to start (loading the parser and the annotation models: ~1 s) as parsing two dozen average
 * articles (~40 ms each), measured with the bundled command (apps/briefing README, "Cold
 * start"); below that, a second worker would spend more than it saves.
 */
export const MIN_INPUTS_PER_WORKER = 24

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
