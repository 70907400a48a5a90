/**
 * End-to-end benchmark of `parallax brief` (not a test): N articles made by recombining the
 * paragraphs of the repository's own texts (seeds and the aligner's labelled stories) with
 * shifted numbers, written as plain-text files, then one cold `brief` process over the folder.
 * Prints wall time, CPU time and peak memory (from /usr/bin/time when present).
 *
 *   pnpm --filter @parallax/briefing bench            # N = 1000
 *   BENCH_SIZES=100,1000 pnpm --filter @parallax/briefing bench
 */
import { spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const repo = new URL('../../..', import.meta.url).pathname
// The command as the bin runs it: the esbuild bundle when built, else tsc's output.
const bundled = join(repo, 'apps/briefing/bundle/cli.js')
const cli = existsSync(bundled) ? bundled : join(repo, 'apps/briefing/dist/cli.js')
const folders = [
  join(repo, 'seeds'),
  ...['court-verdict', 'transfer', 'earthquake'].map((s) =>
    join(repo, 'packages/aligner/eval/sets', s),
  ),
]

/** Paragraphs of prose from the repository's texts (no front matter, markup or short lines). */
function paragraphs(): string[] {
  const out: string[] = []
  for (const folder of folders)
    for (const file of readdirSync(folder).filter((f) => /\.(txt|md)$/.test(f)))
      for (const p of readFileSync(join(folder, file), 'utf8').split(/\n\s*\n/))
        if (p.length > 120 && !/^---|^\s*[-*#>]|\[\d+\]/.test(p))
          out.push(p.replace(/\s+/g, ' ').trim())
  return out
}

function makeArticles(n: number, dir: string): void {
  const pool = paragraphs()
  let seed = 42
  // A fixed linear congruential sequence: the same articles on every run.
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    return seed
  }
  for (let i = 0; i < n; i++) {
    const story = Math.floor(i / 5)
    const body: string[] = []
    const used = new Set<number>()
    while (body.length < 8) {
      const k = next() % pool.length
      if (used.has(k)) continue
      used.add(k)
      const p = pool[k] as string
      body.push(p.replace(/\b\d+\b/g, (d) => String(Number(d) + (story % 17))))
    }
    const title = `Story ${story}: report ${i % 5}`
    writeFileSync(
      join(dir, `a${String(i).padStart(5, '0')}.txt`),
      `${title}\n\n${body.join('\n\n')}\n`,
    )
  }
}

const sizes = (process.env.BENCH_SIZES ?? '1000').split(',').map(Number)
if (!existsSync(cli)) throw new Error(`build the app first: ${cli} is missing`)
for (const n of sizes) {
  const root = mkdtempSync(join(tmpdir(), 'parallax-bench-'))
  const input = join(root, 'in')
  mkdirSync(input)
  makeArticles(n, input)
  const args = [cli, 'brief', input, '--out', join(root, 'out'), '--no-archive']
  const timed = existsSync('/usr/bin/time')
  const started = performance.now()
  const run = timed
    ? spawnSync('/usr/bin/time', ['-f', '%U %S %M', process.execPath, ...args], {
        encoding: 'utf8',
        env: { ...process.env, CI: '1' },
      })
    : spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, CI: '1' } })
  const wall = (performance.now() - started) / 1000
  const last = run.stderr.trim().split('\n').at(-1) ?? ''
  const [user, sys, kb] = timed ? last.split(' ').map(Number) : [Number.NaN, Number.NaN, Number.NaN]
  const summary = run.stderr.split('\n').find((l) => /inputs, .* articles used/.test(l)) ?? ''
  console.log(
    `${n} articles: exit ${run.status}, wall ${wall.toFixed(1)} s, CPU ${((user ?? 0) + (sys ?? 0)).toFixed(1)} s, peak ${((kb ?? 0) / 1024).toFixed(0)} MB — ${summary}`,
  )
  rmSync(root, { recursive: true, force: true })
}
