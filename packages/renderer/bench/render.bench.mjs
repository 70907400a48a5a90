// Render time of the seeds fixture: HTML and PDF separately, in a cold process (module load +
// first render, templates and fonts not yet loaded) and warm (median of repeated renders).
// Run after building: `pnpm --filter @parallax/renderer bench`.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const fixture = fileURLToPath(new URL('../test/fixtures/seeds-briefing.json', import.meta.url))
const entry = new URL('../dist/index.js', import.meta.url).href
const runs = Number(process.env.RUNS ?? 10)

if (process.argv[2] === '--cold') {
  const format = process.argv[3]
  const start = performance.now()
  const { renderHtml, renderPdf } = await import(entry)
  const loaded = performance.now()
  const briefing = JSON.parse(readFileSync(fixture, 'utf8'))
  if (format === 'html') renderHtml(briefing)
  else await renderPdf(briefing)
  const end = performance.now()
  process.stdout.write(JSON.stringify({ load: loaded - start, render: end - loaded }))
  process.exit(0)
}

const cold = (format) => {
  const samples = Array.from({ length: 3 }, () =>
    JSON.parse(
      execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--cold', format], {
        encoding: 'utf8',
      }),
    ),
  )
  return { load: median(samples.map((s) => s.load)), render: median(samples.map((s) => s.render)) }
}

const { renderHtml, renderPdf } = await import(entry)
const briefing = JSON.parse(readFileSync(fixture, 'utf8'))
renderHtml(briefing)
await renderPdf(briefing)
const warmHtml = []
const warmPdf = []
let htmlBytes = 0
let pdfBytes = 0
for (let i = 0; i < runs; i += 1) {
  let t = performance.now()
  htmlBytes = renderHtml(briefing).length
  warmHtml.push(performance.now() - t)
  t = performance.now()
  pdfBytes = (await renderPdf(briefing)).length
  warmPdf.push(performance.now() - t)
}
const coldHtml = cold('html')
const coldPdf = cold('pdf')
const ms = (n) => `${n.toFixed(1)} ms`
console.log(
  `seeds fixture: ${briefing.citations.length} citations, ${briefing.sources.length} sources; node ${process.version}`,
)
console.log(
  `HTML (${htmlBytes} chars)  cold: import ${ms(coldHtml.load)} + first render ${ms(coldHtml.render)}   warm: median ${ms(median(warmHtml))} (min ${ms(Math.min(...warmHtml))}, ${runs} runs)`,
)
console.log(
  `PDF  (${pdfBytes} bytes)  cold: import ${ms(coldPdf.load)} + first render ${ms(coldPdf.render)}   warm: median ${ms(median(warmPdf))} (min ${ms(Math.min(...warmPdf))}, ${runs} runs)`,
)

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
