import { fileURLToPath } from 'node:url'
import { usesCodeCache } from './cached-commands.js'
import { exitWhenFlushed } from './exit-when-flushed.js'
import { loadMain } from './load-main.js'

// `bundle/cli.js`: the command as users run it. It compiles `main.cjs` (the whole command in one
// CommonJS file) with its V8 code cache, so a cold process neither parses nor compiles the code
// the warm-up at build time ran (scripts/code-cache.mjs). PARALLAX_CODE_CACHE=0 compiles main.cjs
// without the cache. Without main.cjs, or for a command that stops at parsing (`parse`, `--help`,
// `--version`: cached-commands.ts), it runs the ESM bundle `esm-cli.js`.
const bundle = fileURLToPath(new URL('./main.cjs', import.meta.url))
const loaded = usesCodeCache(process.argv)
  ? loadMain(bundle, { useCache: process.env.PARALLAX_CODE_CACHE !== '0' })
  : null
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
