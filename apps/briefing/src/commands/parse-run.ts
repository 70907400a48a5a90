import { resolve } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import type { ParseResult } from '@parallax/parser'
import type { Diagnostic } from '@parallax/schema'
import { gatherInputs } from '../lib/inputs/gather.js'
import { DEFAULT_MAX_BYTES } from '../lib/inputs/limits.js'
import { manifestEntries } from '../lib/inputs/manifest-entries.js'
import { readInputFile } from '../lib/inputs/read-file.js'
import {
  OUTPUT_FORMATS,
  type OutputFormat,
  openArticleStream,
} from '../lib/output/article-stream.js'
import { type PoolSource, parseEach } from '../lib/pool/parse-pool.js'
import { regexpFlagFor } from '../lib/regexp-flag.js'
import type { ParseCommandOptions } from './parse.js'
import { parseChoice, parseCount, UsageError } from './usage.js'

/** The ids of the built-in source plugins, what `--format` accepts. */
async function pluginIds(): Promise<string[]> {
  const { builtinPlugins } = await import('@parallax/parser')
  return builtinPlugins().map((p) => p.id)
}

/** The output format: the option, else from the --out file's extension, else json. */
function outputFormat(options: ParseCommandOptions): OutputFormat {
  if (options.outputFormat !== undefined)
    return parseChoice('--output-format', options.outputFormat, OUTPUT_FORMATS)
  return options.out && /\.(nd)?jsonl?$/i.test(options.out) && !/\.json$/i.test(options.out)
    ? 'ndjson'
    : 'json'
}

/**
 * `parallax parse`: gathers the inputs, parses them on the worker pool `brief` uses (on the main
 * thread for a few files, see `defaultWorkers`), reading each file only when a worker is free for
 * it, and writes each article in input order as soon as it is parsed (never one string of
 * everything). Output and diagnostics are the same bytes whatever the pool size. Returns the exit
 * status; a problem with the options is a `UsageError`.
 */
export async function runParse(args: string[], options: ParseCommandOptions): Promise<number> {
  const format = await sourceFormat(options.format)
  const maxBytes =
    options.maxBytes === undefined ? DEFAULT_MAX_BYTES : parseCount('--max-bytes', options.maxBytes)
  const output = outputFormat(options)
  const workers = options.jobs === undefined ? null : parseCount('--jobs', options.jobs, true)
  // The parser loads while the first input is read (see `parseEach`), not before.
  let formatDiagnostic: ((d: Diagnostic) => string) | null = null
  const report = async (d: Diagnostic): Promise<void> => {
    formatDiagnostic ??= (await import('@parallax/parser')).formatDiagnostic
    process.stderr.write(`${formatDiagnostic(d)}\n`)
  }

  const gathered = await gatherInputs(args)
  const files = gathered.files
  const regexpFlag = regexpFlagFor(files.length)
  if (regexpFlag) setFlagsFromString(regexpFlag)
  const read = (path: string) => readInputFile(path, { maxBytes, limitName: '--max-bytes' })
  // The first file is read while the manifest and the parser load.
  const first = files.length > 0 ? read(files[0] as string) : null
  const problems: Diagnostic[] = []
  const manifest = await manifestEntries(gathered.files, options.manifest, problems)
  let failed = gathered.missing.length + problems.filter((d) => d.severity === 'error').length
  for (const d of problems) await report(d)
  for (const m of gathered.missing) for (const d of m.diagnostics) await report(d)

  const stream = await openArticleStream({
    format: output,
    single: gathered.single,
    file: options.out ?? null,
  })
  const source = async (index: number): Promise<PoolSource> => {
    const path = files[index] as string
    const got = await (index === 0 && first ? first : read(path))
    if (!got.ok) return { path, result: unread(got.skipped.diagnostics) }
    const entry = manifest.get(resolve(path)) ?? null
    // A format on the command line overrides the manifest's.
    return {
      path,
      bytes: got.bytes,
      manifest: format && entry ? { ...entry, format: null } : entry,
    }
  }
  // Each article is written as soon as it and every file before it are parsed, in input order.
  await parseEach(
    files.length,
    source,
    async ({ result }) => {
      for (const d of result.diagnostics) await report(d)
      if (result.article) await stream.write(result.article)
      else failed++
    },
    { workers, format, maxBytes, annotate: options.annotate !== false },
  )
  await stream.end()
  const inputs = gathered.files.length + gathered.missing.length
  if (options.out && (stream.count > 0 || !gathered.single))
    process.stderr.write(
      `parallax parse: wrote ${plural(stream.count, 'article')} of ${plural(inputs, 'input')} to ${options.out}${failed > 0 ? ` (${failed} skipped or failed, reported above)` : ''}\n`,
    )
  return failed > 0 || gathered.files.length === 0 ? 1 : 0
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/** `--format`: a source plugin id, or a `UsageError` listing them. */
async function sourceFormat(value: string | undefined): Promise<string | null> {
  if (value === undefined) return null
  const format = value.trim()
  const ids = await pluginIds()
  if (!ids.includes(format))
    throw new UsageError(
      `--format: unknown source format ${JSON.stringify(format)}; expected one of ${ids.join(', ')}`,
    )
  return format
}

/** The result of a file that could not be read: no article, and why. */
function unread(diagnostics: Diagnostic[]): ParseResult {
  return { article: null, text: null, diagnostics }
}
