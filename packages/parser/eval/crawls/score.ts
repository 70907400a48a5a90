/**
 * The crawl evaluation: parses every `pages/*.md` and scores it against `pages/*.gold.json`.
 * Prints block F1 (exact kept blocks), text F1 (the extraction benchmark's shingle metric on the
 * kept text), metadata accuracy, "article or not" accuracy, quote recall, speaker accuracy and
 * quotations mined from boilerplate. `--verbose` lists every miss.
 *
 * Run: `pnpm --filter @parallax/parser eval:crawls [--verbose]`
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { scoreExtraction } from '@parallax/html-extract'
import { parse } from '../../src/index.ts'
import { type CrawlCounts, type Gold, scoreCrawl } from './metrics.ts'

const dir = new URL('./pages/', import.meta.url).pathname
const verbose = process.argv.includes('--verbose')
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .sort()

const totals: CrawlCounts[] = []
const truth: Record<string, string> = {}
const predicted: Record<string, string> = {}
for (const file of files) {
  const gold = JSON.parse(
    readFileSync(join(dir, file.replace(/\.md$/, '.gold.json')), 'utf8'),
  ) as Gold
  const result = await parse({ bytes: new Uint8Array(readFileSync(join(dir, file))), path: file })
  const counts = scoreCrawl(result.article, gold)
  totals.push(counts)
  if (gold.article !== null) {
    truth[file] = gold.blocks.join('\n')
    predicted[file] = (result.article?.blocks ?? []).map((b) => b.text).join('\n')
  }
  const line = [
    file.padEnd(28),
    `blocks ${counts.blocksMatched}/${counts.blocksGold} (kept ${counts.blocksKept})`,
    `meta ${counts.metadataRight}/${counts.metadataFields}`,
    `quotes ${counts.quotesFound}/${counts.quotesGold}`,
    `speakers ${counts.speakersRight}/${counts.quotesFound}`,
    `boilerplate quotes ${counts.boilerplateQuotes}`,
    counts.articleRight ? '' : 'ARTICLE-OR-NOT WRONG',
  ]
  console.log(line.join('  '))
  if (verbose) {
    for (const note of [
      ...counts.metadataNotes,
      ...counts.speakerNotes,
      ...counts.boilerplateNotes.map((n) => `boilerplate quote: ${n}`),
    ])
      console.log(`    ${note}`)
    if (result.article)
      for (const b of result.article.blocks) {
        const kept = gold.blocks.some((g) => g.replace(/\s+/g, ' ') === b.text.replace(/\s+/g, ' '))
        if (!kept) console.log(`    extra block [${b.kind}]: ${b.text.slice(0, 100)}`)
      }
  }
}

const sum = (key: keyof CrawlCounts) =>
  totals.reduce((n, c) => n + (typeof c[key] === 'number' ? (c[key] as number) : 0), 0)
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b)
const precision = ratio(sum('blocksMatched'), sum('blocksKept'))
const recall = ratio(sum('blocksMatched'), sum('blocksGold'))
const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
const text = scoreExtraction(truth, predicted)
const f = (x: number) => x.toFixed(3)
console.log(`\nCrawl evaluation: ${files.length} pages`)
console.log(`block F1            ${f(f1)}  (P ${f(precision)} / R ${f(recall)})`)
console.log(`text F1 (shingles)  ${f(text.f1)}  (P ${f(text.precision)} / R ${f(text.recall)})`)
console.log(`metadata accuracy   ${f(ratio(sum('metadataRight'), sum('metadataFields')))}`)
console.log(
  `article-or-not      ${totals.filter((c) => c.articleRight).length}/${totals.length} right`,
)
console.log(`quote recall        ${f(ratio(sum('quotesFound'), sum('quotesGold')))}`)
console.log(`speaker accuracy    ${f(ratio(sum('speakersRight'), sum('quotesFound')))}`)
console.log(`boilerplate quotes  ${sum('boilerplateQuotes')}`)
