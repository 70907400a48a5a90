/**
 * Cold-start benchmark of the `parallax` command (not a test): each case runs as a fresh process,
 * `ROUNDS` times (default 5), from the esbuild bundle (`bundle/cli.js`, what the bin runs) and
 * from tsc's `dist/cli.js`. Prints the median of: CPU time of the whole process (all threads),
 * wall time, when the process first opened one of its inputs (wall and CPU) and first wrote to
 * stdout (the first article of `parse`), and peak memory. Measured with a preloaded probe (`cold-probe.cjs`), so nothing else runs.
 *
 *   pnpm --filter @parallax/briefing bench:cold
 *   ROUNDS=9 COLD_CASES=parse-one,brief-seeds COLD_ENTRIES=bundle pnpm --filter @parallax/briefing bench:cold
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const app = new URL('..', import.meta.url).pathname
const repo = join(app, '../..')
const seeds = join(repo, 'seeds')
const rounds = Number(process.env.ROUNDS ?? 5)
const out = mkdtempSync(join(tmpdir(), 'parallax-cold-'))

interface Case {
  readonly name: string
  readonly args: readonly string[]
  readonly inputs: readonly string[]
}

const cases: Case[] = [
  { name: 'version', args: ['--version'], inputs: [] },
  {
    name: 'parse-one',
    args: ['parse', join(seeds, '002_ce296505b52b84f1.txt'), '--no-manifest'],
    inputs: [join(seeds, '002_ce296505b52b84f1.txt')],
  },
  {
    name: 'parse-seeds',
    args: ['parse', seeds, '--output-format', 'ndjson'],
    inputs: [seeds],
  },
  {
    name: 'brief-seeds',
    args: ['brief', seeds, '--out', join(out, 'brief'), '--no-archive'],
    inputs: [seeds],
  },
]

interface Probe {
  wallMs: number
  cpuMs: number
  maxRssKb: number
  firstRead: { wallMs: number; cpuMs: number } | null
  firstOutput: { wallMs: number; cpuMs: number } | null
}

function measure(cli: string, c: Case): Probe[] {
  const probes: Probe[] = []
  for (let round = 0; round < rounds; round++) {
    const file = join(out, `${c.name}-${round}.jsonl`)
    rmSync(file, { force: true })
    const run = spawnSync(
      process.execPath,
      ['--require', join(app, 'bench/cold-probe.cjs'), cli, ...c.args],
      {
        cwd: repo,
        env: {
          ...process.env,
          CI: '1',
          COLD_PROBE_OUT: file,
          COLD_PROBE_INPUTS: c.inputs.join('\n'),
        },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    )
    if (run.status !== 0 && run.status !== 1)
      throw new Error(`${c.name} exited with ${run.status}: ${run.stderr}`)
    probes.push(JSON.parse(readFileSync(file, 'utf8').trim().split('\n')[0] as string) as Probe)
  }
  return probes
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

const only = process.env.COLD_CASES?.split(',') ?? null
// Folders of apps/briefing holding a cli.js to compare (e.g. an older build kept aside).
const entries = process.env.COLD_ENTRIES?.split(',') ?? ['bundle', 'dist']
const columns = ['CPU', 'wall', 'read@wall', 'read@CPU', 'out@wall', 'out@CPU', 'RSS']
const at = (marks: ({ wallMs: number; cpuMs: number } | null)[], key: 'wallMs' | 'cpuMs') => {
  const found = marks.flatMap((m) => (m ? [m[key]] : []))
  return found.length ? Math.round(median(found)) : '-'
}
process.stdout.write(
  `median of ${rounds} cold runs; ms (CPU is all threads of the process), peak RSS in MB\n` +
    `${'case'.padEnd(12)} ${'entry'.padEnd(11)} ${columns.map((c) => c.padStart(9)).join(' ')}\n`,
)
for (const c of cases) {
  if (only && !only.includes(c.name)) continue
  for (const entry of entries) {
    const cli = join(app, entry, 'cli.js')
    if (!existsSync(cli)) continue
    const probes = measure(cli, c)
    const values = [
      Math.round(median(probes.map((p) => p.cpuMs))),
      Math.round(median(probes.map((p) => p.wallMs))),
      at(
        probes.map((p) => p.firstRead),
        'wallMs',
      ),
      at(
        probes.map((p) => p.firstRead),
        'cpuMs',
      ),
      at(
        probes.map((p) => p.firstOutput),
        'wallMs',
      ),
      at(
        probes.map((p) => p.firstOutput),
        'cpuMs',
      ),
      Math.round(median(probes.map((p) => p.maxRssKb)) / 1024),
    ]
    process.stdout.write(
      `${c.name.padEnd(12)} ${entry.padEnd(11)} ${values.map((v) => String(v).padStart(9)).join(' ')}\n`,
    )
  }
}
rmSync(out, { recursive: true, force: true })
