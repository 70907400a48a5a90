import type { Command } from 'commander'
import { EXIT, type LoadDeps } from '../lib/brief/types.js'
import { parseCount, UsageError, usageExitsWith2 } from './usage.js'

interface AlignCommandOptions {
  out?: string
  manifest?: string | boolean
  jobs?: string
}

/** Register `parallax align <inputs…>`: the cross-outlet alignment, as JSON. */
export function registerAlign(program: Command, deps: LoadDeps): void {
  const command = program
    .command('align')
    .description(
      'Align the articles: their claims and the cross-outlet clusters, as one Alignment JSON document ' +
        'on stdout; a one-line summary on stderr. Exit status: 0; 1 some inputs skipped; 2 usage ' +
        'error; 3 nothing usable.',
    )
    .argument('<inputs...>', 'files, folders (every file directly inside) or globs')
    .option('-o, --out <file>', 'write the JSON to this file (atomically) instead of stdout')
    .option('--manifest <path>', 'manifest to use (default: manifest.yaml in the input folder)')
    .option('--no-manifest', 'use no manifest')
    .option(
      '-j, --jobs <n>',
      'parse worker threads (default: all cores from 48 files up, else none; 0: no worker threads)',
    )
    .action(async (inputs: string[], options: AlignCommandOptions) => {
      process.exitCode = await alignCommand(inputs, options, deps)
    })
  usageExitsWith2(command)
}

async function alignCommand(
  inputs: string[],
  options: AlignCommandOptions,
  loadDeps: LoadDeps,
): Promise<number> {
  let workers: number | null
  try {
    workers = options.jobs === undefined ? null : parseCount('--jobs', options.jobs, true)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    process.stderr.write(`parallax align: ${error.message}\n`)
    return EXIT.usage
  }
  const [{ collectForCommand }, { claimsById }, { Alignment, validate }, summary, write, deps] =
    await Promise.all([
      import('./collect-for-command.js'),
      import('../lib/brief/claims-by-id.js'),
      import('@parallax/schema'),
      import('../lib/terminal/align-summary.js'),
      import('../lib/write-atomically.js'),
      loadDeps(),
    ])
  const { alignSummary } = summary
  const { writeAtomically } = write
  const collected = await collectForCommand('align', inputs, options.manifest, workers)
  if (!collected) return EXIT.nothing
  const alignment = deps.align(
    collected.articles.map((a) => a.article),
    { claims: claimsById(collected.articles) },
  )
  const checked = validate(Alignment, alignment)
  if (!checked.ok) {
    const list = checked.errors
      .slice(0, 5)
      .map((e) => e.message)
      .join('; ')
    process.stderr.write(`parallax align: the alignment is not valid, nothing written: ${list}\n`)
    return EXIT.nothing
  }
  const json = `${JSON.stringify(alignment, null, 2)}\n`
  if (options.out) await writeAtomically(options.out, json)
  else process.stdout.write(json)
  process.stderr.write(`${alignSummary(alignment)}${options.out ? `; wrote ${options.out}` : ''}\n`)
  return collected.skipped.length > 0 ? EXIT.skipped : EXIT.ok
}
