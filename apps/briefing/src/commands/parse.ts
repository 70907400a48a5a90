import type { Command } from 'commander'
import { EXIT } from '../lib/brief/types.js'
import { DEFAULT_MAX_BYTES } from '../lib/inputs/limits.js'
import { UsageError, usageExitsWith2 } from './usage.js'

/** Options of `parallax parse`, as commander hands them over. */
export interface ParseCommandOptions {
  /** A path, `false` for `--no-manifest`, or `true`/absent for "manifest.yaml beside the files". */
  manifest?: string | boolean
  format?: string
  out?: string
  outputFormat?: string
  maxBytes?: string
  annotate?: boolean
  jobs?: string
}

/** Register `parallax parse <files…>`. */
export function registerParse(program: Command): void {
  const command = program
    .command('parse')
    .description(
      'Parse articles (Markdown clips, HTML, plain text, PDF text, PDF, digests) into Article JSON: ' +
        'one object for one file, an array for several (or one object a line with --output-format ' +
        'ndjson), each article written as soon as it is parsed. Diagnostics go to stderr as ' +
        '"file:line:column: severity code message". Exit status: 0 every input parsed; 1 some ' +
        'input (or manifest entry) was skipped or failed, each reported; 2 usage error.',
    )
    .argument('<files...>', 'files, folders (every file directly inside) or globs')
    .option(
      '--manifest <path>',
      'manifest to use (default: manifest.yaml beside the files, if present)',
    )
    .option('--no-manifest', 'use no manifest')
    .option(
      '--format <id>',
      'force a source plugin by id, over any manifest’s format (markdown-clip, html, digest, ' +
        'pdf-text, pdf, plain-text, or a plugin added to the parser; an unknown id is refused)',
    )
    .option('--out <file>', 'write to this file (as <file>.partial until done) instead of stdout')
    .option(
      '--output-format <format>',
      'json (an object or an array) or ndjson (one article a line; default for an --out ending in .ndjson or .jsonl)',
    )
    .option('--max-bytes <n>', `largest input accepted, in bytes (default: ${DEFAULT_MAX_BYTES})`)
    .option(
      '--no-annotate',
      'skip linguistic annotations (entities, quotations, quantities, dates)',
    )
    .option(
      '-j, --jobs <n>',
      'parse worker threads (default: all cores from 48 files up, else none; 0: no worker threads)',
    )
    .action(async (files: string[], options: ParseCommandOptions) => {
      try {
        const { runParse } = await import('./parse-run.js')
        process.exitCode = await runParse(files, options)
      } catch (error) {
        if (!(error instanceof UsageError)) throw error
        process.stderr.write(`parallax parse: ${error.message}\n`)
        process.exitCode = EXIT.usage
      }
    })
  usageExitsWith2(command)
}
