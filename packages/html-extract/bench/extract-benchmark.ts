/**
 * Article-extraction benchmark: our extractor and Mozilla Readability.js (on jsdom) over the
 * same pages in the same process, scored with the benchmark's metric, plus a check of the metric
 * on the stored outputs of readability_js and trafilatura.
 *
 * Run: `pnpm --filter @parallax/html-extract bench:extract`
 * Flags: `--ours-only` (skip Readability), `--worst N` (print the N worst pages),
 *        `--dump FILE` (write per-page scores and texts as JSON).
 * The data folder defaults to `../shared/bench/article-extraction` beside the repository;
 * `BENCH_DIR` overrides it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { Readability } from '@mozilla/readability'
import { JSDOM, VirtualConsole } from 'jsdom'
import { extractArticle, scoreDocument, scoreExtraction } from '../src/index.js'

const here = dirname(fileURLToPath(import.meta.url))
const benchDir = resolve(
  process.env.BENCH_DIR ?? join(here, '../../../../shared/bench/article-extraction'),
)
if (!existsSync(join(benchDir, 'ground-truth.json'))) {
  console.error(`Benchmark data not found at ${benchDir} (set BENCH_DIR).`)
  process.exit(1)
}

const args = process.argv.slice(2)
const oursOnly = args.includes('--ours-only')
const worstIndex = args.indexOf('--worst')
const worstCount = worstIndex >= 0 ? Number(args[worstIndex + 1] ?? 10) : 0
const dumpIndex = args.indexOf('--dump')
const dumpFile = dumpIndex >= 0 ? args[dumpIndex + 1] : undefined

interface Truth {
  articleBody: string
  url: string
}
const truthFile = JSON.parse(readFileSync(join(benchDir, 'ground-truth.json'), 'utf8')) as Record<
  string,
  Truth
>
const ids = Object.keys(truthFile).sort()
const truth: Record<string, string> = {}
for (const id of ids) truth[id] = truthFile[id]?.articleBody ?? ''

const pages = ids.map((id) => {
  const html = gunzipSync(readFileSync(join(benchDir, 'html', `${id}.html.gz`)))
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
  return { id, html, url: truthFile[id]?.url ?? null }
})

const format = (value: number) => value.toFixed(3)

// Metric check on stored outputs.
function storedOutputs(name: string): Record<string, string> {
  const data = JSON.parse(
    readFileSync(join(benchDir, 'reference-outputs', `${name}.json`), 'utf8'),
  ) as
    | { output: Record<string, { articleBody?: string }> }
    | Record<string, { articleBody?: string }>
  const output = ('output' in data ? data.output : data) as Record<string, { articleBody?: string }>
  const texts: Record<string, string> = {}
  for (const [id, value] of Object.entries(output)) texts[id] = value?.articleBody ?? ''
  return texts
}
const published: Record<string, number> = { readability_js: 0.947, trafilatura: 0.958 }
const checks = Object.entries(published).map(([name, f1]) => {
  const score = scoreExtraction(truth, storedOutputs(name))
  return { name, f1, score, ok: Math.abs(score.f1 - f1) <= 0.005 }
})

// Both extractors page by page, interleaved, so that load from other processes on the machine
// falls on both alike. Ours gets one warm-up pass first (Readability's first pages warm it too).
const ours: Record<string, string> = {}
const readabilityTexts: Record<string, string> = {}
let crashes = 0
const runOurs = (page: (typeof pages)[number]) => {
  try {
    const result = extractArticle(page.html, { url: page.url })
    ours[page.id] = result.blocks.map((block) => block.text).join('\n')
  } catch (error) {
    crashes++
    ours[page.id] = ''
    console.error(`crash on ${page.id}:`, error)
  }
}
const virtualConsole = new VirtualConsole()
const runReadability = (page: (typeof pages)[number]) => {
  try {
    const dom = new JSDOM(page.html, { url: page.url ?? undefined, virtualConsole })
    const article = new Readability(dom.window.document).parse()
    readabilityTexts[page.id] = article?.textContent ?? ''
    dom.window.close()
  } catch {
    readabilityTexts[page.id] = ''
  }
}
for (const page of pages) runOurs(page)
crashes = 0
let oursMs = 0
let readabilityMs = 0
for (const page of pages) {
  let start = performance.now()
  runOurs(page)
  oursMs += performance.now() - start
  if (oursOnly) continue
  start = performance.now()
  runReadability(page)
  readabilityMs += performance.now() - start
}
const oursScore = scoreExtraction(truth, ours)
const readabilityScore = oursOnly ? null : scoreExtraction(truth, readabilityTexts)

const perSecond = (ms: number) => (pages.length / ms) * 1000
const rows: string[][] = [
  ['extractor', 'F1', 'precision', 'recall', 'accuracy', 'pages/s'],
  [
    '@parallax/html-extract',
    format(oursScore.f1),
    format(oursScore.precision),
    format(oursScore.recall),
    format(oursScore.accuracy),
    perSecond(oursMs).toFixed(1),
  ],
]
if (readabilityScore !== null) {
  rows.push([
    'Readability.js 0.6 on jsdom (live)',
    format(readabilityScore.f1),
    format(readabilityScore.precision),
    format(readabilityScore.recall),
    format(readabilityScore.accuracy),
    perSecond(readabilityMs).toFixed(1),
  ])
}
const widths =
  rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? []
console.log(`\nArticle-extraction benchmark: ${pages.length} pages, ${crashes} crashes\n`)
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '))
if (readabilityScore !== null) {
  console.log(`\nspeed ratio (ours ÷ Readability.js): ${(readabilityMs / oursMs).toFixed(2)}×`)
}
console.log('\nmetric check on stored outputs (published F1, ±0.005):')
for (const check of checks) {
  console.log(
    `  ${check.name.padEnd(15)} computed ${format(check.score.f1)} (P ${format(check.score.precision)} / R ${format(check.score.recall)}), published ${format(check.f1)}: ${check.ok ? 'ok' : 'MISMATCH'}`,
  )
}

const perPage = pages.map((page) => ({
  id: page.id,
  url: page.url,
  ...scoreDocument(truth[page.id] ?? '', ours[page.id] ?? ''),
}))
if (worstCount > 0) {
  const f1Of = (p: { precision: number | null; recall: number | null }) => {
    const precision = p.precision ?? 0
    const recall = p.recall ?? 0
    return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  }
  const worst = [...perPage].sort((a, b) => f1Of(a) - f1Of(b)).slice(0, worstCount)
  console.log(`\nworst ${worstCount} pages:`)
  for (const page of worst) {
    console.log(
      `  F1 ${format(f1Of(page))}  P ${format(page.precision ?? 0)}  R ${format(page.recall ?? 0)}  ${page.id.slice(0, 12)}  ${page.url}`,
    )
  }
}
if (dumpFile !== undefined) {
  writeFileSync(
    dumpFile,
    JSON.stringify(
      perPage.map((page) => ({ ...page, predicted: ours[page.id], truth: truth[page.id] })),
      null,
      1,
    ),
  )
}
if (checks.some((check) => !check.ok) || crashes > 0) process.exitCode = 1
