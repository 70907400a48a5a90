// Writes bundle/main.cjs.cache: the V8 code cache of the command's CommonJS bundle, made after a
// warm-up run so that it holds the functions a run compiles, not only the top level (V8 compiles
// most functions lazily, on their first call). The warm-up is a whole `brief` (parse, align,
// compose, HTML, PDF, JSON and the archive) of three INVENTED articles in scripts/warm-up/ (a
// ferry strike in a made-up port): nothing of the seeds or of any test set. Only compiled code is
// kept, never data, so what a later run outputs cannot depend on the warm-up.
//
// Run by scripts/bundle.mjs in its own process: V8 takes a cache only under the flags it was
// made with, so this process sets none beyond the command's own (PROCESS_FLAGS) by the time it
// writes the cache. `node scripts/code-cache.mjs`.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { setFlagsFromString } from 'node:v8'
import { REGEXP_FLAG } from '../dist/lib/regexp-flag.js'
import { loadMain, writeCodeCache } from '../dist/lib/startup/load-main.js'

const app = dirname(dirname(fileURLToPath(import.meta.url)))
const bundle = join(app, 'bundle', 'main.cjs')
const started = performance.now()

const loaded = loadMain(bundle, { useCache: false })
if (!loaded) throw new Error(`code cache: no ${bundle} (run scripts/bundle.mjs)`)
const out = mkdtempSync(join(tmpdir(), 'parallax-warm-up-'))
const write = process.stderr.write.bind(process.stderr)
let said = ''
process.stderr.write = (chunk) => {
  said += String(chunk)
  return true
}
try {
  await loaded.main([
    process.execPath,
    'parallax',
    'brief',
    join(app, 'scripts', 'warm-up'),
    '--out',
    out,
    '--no-manifest',
  ])
} finally {
  process.stderr.write = write
  rmSync(out, { recursive: true, force: true })
}
if (process.exitCode) {
  process.stderr.write(said)
  throw new Error(`code cache: the warm-up brief exited ${process.exitCode}`)
}
// `brief` turned the regexp optimiser off for its few inputs; back to the flags a run starts with.
setFlagsFromString(REGEXP_FLAG.on)
const bytes = writeCodeCache(loaded, `${bundle}.cache`)
process.stdout.write(
  `code cache: ${(bytes / 1048576).toFixed(1)} MB in bundle/main.cjs.cache (${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
)
