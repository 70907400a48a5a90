/**
 * One run of `bench:stress` (see stress-benchmark.ts): generates about `MB` megabytes of HTML in
 * the named shape, extracts it with the built package and prints CPU time and peak RSS as JSON.
 * Usage: `node bench/stress-child.mjs <tiny|paragraphs|nested> <MB>`.
 */
import { extractArticle } from '../dist/index.js'

/** Generators of about `bytes` of HTML; every shape is an ordinary page, only big. */
const SHAPES = {
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

function page(body) {
  return `<!doctype html><html lang="en"><head><title>Stress page</title></head><body><article>${body}</article></body></html>`
}

const MB = 1024 * 1024
const shape = SHAPES[process.argv[2] ?? '']
if (shape === undefined) {
  console.error(
    `unknown shape ${process.argv[2]}: expected one of ${Object.keys(SHAPES).join(', ')}`,
  )
  process.exit(2)
}
const html = shape(Number(process.argv[3]) * MB)
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
