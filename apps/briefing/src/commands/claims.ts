import type { Command } from 'commander'
import { EXIT } from '../lib/brief/types.js'
import { parseCount, UsageError, usageExitsWith2 } from './usage.js'

interface ClaimsCommandOptions {
  out?: string
  manifest?: string | boolean
  jobs?: string
}

/** Register `parallax claims <inputs…>`: every claim of every article, as JSON. */
export function registerClaims(program: Command): void {
  const command = program
    .command('claims')
    .description(
      'Every claim (quotes, figures, events, positions, characterisations) of every article, as one ' +
        'JSON array on stdout, in input order. Exit status: 0; 1 some inputs skipped; 2 usage error; ' +
        '3 nothing usable.',
    )
    .argument('<inputs...>', 'files, folders (every file directly inside) or globs')
    .option('-o, --out <file>', 'write the JSON to this file (atomically) instead of stdout')
    .option('--manifest <path>', 'manifest to use (default: manifest.yaml in the input folder)')
    .option('--no-manifest', 'use no manifest')
    .option(
      '-j, --jobs <n>',
      'parse worker threads (default: all cores from 48 files up, else none; 0: no worker threads)',
    )
    .action(async (inputs: string[], options: ClaimsCommandOptions) => {
      process.exitCode = await claimsCommand(inputs, options)
    })
  usageExitsWith2(command)
}

async function claimsCommand(inputs: string[], options: ClaimsCommandOptions): Promise<number> {
  let workers: number | null
  try {
    workers = options.jobs === undefined ? null : parseCount('--jobs', options.jobs, true)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    process.stderr.write(`parallax claims: ${error.message}\n`)
    return EXIT.usage
  }
  const [{ collectForCommand }, { writeAtomically }] = await Promise.all([
    import('./collect-for-command.js'),
    import('../lib/write-atomically.js'),
  ])
  const collected = await collectForCommand('claims', inputs, options.manifest, workers)
  if (!collected) return EXIT.nothing
  const claims = collected.articles.flatMap((a) => a.claims ?? [])
  const json = `${JSON.stringify(claims, null, 2)}\n`
  if (options.out) await writeAtomically(options.out, json)
  else process.stdout.write(json)
  process.stderr.write(
    `${collected.articles.length} articles, ${claims.length} claims, ${collected.skipped.length} skipped${options.out ? `; wrote ${options.out}` : ''}\n`,
  )
  return collected.skipped.length > 0 ? EXIT.skipped : EXIT.ok
}
