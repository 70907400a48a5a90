import { fileURLToPath } from 'node:url'
import { exitWhenFlushed } from './exit-when-flushed.js'
import { loadMain } from './load-main.js'

// `bundle/cli.js`: the command as users run it. It compiles `main.cjs` (the whole command in one
// CommonJS file) with its V8 code cache, so a cold process neither parses nor compiles the code
// the warm-up at build time ran (scripts/code-cache.mjs). Without main.cjs, or with
// PARALLAX_CODE_CACHE=0 for the cache, it runs as before: the ESM bundle `esm-cli.js`.
const bundle = fileURLToPath(new URL('./main.cjs', import.meta.url))
const loaded = loadMain(bundle, { useCache: process.env.PARALLAX_CODE_CACHE !== '0' })
if (loaded) {
  if (process.env.PARALLAX_TRACE)
    process.stderr.write(
      `parallax: ${performance.now().toFixed(0)} ms stage code cache ${loaded.cache}\n`,
    )
  await loaded.main(process.argv)
  await exitWhenFlushed()
} else {
  await import(new URL('./esm-cli.js', import.meta.url).href)
}
