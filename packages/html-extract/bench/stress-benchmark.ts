/**
 * Large-input benchmark: CPU time and peak memory of the built `extractArticle` on generated HTML
 * of 1, 4 and 16 MB in three shapes (`stress-child.mjs`), each size in a fresh Node process, so
 * the peak RSS is that input's and includes nothing but Node and the package.
 * Goals (issue 13): time grows linearly (ratio per 4× size ≤ 5), peak RSS ≤ 20× input + 200 MB.
 *
 * Run: `pnpm --filter @parallax/html-extract bench:stress` (also the tail of `bench:extract`).
 * Flags: `--sizes 1,4,16` (MB), `--shapes tiny,paragraphs,nested`.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const MB = 1024 * 1024
const args = process.argv.slice(2)

{
  const listOf = (name: string, fallback: string) => {
    const index = args.indexOf(name)
    return (index >= 0 ? (args[index + 1] ?? fallback) : fallback).split(',')
  }
  const sizes = listOf('--sizes', '1,4,16').map(Number)
  const shapes = listOf('--shapes', 'tiny,paragraphs,nested')
  const child = fileURLToPath(new URL('./stress-child.mjs', import.meta.url))
  if (!existsSync(fileURLToPath(new URL('../dist/index.js', import.meta.url)))) {
    console.error('Build the package first: pnpm --filter @parallax/html-extract build')
    process.exit(1)
  }
  console.log('\nLarge-input benchmark (built package, each run in a fresh Node process)\n')
  console.log('shape       MB   blocks   CPU s   wall s  ratio/4×  peak RSS MB  budget MB  ok')
  let failed = false
  for (const shape of shapes) {
    let previous: number | null = null
    for (const size of sizes) {
      const output = execFileSync(process.execPath, [child, shape, String(size)], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      })
      const run = JSON.parse(output.trim().split('\n').pop() ?? '{}') as {
        bytes: number
        blocks: number
        cpuSeconds: number
        wallSeconds: number
        peakRssMb: number
      }
      const budget = (20 * run.bytes) / MB + 200
      const ratio = previous === null ? null : run.cpuSeconds / previous
      const ok = run.peakRssMb <= budget && (ratio === null || ratio <= 5)
      if (!ok) failed = true
      previous = run.cpuSeconds
      console.log(
        [
          shape.padEnd(10),
          String(size).padStart(3),
          String(run.blocks).padStart(8),
          run.cpuSeconds.toFixed(2).padStart(7),
          run.wallSeconds.toFixed(2).padStart(8),
          (ratio === null ? '' : ratio.toFixed(2)).padStart(9),
          run.peakRssMb.toFixed(0).padStart(12),
          budget.toFixed(0).padStart(10),
          ok ? ' yes' : ' NO',
        ].join(' '),
      )
    }
  }
  if (failed) process.exitCode = 1
}
