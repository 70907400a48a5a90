// Bundles the compiled command (dist/cli.js and the parse pool's worker) with esbuild into a few
// ESM files in bundle/: one chunk per command, loaded when that command runs, plus shared chunks.
// Resolving and reading the ~1,400 small modules of the workspace and its dependencies was most
// of the command's start-up; one bundle is read in a few large reads.
//
// Every module keeps the location it had on disk: `import.meta.url` (and `__dirname`,
// `__filename` in CommonJS) are rewritten to the module's own file, relative to bundle/, so the
// files that code finds beside itself (templates, fonts, WASM, word lists, the data that
// `createRequire(import.meta.url)` loads lazily: wink-nlp's model, tinyld, chrono, pdf.js, WordNet)
// are read where pnpm installed them, as from dist/. The app's own modules are left alone: they
// find package.json (`../package.json`) and the bundled workers (`./parse-worker.js`,
// `./pdf-worker.js`) beside the bundle. better-sqlite3 (a native addon) stays external and resolves from this package.
//
// Beside them: `main.cjs`, the whole command as one CommonJS file, and `main.cjs.cache`, its V8
// code cache made after a warm-up run (scripts/code-cache.mjs). The entry `cli.js` compiles
// main.cjs with that cache (src/lib/startup/), so a cold process neither parses nor compiles what
// the warm-up compiled; `esm-cli.js` is the ESM command it falls back to without main.cjs.
//
// Run by `pnpm build` after tsc (CI builds it on a fresh clone); `node scripts/bundle.mjs`.
import { spawnSync } from 'node:child_process'
import { readFile, rm } from 'node:fs/promises'
import { dirname, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const app = dirname(dirname(fileURLToPath(import.meta.url)))
const outdir = resolve(app, 'bundle')

/**
 * `import.meta.url` of the module at `file`, as an expression valid in any file of bundle/ (all
 * sit in one folder). It uses the banner's `__bundleBase`, not `import.meta`, which would make
 * esbuild read a CommonJS module as ESM.
 */
const urlOf = (file) =>
  `new URL(${JSON.stringify(relative(outdir, file).split(sep).join('/'))}, __bundleBase).href`

/**
 * The plugin that keeps each module's location. `appUrl`: what the app's own modules get for
 * `import.meta.url` (null: left alone, right in ESM output; CommonJS output has no import.meta).
 */
const keepLocations = (appUrl) => ({
  name: 'keep-module-locations',
  setup(b) {
    b.onLoad({ filter: /\.[cm]?js$/ }, async (args) => {
      let contents = await readFile(args.path, 'utf8')
      if (args.path.startsWith(`${app}${sep}`)) {
        if (appUrl) contents = contents.replaceAll('import.meta.url', appUrl)
        return { contents, loader: 'js' }
      }
      if (contents.includes('import.meta.url'))
        contents = contents.replaceAll('import.meta.url', urlOf(args.path))
      if (
        /\b__(?:dirname|filename)\b/.test(contents) &&
        !/\b(?:var|let|const)\s+__(?:dirname|filename)\b/.test(contents)
      ) {
        // In a CommonJS module esbuild wraps the file in a function, so these stay local to it.
        const file = `__bundleFileURLToPath(${urlOf(args.path)})`
        contents = `var __filename = ${file}; var __dirname = __bundleDirname(__filename);\n${contents}`
      }
      return { contents, loader: 'js' }
    })
  },
})

/**
 * Packages main.cjs does not hold: the PDF libraries (pdfkit, fontkit and theirs, half of the
 * bundle's bytes), which the main thread loads only when it draws a PDF itself (`render`, or
 * `brief` on one core); `brief` draws in the PDF worker. Each is required from its installed file
 * by a path relative to bundle/, as the ESM chunks find theirs.
 */
const OUTSIDE_MAIN = ['pdfkit', 'fontkit']
const requireInstalled = {
  name: 'require-installed',
  setup(b) {
    const filter = new RegExp(`^(?:${OUTSIDE_MAIN.join('|')})$`)
    b.onResolve({ filter }, async (args) => {
      if (args.pluginData === 'installed') return undefined
      const found = await b.resolve(args.path, {
        resolveDir: args.resolveDir,
        kind: args.kind,
        importer: args.importer,
        pluginData: 'installed',
      })
      if (found.errors.length > 0) return { errors: found.errors }
      return { path: `./${relative(outdir, found.path).split(sep).join('/')}`, external: true }
    })
  },
}

// CommonJS modules in the bundle call `require` for Node's built-ins; ESM output has none, so
// each file defines one (and the helpers the rewrite above uses).
const banner = [
  "import { createRequire as __bundleCreateRequire } from 'node:module'",
  "import { dirname as __bundleDirname } from 'node:path'",
  "import { fileURLToPath as __bundleFileURLToPath } from 'node:url'",
  'const require = __bundleCreateRequire(import.meta.url)',
  'const __bundleBase = import.meta.url',
].join('\n')
// The CommonJS build has its own `require`, `__filename` and `__dirname`.
const cjsBanner = [
  "const { dirname: __bundleDirname } = require('node:path')",
  "const { fileURLToPath: __bundleFileURLToPath, pathToFileURL: __bundlePathToFileURL } = require('node:url')",
  'const __bundleBase = __bundlePathToFileURL(__filename).href',
].join('\n')

await rm(outdir, { recursive: true, force: true })
const result = await build({
  absWorkingDir: app,
  entryPoints: {
    // The entry: loads main.cjs with its code cache (src/lib/startup/cli-cached.ts), else esm-cli.
    cli: 'dist/lib/startup/cli-cached.js',
    'esm-cli': 'dist/cli.js',
    'parse-worker': 'dist/lib/pool/parse-worker.js',
    'pdf-worker': 'dist/lib/render/pdf-worker.js',
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunk-[hash]',
  external: ['better-sqlite3'],
  plugins: [keepLocations(null)],
  banner: { js: banner },
  legalComments: 'linked',
  logLevel: 'warning',
  metafile: true,
})
// The whole command as one CommonJS file, `main.cjs`, which Node 20 can compile with a V8 code
// cache (vm.Script's cachedData; ESM modules take none). Dynamic imports become requires, so the
// file holds every command; the app's modules get main.cjs's own URL, which sits in bundle/ as
// their ESM chunks do.
const cjs = await build({
  absWorkingDir: app,
  entryPoints: { main: 'dist/lib/startup/main.js' },
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  supported: { 'dynamic-import': false },
  external: ['better-sqlite3'],
  plugins: [requireInstalled, keepLocations('__bundleBase')],
  banner: { js: cjsBanner },
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
})
const cjsBytes = Object.values(cjs.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0)
const files = Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js'))
const bytes = files.reduce((sum, f) => sum + result.metafile.outputs[f].bytes, 0)
const inputs = Object.keys(result.metafile.inputs).length
process.stdout.write(
  `bundle: ${inputs} modules into ${files.length} files (${(bytes / 1048576).toFixed(1)} MB) and main.cjs (${(cjsBytes / 1048576).toFixed(1)} MB) in bundle/\n`,
)

// The code cache of main.cjs, after a warm-up run (scripts/code-cache.mjs), in a process of its own.
const cache = spawnSync(process.execPath, [resolve(app, 'scripts/code-cache.mjs')], {
  stdio: 'inherit',
})
if (cache.status !== 0) throw new Error(`code cache: scripts/code-cache.mjs exited ${cache.status}`)
