import { readdir, readFile, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { formatDiagnostic, type ParseInput, parseMany } from '@parallax/parser'
import type { Diagnostic } from '@parallax/schema'
import { type Command, InvalidArgumentError } from 'commander'
import { MANIFEST_NAMES, manifestEntries } from '../lib/inputs/manifest-entries.js'
import { writeAtomically } from '../lib/write-atomically.js'

/** Options of `parallax parse`, as commander hands them over. */
interface ParseCommandOptions {
  /** A path, `false` for `--no-manifest`, or `true`/absent for "manifest.yaml beside the files". */
  manifest?: string | boolean
  format?: string
  out?: string
  maxBytes?: number
  annotate?: boolean
}

/** Register `parallax parse <files…>`. */
export function registerParse(program: Command): void {
  program
    .command('parse')
    .description(
      'Parse articles (Markdown clips, HTML, plain text, PDF text, PDF, digests) into Article JSON: ' +
        'one object for one file, an array for several. Diagnostics go to stderr as ' +
        '"file:line:column: severity code message". Exit code 0 when every file parsed, 1 otherwise.',
    )
    .argument('<files...>', 'files or directories (every file directly inside) to parse')
    .option(
      '--manifest <path>',
      'manifest to use (default: manifest.yaml beside the files, if present)',
    )
    .option('--no-manifest', 'use no manifest')
    .option(
      '--format <id>',
      'force a source plugin (markdown-clip, html, plain-text, pdf-text, pdf, digest)',
    )
    .option('--out <file>', 'write the JSON to this file (atomically) instead of stdout')
    .option('--max-bytes <n>', 'largest input accepted, in bytes (default: 20 MB)', (v) => {
      const n = Number(v)
      if (!Number.isInteger(n) || n <= 0)
        throw new InvalidArgumentError(`expected a positive integer, got "${v}"`)
      return n
    })
    .option(
      '--no-annotate',
      'skip linguistic annotations (entities, quotations, quantities, dates)',
    )
    .action(async (files: string[], options: ParseCommandOptions) => {
      process.exitCode = await runParse(files, options)
    })
}

async function runParse(args: string[], options: ParseCommandOptions): Promise<number> {
  const problems: Diagnostic[] = []
  const paths = await expand(args, problems)
  const manifest = await manifestEntries(paths, options.manifest, problems)
  const inputs: ParseInput[] = []
  let unreadable = 0
  for (const path of paths) {
    try {
      inputs.push({
        bytes: await readFile(path),
        path,
        manifest: manifest.get(resolve(path)) ?? null,
      })
    } catch (error) {
      unreadable++
      problems.push(
        place(path, 'input/unreadable', `cannot read file: ${(error as Error).message}`),
      )
    }
  }
  const result = await parseMany(inputs, {
    ...(options.format ? { format: options.format } : {}),
    ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
    annotate: options.annotate !== false,
  })
  for (const d of problems) process.stderr.write(`${formatDiagnostic(d)}\n`)
  for (const r of result.results)
    for (const d of r.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`)
  const json = `${JSON.stringify(paths.length === 1 && result.articles.length === 1 ? result.articles[0] : result.articles, null, 2)}\n`
  if (options.out) {
    await writeAtomically(options.out, json)
  } else if (result.articles.length > 0 || paths.length !== 1) process.stdout.write(json)
  const failed = result.failures.length + unreadable + (paths.length === 0 ? 1 : 0)
  return failed > 0 ? 1 : 0
}

function place(file: string, code: string, message: string): Diagnostic {
  return { file, line: null, column: null, offset: null, severity: 'error', code, message }
}

/** Files as given, and the files directly inside given directories (hidden files and manifests skipped). */
async function expand(args: readonly string[], problems: Diagnostic[]): Promise<string[]> {
  const out: string[] = []
  for (const arg of args) {
    let info: Awaited<ReturnType<typeof stat>>
    try {
      info = await stat(arg)
    } catch (error) {
      problems.push(
        place(
          arg,
          'input/unreadable',
          `no such file or directory (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
        ),
      )
      continue
    }
    if (!info.isDirectory()) {
      out.push(arg)
      continue
    }
    const names = (await readdir(arg, { withFileTypes: true }))
      .filter((e) => e.isFile() && !e.name.startsWith('.') && !MANIFEST_NAMES.has(e.name))
      .map((e) => e.name)
      .sort()
    out.push(...names.map((name) => join(arg, name)))
  }
  return out
}
