import { availableParallelism } from 'node:os'
import { setFlagsFromString } from 'node:v8'
import type { Command } from 'commander'
import { isCalendarDate } from '../lib/brief/dates.js'
import { BRIEF_FORMATS, type BriefOptions, EXIT, type LoadDeps } from '../lib/brief/types.js'
import { EDITIONS } from '../lib/compose/editions.js'
import { regexpFlagFor } from '../lib/regexp-flag.js'
import { type PdfThread, startPdfThread } from '../lib/render/pdf-thread.js'
import { createProgress } from '../lib/terminal/progress.js'
import { formatSummary } from '../lib/terminal/summary.js'
import { threadCpuMs } from '../lib/terminal/thread-cpu.js'
import {
  parseChoice,
  parseCount,
  parseList,
  parsePageSize,
  UsageError,
  usageExitsWith2,
} from './usage.js'

interface BriefCommandOptions {
  out: string
  format: string
  date?: string
  title?: string
  manifest?: string | boolean
  archive?: string | boolean
  pageSize: string
  edition: string
  jobs?: string
}

/**
 * With PARALLAX_TRACE set: each stage of the run on stderr, with its time since the process
 * started (the PDF worker adds its own steps).
 */
const trace = process.env.PARALLAX_TRACE
  ? (stage: string) => {
      const cpu = threadCpuMs()
      const used = cpu === null ? '' : ` (thread CPU ${cpu} ms)`
      process.stderr.write(`parallax: ${performance.now().toFixed(0)} ms stage ${stage}${used}\n`)
    }
  : null

/** Register `parallax brief <inputs…>`. */
export function registerBrief(program: Command, deps: LoadDeps): void {
  const command = program
    .command('brief')
    .description(
      'Compose the cited daily briefing from many outlets’ articles: writes briefing.html, ' +
        'briefing.pdf and briefing.json (each atomically) and archives the run. A closing summary ' +
        'goes to stderr. Exit status: 0 written; 1 written, some inputs skipped; 2 usage error; ' +
        '3 nothing usable.',
    )
    .argument('<inputs...>', 'files, folders (every file directly inside) or globs')
    .option('-o, --out <dir>', 'folder to write the briefing to', 'out')
    .option('-f, --format <list>', 'comma-separated formats: html, pdf, json', 'html,pdf,json')
    .option(
      '--date <YYYY-MM-DD>',
      'briefing date (default: latest publication date of the inputs, else today)',
    )
    .option('--title <text>', 'story title (default: from the most shared event and entities)')
    .option('--manifest <path>', 'manifest to use (default: manifest.yaml in the input folder)')
    .option('--no-manifest', 'use no manifest')
    .option('--archive <path>', 'SQLite archive of runs (default: <out>/parallax.sqlite)')
    .option('--no-archive', 'neither read nor write an archive (no "since the last briefing")')
    .option('--page-size <size>', 'PDF paper size: A4 or Letter', 'A4')
    .option(
      '--edition <name>',
      `dossier (every section, with the sources' text) or brief (the reader edition: two pages, every statement still cited)`,
      'dossier',
    )
    .option(
      '-j, --jobs <n>',
      'parse worker threads (default: all cores from 48 files up, else none; 0: no worker threads)',
    )
    .action(async (inputs: string[], options: BriefCommandOptions) => {
      process.exitCode = await briefCommand(inputs, options, deps)
    })
  usageExitsWith2(command)
}

async function briefCommand(
  inputs: string[],
  raw: BriefCommandOptions,
  loadDeps: LoadDeps,
): Promise<number> {
  let options: BriefOptions
  try {
    options = briefOptions(inputs, raw)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    process.stderr.write(`parallax brief: ${error.message}\n`)
    return EXIT.usage
  }
  // Started first, so the PDF worker loads and warms up the renderer on the second core while
  // this thread loads the parser and parses (none for a run without a PDF, nor on one core,
  // where its warm-up would only take turns with the parse).
  const pdfThread =
    options.formats?.includes('pdf') && availableParallelism() > 1 ? startPdfThread() : null
  try {
    return await briefWith(options, loadDeps, pdfThread)
  } finally {
    await pdfThread?.close()
    trace?.('closed')
  }
}

async function briefWith(
  options: BriefOptions,
  loadDeps: LoadDeps,
  pdfThread: PdfThread | null,
): Promise<number> {
  const [{ runBrief }, { formatDiagnostic }, deps] = await Promise.all([
    import('../lib/brief/run-brief.js'),
    import('@parallax/parser'),
    loadDeps(),
  ])
  const progress = createProgress(process.stderr)
  const result = await runBrief(
    {
      ...options,
      onProgress: (done, total, path) => progress.update(done, total, path),
      onStage: trace,
      onInputs: (files) => {
        const flag = regexpFlagFor(files)
        if (flag) setFlagsFromString(flag)
      },
      // `brief` draws one PDF: the worker is stopped as soon as it has, so that it winds down on
      // the other core while this thread puts the files in place and closes the archive.
      renderPdf: pdfThread
        ? (briefing, pdfOptions) =>
            pdfThread.render(briefing, pdfOptions).finally(() => void pdfThread.close())
        : null,
      preparePdf: pdfThread ? (texts) => pdfThread.prepare(texts) : null,
    },
    deps,
  ).finally(() => progress.done())
  for (const d of result.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`)
  for (const skipped of result.skipped)
    for (const d of skipped.diagnostics)
      if (d.severity === 'error') process.stderr.write(`${formatDiagnostic(d)}\n`)
  const notes = [
    ...(result.date ? [`briefing date ${result.date}`] : []),
    ...(result.previous ? [`compared with the briefing of ${result.previous}`] : []),
  ]
  process.stderr.write(formatSummary({ ...result, notes }))
  if (result.error) process.stderr.write(`parallax brief: ${result.error}\n`)
  return result.exitCode
}

/** Checks and converts the command-line options; a problem is a `UsageError`. */
export function briefOptions(inputs: readonly string[], raw: BriefCommandOptions): BriefOptions {
  if (raw.date !== undefined && !isCalendarDate(raw.date))
    throw new UsageError(
      `--date: expected a calendar date YYYY-MM-DD, got ${JSON.stringify(raw.date)}`,
    )
  if (raw.title !== undefined && raw.title.trim() === '')
    throw new UsageError('--title: expected a non-empty title')
  return {
    inputs,
    out: raw.out,
    formats: parseList('--format', raw.format, BRIEF_FORMATS),
    date: raw.date ?? null,
    title: raw.title?.trim() ?? null,
    manifest: raw.manifest === true ? null : (raw.manifest ?? null),
    archive: raw.archive === false ? false : typeof raw.archive === 'string' ? raw.archive : null,
    pageSize: parsePageSize(raw.pageSize),
    edition: parseChoice('--edition', raw.edition, EDITIONS),
    workers: raw.jobs === undefined ? null : parseCount('--jobs', raw.jobs, true),
  }
}
