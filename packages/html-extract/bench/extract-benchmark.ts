/**
 * Article-extraction benchmark: our extractor beside its peer (Mozilla Readability.js on
 * linkedom, the fastest JS DOM) and beside the limits (parse5 building its tree with and without
 * source locations, htmlparser2's bare tokenizer), all over the same pages in one process, pages
 * interleaved after one warm-up pass, so load from other processes falls on all alike. Extractors
 * are scored with the benchmark's metric; the metric itself is checked on stored outputs.
 *
 * Run: `pnpm bench:extract` (or `pnpm --filter @parallax/html-extract bench:extract`).
 * Flags: `--ours-only`, `--jsdom` (add Readability on jsdom: slow), `--rounds N` (timed passes,
 *        default 2), `--worst N` (print the N worst pages), `--dump FILE` (per-page JSON).
 * `BENCH_DIR` overrides the data folder. The large-input figures are `bench:stress`.
 */
import { writeFileSync } from 'node:fs'
import { Readability } from '@mozilla/readability'
import { Tokenizer } from 'htmlparser2'
import { JSDOM, VirtualConsole } from 'jsdom'
import { parseHTML } from 'linkedom'
import { parse } from 'parse5'
import { extractArticle, scoreDocument, scoreExtraction } from '../src/index.js'
import { type BenchPage, loadBench, storedOutputs } from './bench-data.js'

const args = process.argv.slice(2)
const flag = (name: string) => args.includes(name)
const optionValue = (name: string) => {
  const index = args.indexOf(name)
  return index >= 0 ? args[index + 1] : undefined
}
const oursOnly = flag('--ours-only')
const rounds = Number(optionValue('--rounds') ?? 2)
const worstCount = Number(optionValue('--worst') ?? 0)
const dumpFile = optionValue('--dump')

const { truth, pages } = loadBench()
const format = (value: number) => value.toFixed(3)

const published: Record<string, number> = { readability_js: 0.947, trafilatura: 0.958 }
const checks = Object.entries(published).map(([name, f1]) => {
  const score = scoreExtraction(truth, storedOutputs(name))
  return { name, f1, score, ok: Math.abs(score.f1 - f1) <= 0.005 }
})

/** A contestant: a name and a run over one page that returns the extracted text, or `null`. */
interface Runner {
  name: string
  run: (page: BenchPage) => string | null
}

let crashes = 0
const noop = () => {}
const tokenizerCallbacks = {
  onattribdata: noop,
  onattribentity: noop,
  onattribend: noop,
  onattribname: noop,
  oncdata: noop,
  onclosetag: noop,
  oncomment: noop,
  ondeclaration: noop,
  onend: noop,
  onopentagend: noop,
  onopentagname: noop,
  onprocessinginstruction: noop,
  onselfclosingtag: noop,
  ontext: noop,
  ontextentity: noop,
}
const virtualConsole = new VirtualConsole()
const runners: Runner[] = [
  {
    name: '@parallax/html-extract',
    run: (page) => {
      try {
        const result = extractArticle(page.html, { url: page.url })
        return result.blocks.map((block) => block.text).join('\n')
      } catch (error) {
        crashes++
        console.error(`crash on ${page.id}:`, error)
        return ''
      }
    },
  },
]
if (!oursOnly) {
  runners.push(
    {
      name: 'Readability.js 0.6 on linkedom',
      run: (page) => {
        try {
          const { document } = parseHTML(page.html)
          return new Readability(document as unknown as Document).parse()?.textContent ?? ''
        } catch {
          return ''
        }
      },
    },
    {
      name: 'limit: parse5 tree, no locations',
      run: (page) => {
        parse(page.html)
        return null
      },
    },
    {
      name: 'limit: parse5 tree with locations',
      run: (page) => {
        parse(page.html, { sourceCodeLocationInfo: true })
        return null
      },
    },
    {
      name: 'limit: htmlparser2 tokenizer',
      run: (page) => {
        const tokenizer = new Tokenizer({ decodeEntities: true }, tokenizerCallbacks)
        tokenizer.write(page.html)
        tokenizer.end()
        return null
      },
    },
  )
  if (flag('--jsdom')) {
    runners.push({
      name: 'Readability.js 0.6 on jsdom',
      run: (page) => {
        try {
          const dom = new JSDOM(page.html, { url: page.url ?? undefined, virtualConsole })
          const text = new Readability(dom.window.document).parse()?.textContent ?? ''
          dom.window.close()
          return text
        } catch {
          return ''
        }
      },
    })
  }
}

// One warm-up pass, then `rounds` timed passes, each page run by every contestant in turn.
const texts = runners.map(() => ({}) as Record<string, string>)
const times = runners.map(() => 0)
for (const page of pages) for (const runner of runners) runner.run(page)
crashes = 0
for (let round = 0; round < rounds; round++) {
  for (const page of pages) {
    runners.forEach((runner, index) => {
      const start = performance.now()
      const text = runner.run(page)
      times[index] = (times[index] ?? 0) + performance.now() - start
      if (text !== null) (texts[index] as Record<string, string>)[page.id] = text
    })
  }
}

const perSecond = (ms: number) => ((pages.length * rounds) / ms) * 1000
const rows: string[][] = [['contestant', 'F1', 'precision', 'recall', 'accuracy', 'pages/s']]
const rates: number[] = []
runners.forEach((runner, index) => {
  const rate = perSecond(times[index] ?? 1)
  rates.push(rate)
  const output = texts[index] as Record<string, string>
  if (Object.keys(output).length === 0) {
    rows.push([runner.name, '', '', '', '', rate.toFixed(1)])
    return
  }
  const score = scoreExtraction(truth, output)
  rows.push([
    runner.name,
    format(score.f1),
    format(score.precision),
    format(score.recall),
    format(score.accuracy),
    rate.toFixed(1),
  ])
})
const widths: number[] = []
for (const row of rows) {
  row.forEach((cell, column) => {
    widths[column] = Math.max(widths[column] ?? 0, cell.length)
  })
}
console.log(
  `\nArticle-extraction benchmark: ${pages.length} pages × ${rounds} rounds, ${crashes} crashes\n`,
)
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '))
const ours = rates[0] ?? 0
if (!oursOnly) {
  console.log('\nours ÷ other (throughput):')
  runners.forEach((runner, index) => {
    if (index > 0)
      console.log(`  ${runner.name.padEnd(34)} ${(ours / (rates[index] ?? 1)).toFixed(2)}×`)
  })
}
console.log('\nmetric check on stored outputs (published F1, ±0.005):')
for (const check of checks) {
  console.log(
    `  ${check.name.padEnd(15)} computed ${format(check.score.f1)} (P ${format(check.score.precision)} / R ${format(check.score.recall)}), published ${format(check.f1)}: ${check.ok ? 'ok' : 'MISMATCH'}`,
  )
}

const oursTexts = texts[0] as Record<string, string>
const perPage = pages.map((page) => ({
  id: page.id,
  url: page.url,
  ...scoreDocument(truth[page.id] ?? '', oursTexts[page.id] ?? ''),
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
      perPage.map((page) => ({ ...page, predicted: oursTexts[page.id], truth: truth[page.id] })),
      null,
      1,
    ),
  )
}
if (checks.some((check) => !check.ok) || crashes > 0) process.exitCode = 1
