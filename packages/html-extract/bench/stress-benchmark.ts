/**
 * Large-input benchmark: CPU time and peak memory of `extractArticle` on generated HTML of 1, 4
 * and 16 MB in three shapes, each size in a fresh process (so the peak RSS is that input's).
 * Goals (issue 13): time grows linearly (ratio per 4× size ≤ 5), peak RSS ≤ 20× input + 200 MB.
 *
 * Run: `pnpm --filter @parallax/html-extract bench:stress` (also the tail of `bench:extract`).
 * Flags: `--sizes 1,4,16` (MB), `--shapes tiny,paragraphs,nested`.
 */
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { extractArticle } from '../src/index.js'

/** Generators of about `bytes` of HTML; every shape is an ordinary page, only big. */
const SHAPES: Record<string, (bytes: number) => string> = {
  /** A million tiny inline elements per 8 MB: `<b>x</b>` runs inside paragraphs. */
  tiny: (bytes) => {
    const unit = '<b>x</b> '
    const perParagraph = 100
    const paragraph = `<p>${unit.repeat(perParagraph)}</p>\n`
    return page(paragraph.repeat(Math.max(1, Math.round(bytes / paragraph.length))))
  },
  /** Ordinary prose paragraphs with a link and a reference now and then. */
  paragraphs: (bytes) => {
    const paragraph =
      '<p>The council met on Tuesday to discuss the new budget, and members voted 7&ndash;2 in ' +
      'favour of the <a href="/plan">revised plan</a> after a long debate about road repairs.</p>\n'
    return page(paragraph.repeat(Math.max(1, Math.round(bytes / paragraph.length))))
  },
  /** Sections of nested containers, 50 levels deep, each holding a paragraph. */
  nested: (bytes) => {
    const depth = 50
    const section = `${'<div class="wrap">'.repeat(depth)}<p>A paragraph of ordinary article text, long enough to count as prose in the body.</p>${'</div>'.repeat(depth)}\n`
    return page(section.repeat(Math.max(1, Math.round(bytes / section.length))))
  },
}

function page(body: string): string {
  return `<!doctype html><html lang="en"><head><title>Stress page</title></head><body><article>${body}</article></body></html>`
}

const MB = 1024 * 1024
const args = process.argv.slice(2)

if (args[0] === '--child') {
  const shape = SHAPES[args[1] ?? ''] as (bytes: number) => string
  const html = shape(Number(args[2]) * MB)
  const before = process.cpuUsage()
  const start = performance.now()
  const result = extractArticle(html)
  const cpu = process.cpuUsage(before)
  const wall = performance.now() - start
  console.log(
    JSON.stringify({
      bytes: html.length,
      blocks: result.blocks.length,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      wallSeconds: wall / 1000,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  )
} else {
  const listOf = (name: string, fallback: string) => {
    const index = args.indexOf(name)
    return (index >= 0 ? (args[index + 1] ?? fallback) : fallback).split(',')
  }
  const sizes = listOf('--sizes', '1,4,16').map(Number)
  const shapes = listOf('--shapes', Object.keys(SHAPES).join(','))
  const self = fileURLToPath(import.meta.url)
  console.log('\nLarge-input benchmark (each run in a fresh process; RSS includes Node and tsx)\n')
  console.log('shape       MB   blocks   CPU s   wall s  ratio/4×  peak RSS MB  budget MB  ok')
  let failed = false
  for (const shape of shapes) {
    let previous: number | null = null
    for (const size of sizes) {
      const output = execFileSync(
        process.execPath,
        [...process.execArgv, self, '--child', shape, String(size)],
        { encoding: 'utf8', maxBuffer: 1 << 20 },
      )
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
