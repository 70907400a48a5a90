// Loads an invented bundle with loadMain in a process of its own (V8 keeps a compiled script per
// process, so a second compile in one process would not show whether the cache file was taken):
// `load-bundle.ts <write|use|off> <file>`; prints the cache state and what main() returned.
import { loadMain, writeCodeCache } from '../../src/lib/startup/load-main.js'

const [mode, file] = process.argv.slice(2) as [string, string]
const loaded = loadMain(file, { useCache: mode === 'use' })
if (!loaded) {
  process.stdout.write(JSON.stringify({ cache: null, result: null }))
  process.exit(0)
}
const result = await (loaded.main([]) as Promise<unknown>)
if (mode === 'write') writeCodeCache(loaded, `${file}.cache`)
process.stdout.write(JSON.stringify({ cache: loaded.cache, result }))
