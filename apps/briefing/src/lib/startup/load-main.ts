import { createHash } from 'node:crypto'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, dirname } from 'node:path'
import { Script } from 'node:vm'
import { setProcessFlags } from './flags.js'

/** What became of the code cache when the bundle was compiled. */
export type CacheState = 'used' | 'rejected' | 'stale' | 'absent' | 'off'

/** The command's CommonJS bundle, compiled and run (see `loadMain`). */
export interface LoadedMain {
  /** `main(argv)` of `startup/main.ts`. */
  main: (argv: readonly string[]) => Promise<void>
  /** The compiled bundle, to make a code cache from once it has run (`writeCodeCache`). */
  script: Script
  /** The bundle's path and bytes, which key the cache. */
  file: string
  bytes: Buffer
  cache: CacheState
}

/** Options of `loadMain`. */
export interface LoadMainOptions {
  /** Where the code cache is read from. Default: `<file>.cache`. */
  cacheFile?: string
  /** Read the code cache at all. Default: true. */
  useCache?: boolean
}

// V8 wraps nothing itself: the bundle is a CommonJS module body, run as Node runs one.
const WRAP_BEFORE = '(function (exports, require, module, __filename, __dirname) { '
const WRAP_AFTER = '\n})'

/** What a code cache was made for (the first line of the cache file, as JSON). */
export interface CacheKey {
  node: string
  v8: string
  arch: string
  /** The bundle's size, modification time and SHA-256 when the cache was made. */
  size: number
  mtimeMs: number
  sha256: string
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')

/**
 * The key of a code cache for the bundle `file` whose bytes are `bytes`: this Node, V8 and CPU,
 * and the bundle's exact bytes. V8 checks its own version and flags itself, but of the source
 * only its length, so an edited bundle of the same length would run the old code's bytecode: the
 * hash rules that out.
 */
export function cacheKey(file: string, bytes: Buffer): CacheKey {
  const { size, mtimeMs } = statSync(file)
  return {
    node: process.version,
    v8: process.versions.v8,
    arch: process.arch,
    size,
    mtimeMs,
    sha256: sha256(bytes),
  }
}

/**
 * Whether `key` (read from a cache file) fits the bundle `file` with `bytes` in this process.
 * The bundle's hash is computed only when its size or time differ from the key's (a copy, or a
 * build cache's restore), so the usual case costs one `stat`.
 */
export function keyFits(key: Partial<CacheKey>, file: string, bytes: Buffer): boolean {
  if (key.node !== process.version || key.v8 !== process.versions.v8 || key.arch !== process.arch)
    return false
  const { size, mtimeMs } = statSync(file)
  if (size !== bytes.length || key.size !== size) return false
  return key.mtimeMs === mtimeMs || key.sha256 === sha256(bytes)
}

/** The bytes of `file`, or null when there is no such file (any other error is thrown). */
function readIfThere(file: string): Buffer | null {
  try {
    return readFileSync(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/** The key line of a cache file, or null when it is not one. */
function readKey(line: Buffer): Partial<CacheKey> | null {
  try {
    const key = JSON.parse(line.toString('utf8')) as unknown
    return key && typeof key === 'object' ? (key as Partial<CacheKey>) : null
  } catch {
    return null
  }
}

/**
 * Compiles and runs the command's CommonJS bundle `file` (built by scripts/bundle.mjs) with the
 * V8 code cache beside it when the cache's key matches (`cacheKey`): the functions the cache
 * holds are then neither parsed nor compiled again. A missing, stale or damaged cache only costs
 * the compile: V8 rejects a cache that does not fit and compiles from the text. Sets
 * `PROCESS_FLAGS` first: V8 takes a cache only under the flags it was made with. Returns null,
 * having done nothing, when there is no bundle `file`.
 */
export function loadMain(file: string, options: LoadMainOptions = {}): LoadedMain | null {
  const { cacheFile = `${file}.cache`, useCache = true } = options
  const bytes = readIfThere(file)
  if (!bytes) return null
  setProcessFlags()
  const source = bytes.toString('utf8')
  let cache: CacheState = useCache ? 'absent' : 'off'
  let cachedData: Buffer | undefined
  const stored = useCache ? readIfThere(cacheFile) : null
  if (stored) {
    const end = stored.indexOf(10)
    const key = end > 0 ? readKey(stored.subarray(0, end)) : null
    if (key && keyFits(key, file, bytes)) cachedData = stored.subarray(end + 1)
    else cache = 'stale'
  }
  // The name stack traces give: the cache keeps the name it was made under, so it is the same on
  // every machine (the folder and file, not the checkout's absolute path).
  const script = new Script(`${WRAP_BEFORE}${source}${WRAP_AFTER}`, {
    filename: `${basename(dirname(file))}/${basename(file)}`,
    ...(cachedData ? { cachedData } : {}),
  })
  if (cachedData) cache = script.cachedDataRejected ? 'rejected' : 'used'
  const module = { exports: {} as { main?: LoadedMain['main'] } }
  const run = script.runInThisContext() as (...args: unknown[]) => void
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file))
  const { main } = module.exports
  if (typeof main !== 'function') throw new Error(`${file}: the bundle exports no main()`)
  return { main, script, file, bytes, cache }
}

/**
 * Writes the code cache of `loaded` to `cacheFile` (default: the bundle's path + `.cache`): its
 * key line, then V8's cached data, which holds every function compiled so far, so call it after
 * a warm-up run. Returns the cache's size in bytes.
 */
export function writeCodeCache(loaded: LoadedMain, cacheFile: string): number {
  const data = loaded.script.createCachedData()
  const bytes = Buffer.concat([
    Buffer.from(`${JSON.stringify(cacheKey(loaded.file, loaded.bytes))}\n`),
    data,
  ])
  writeFileSync(cacheFile, bytes)
  return bytes.length
}
