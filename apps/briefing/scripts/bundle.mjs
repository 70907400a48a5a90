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
// Run by `pnpm build` after tsc (CI builds it on a fresh clone); `node scripts/bundle.mjs`.
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

const keepLocations = {
  name: 'keep-module-locations',
  setup(b) {
    b.onLoad({ filter: /\.[cm]?js$/ }, async (args) => {
      let contents = await readFile(args.path, 'utf8')
      if (args.path.startsWith(`${app}${sep}`)) return { contents, loader: 'js' }
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

await rm(outdir, { recursive: true, force: true })
const result = await build({
  absWorkingDir: app,
  entryPoints: {
    cli: 'dist/cli.js',
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
  plugins: [keepLocations],
  banner: { js: banner },
  legalComments: 'linked',
  logLevel: 'warning',
  metafile: true,
})
const files = Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js'))
const bytes = files.reduce((sum, f) => sum + result.metafile.outputs[f].bytes, 0)
const inputs = Object.keys(result.metafile.inputs).length
process.stdout.write(
  `bundle: ${inputs} modules into ${files.length} files (${(bytes / 1048576).toFixed(1)} MB) in bundle/\n`,
)
