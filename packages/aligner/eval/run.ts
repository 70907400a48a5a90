/**
 * `pnpm eval:align [--json] [--out <file>] [--set <name>]…`: for each labelled set under `eval/sets/`, parses its
 * articles, aligns them with `align()` from `@parallax/aligner` (the built package) and prints
 * pairwise link precision/recall/F1, conflict recall and precision (with severity agreement),
 * false alarms on non-conflicts, exclusives recall and independent reports: a table, or JSON with
 * `--json` (stdout) or `--out <file>` (a file, also through turbo's log). Exit code 1 when a
 * set could not be scored (its error is printed) or `align` is missing.
 */
import { readdir, stat, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type AlignFunction, evaluateSet } from './lib/evaluate-set.js'
import { formatTable, type SetFailure, totals } from './lib/format.js'
import type { SetScore } from './score.js'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '../../..')
const setsDir = join(here, 'sets')

const usage = 'usage: pnpm eval:align [--json] [--out <file>] [--set <name>]...'

async function main(argv: readonly string[]): Promise<number> {
  const json = argv.includes('--json')
  const only: string[] = []
  let out: string | null = null
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--json') continue
    if (arg === '--set' && argv[i + 1]) only.push(argv[++i]!)
    else if (arg === '--out' && argv[i + 1])
      out = resolve(process.env.INIT_CWD ?? process.cwd(), argv[++i]!)
    else if (arg === '--help' || arg === '-h') {
      console.log(usage)
      return 0
    } else {
      console.error(`eval:align: unknown argument ${JSON.stringify(arg)}\n${usage}`)
      return 2
    }
  }

  const align = await loadAlign()
  if (typeof align === 'string') {
    console.error(align)
    return 1
  }

  const names = await setNames()
  for (const name of only)
    if (!names.includes(name)) {
      console.error(
        `eval:align: no set ${JSON.stringify(name)} (expected one of ${names.join(', ')})`,
      )
      return 2
    }
  const scores: SetScore[] = []
  const failures: SetFailure[] = []
  for (const name of only.length > 0 ? only : names) {
    try {
      scores.push(
        await evaluateSet(join(setsDir, name), {
          root,
          align,
          warn: (line) => console.error(`warning: ${line}`),
        }),
      )
    } catch (error) {
      failures.push({ set: name, error: error instanceof Error ? error.message : String(error) })
    }
  }
  const report = `${JSON.stringify({ sets: scores, failures, total: scores.length > 0 ? totals(scores) : null }, null, 2)}\n`
  if (out !== null) await writeFile(out, report)
  if (json) process.stdout.write(report)
  else process.stdout.write(formatTable(scores, failures))
  return failures.length > 0 ? 1 : 0
}

/** `align` from the built `@parallax/aligner`, or a message saying why it is not there. */
async function loadAlign(): Promise<AlignFunction | string> {
  const specifier = '@parallax/aligner'
  let mod: Record<string, unknown>
  try {
    mod = (await import(specifier)) as Record<string, unknown>
  } catch (error) {
    return `eval:align: cannot load ${specifier} (${error instanceof Error ? error.message : error}); build it first: pnpm --filter @parallax/aligner build`
  }
  if (typeof mod.align !== 'function')
    return `eval:align: ${specifier} does not export align(articles) yet (exports: ${Object.keys(mod).sort().join(', ')}); the alignment is built on the 'align' branch (issue 10)`
  return mod.align as AlignFunction
}

async function setNames(): Promise<string[]> {
  const names: string[] = []
  for (const name of (await readdir(setsDir)).sort()) {
    const labels = join(setsDir, name, 'labels.yaml')
    if (
      await stat(labels).then(
        (s) => s.isFile(),
        () => false,
      )
    )
      names.push(name)
  }
  return names
}

process.exitCode = await main(process.argv.slice(2))
