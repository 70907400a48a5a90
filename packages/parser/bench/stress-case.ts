// One case of `bench:stress`, run in its own process so its peak RSS is its own:
//   tsx bench/stress-case.ts <text|text-annotate|html|html-tiny|html-tiny-annotate|batch|long-title> <MB or count>
// Prints one JSON line: CPU seconds, wall seconds, peak RSS (MB) and a note. The tiny-element
// HTML cases note the memory budget beside the figure: peak RSS within 20x the input + 200 MB.
import { readFileSync } from 'node:fs'
import { parse, parseMany } from '../src/index.ts'
import { htmlPage, plainText, tinyElementPage } from './stress-input.ts'

const [kind, sizeArg] = process.argv.slice(2)
const size = Number(sizeArg)
const MB = 1024 * 1024
const encode = (text: string) => new TextEncoder().encode(text)

async function run(): Promise<string> {
  switch (kind) {
    case 'text':
    case 'text-annotate':
    case 'html': {
      const text = kind === 'html' ? htmlPage(size * MB) : plainText(size * MB)
      const bytes = encode(text)
      return measure(async () => {
        const r = await parse(
          { bytes, path: `stress.${kind === 'html' ? 'html' : 'txt'}` },
          { annotate: kind === 'text-annotate', maxBytes: 64 * MB },
        )
        return `${r.article?.blocks.length ?? 0} blocks, ${(bytes.length / MB).toFixed(1)} MB in`
      })
    }
    case 'html-tiny':
    case 'html-tiny-annotate': {
      const bytes = encode(tinyElementPage(size * MB))
      return measure(async () => {
        const r = await parse(
          { bytes, path: 'stress-tiny.html' },
          { annotate: kind === 'html-tiny-annotate', maxBytes: 64 * MB },
        )
        const budget = (20 * bytes.length) / MB + 200
        const peak = process.resourceUsage().maxRSS / 1024
        return `${r.article?.blocks.length ?? 0} blocks, ${(bytes.length / MB).toFixed(1)} MB in; budget ${budget.toFixed(0)} MB (20x input + 200): ${peak <= budget ? 'within' : 'OVER'}`
      })
    }
    case 'batch': {
      // `size` files of 1 MB each, every one different (another seed), through parseMany.
      const inputs = Array.from({ length: size }, (_, k) => ({
        bytes: encode(plainText(MB, k + 1)),
        path: `batch/${k}.txt`,
      }))
      return measure(async () => {
        const r = await parseMany(inputs, { annotate: false })
        return `${r.articles.length} articles, ${r.failures.length} failures`
      })
    }
    case 'long-title': {
      // The renderer helper fixes the long-title hang; the runner's timeout bounds this case.
      const { renderPdf } = await import('../../renderer/src/index.ts')
      const briefing = JSON.parse(
        readFileSync(
          new URL('../../renderer/test/fixtures/seeds-briefing.json', import.meta.url),
          'utf8',
        ),
      )
      const words: string[] = []
      for (let k = 0; words.join(' ').length < size; k++) words.push(`word${k % 97}`)
      briefing.title = words.join(' ').slice(0, size)
      return measure(async () => {
        const pdf = await renderPdf(briefing)
        return `${(pdf.length / 1024).toFixed(0)} KB of PDF, title ${briefing.title.length} characters`
      })
    }
    default:
      throw new Error(
        `unknown case "${kind}" (expected text, text-annotate, html, html-tiny, html-tiny-annotate, batch or long-title)`,
      )
  }
}

async function measure(fn: () => Promise<string>): Promise<string> {
  const cpu = process.cpuUsage()
  const wall = performance.now()
  const note = await fn()
  const used = process.cpuUsage(cpu)
  return JSON.stringify({
    cpu: (used.user + used.system) / 1e6,
    wall: (performance.now() - wall) / 1000,
    rss: process.resourceUsage().maxRSS / 1024,
    note,
  })
}

run().then(
  (line) => {
    console.log(line)
    process.exit(0)
  },
  (error: Error) => {
    console.log(JSON.stringify({ error: error.message.split('\n')[0] }))
    process.exit(1)
  },
)
