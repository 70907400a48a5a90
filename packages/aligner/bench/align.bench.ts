/**
 * Scale benchmark: time and peak memory of `align` alone (claims given, so no claim extraction)
 * on N synthetic articles, N = 100, 1,000, 10,000, each N in its own process so peak memory is
 * its own. Run: pnpm --filter @parallax/aligner bench
 */
import { execFileSync } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { align } from '../src/index.js'
import { synthetic } from './synthetic.js'

const arg = process.argv.indexOf('--n')
if (arg > 0) {
  const n = Number(process.argv[arg + 1])
  const { articles, claims } = synthetic(n)
  let count = 0
  for (const list of claims.values()) count += list.length
  align(articles.slice(0, 5), { claims }) // load lexical resources outside the timing
  globalThis.gc?.()
  const before = process.memoryUsage().rss
  const t0 = performance.now()
  const result = align(articles, { claims })
  const ms = performance.now() - t0
  const peak = process.resourceUsage().maxRSS * 1024
  const byRelation: Record<string, number> = {}
  for (const c of result.clusters) byRelation[c.relation] = (byRelation[c.relation] ?? 0) + 1
  console.log(
    JSON.stringify({
      n,
      claims: count,
      clusters: result.clusters.length,
      reports: result.reports.length,
      ms,
      before,
      peak,
      byRelation,
    }),
  )
} else {
  const self = fileURLToPath(import.meta.url)
  const sizes = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number)
  const rows: Array<{
    n: number
    ms: number
    peak: number
    before: number
    claims: number
    clusters: number
  }> = []
  console.log('| articles | claims | clusters | align time | peak RSS | RSS before align |')
  console.log('|---|---|---|---|---|---|')
  for (const n of sizes) {
    const out = execFileSync(
      process.execPath,
      [...process.execArgv, '--expose-gc', self, '--n', String(n)],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 24,
      },
    )
    const row = JSON.parse(out.trim().split('\n').pop()!)
    rows.push(row)
    const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MB`
    console.log(
      `| ${n} | ${row.claims} | ${row.clusters} | ${(row.ms / 1000).toFixed(2)} s | ${mb(row.peak)} | ${mb(row.before)} |`,
    )
  }
  const t1k = rows.find((r) => r.n === 1000)
  const t10k = rows.find((r) => r.n === 10000)
  if (t1k && t10k)
    console.log(`time(10k) / time(1k) = ${(t10k.ms / t1k.ms).toFixed(2)} (goal ≤ 12)`)
}
