/**
 * Where the Markdown-clip reader loses on the benchmark, block by block: each kept block marked
 * by the share of its 4-word shingles found in the true body (low share: kept boilerplate), each
 * removed span that holds true body text with its removal reason (lost body), and totals of lost
 * and kept-wrong characters by cause. For development; not a score.
 *
 * Run: `npx tsx bench/clip/inspect.ts [--half even|odd] [--page ID…] [--blocks]`.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { scoreDocument, scoreExtraction, tokenize } from '@parallax/html-extract'
import type { Root } from 'mdast'
import { toString as mdastToString } from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { parse } from '../../src/index.ts'
import { pageToMarkdown } from './to-markdown.ts'

const here = dirname(fileURLToPath(import.meta.url))
const benchDir = resolve(
  process.env.BENCH_DIR ?? join(here, '../../../../../shared/bench/article-extraction'),
)
const args = process.argv.slice(2)
const half = args.includes('--half') ? args[args.indexOf('--half') + 1] : null
const showBlocks = args.includes('--blocks')
const pages = args.flatMap((a, i) => (args[i - 1] === '--page' ? [a] : []))
const truthFile = JSON.parse(readFileSync(join(benchDir, 'ground-truth.json'), 'utf8')) as Record<
  string,
  { articleBody: string; url: string }
>
const ids = Object.keys(truthFile)
  .sort()
  .filter((_, i) => half === null || (half === 'even') === (i % 2 === 0))
  .filter((id) => pages.length === 0 || pages.some((p) => id.startsWith(p)))

const markdownTree = unified().use(remarkParse).use(remarkGfm)
/** All visible text of a Markdown page, one top-level block a line (raw HTML blocks as they are). */
const visibleText = (markdown: string) =>
  (markdownTree.parse(markdown) as Root).children.map((node) => mdastToString(node)).join('\n')

const shingleSet = (text: string) => {
  const t = tokenize(text)
  const out: string[] = []
  for (let i = 0; i + 4 <= Math.max(4, t.length); i++) out.push(t.slice(i, i + 4).join(' '))
  return out
}
const share = (text: string, truth: Set<string>) => {
  const s = shingleSet(text)
  return s.length === 0 ? 1 : s.filter((x) => truth.has(x)).length / s.length
}
const perPage: { id: string; p: number; r: number }[] = []
const truths: Record<string, string> = {}
const kepts: Record<string, string> = {}
const whole: Record<string, string> = {}
const raw: Record<string, string> = {}
const lost = new Map<string, number>()
const wrong = new Map<string, number>()
/** Kept text not in the body by place: before the first true block, after the last, between. */
const wrongPlace = new Map<string, number>()
const add = (m: Map<string, number>, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n)
for (const id of ids) {
  const cached = `${process.env.CLIP_CACHE ?? '/tmp/clipmd'}/${id.slice(0, 12)}.md`
  const markdown = existsSync(cached)
    ? readFileSync(cached, 'utf8')
    : pageToMarkdown(
        gunzipSync(readFileSync(join(benchDir, 'html', `${id}.html.gz`)))
          .toString('utf8')
          .replace(/\r\n?/g, '\n'),
        truthFile[id]!.url,
      )
  const result = await parse(
    { bytes: new TextEncoder().encode(markdown), path: `${id.slice(0, 12)}.md` },
    { annotate: false, format: 'markdown-clip' },
  )
  const truth = new Set(shingleSet(truthFile[id]!.articleBody))
  const sc = scoreDocument(
    truthFile[id]!.articleBody,
    (result.article?.blocks ?? []).map((b) => b.text).join('\n'),
  )
  perPage.push({ id, p: sc.precision ?? 0, r: sc.recall ?? 0 })
  // Upper bound of recall: the truth against all the page's text (every block, markup left out,
  // before any removal) and against the raw Markdown: what the conversion itself loses.
  whole[id] = visibleText(markdown)
  raw[id] = markdown
  truths[id] = truthFile[id]!.articleBody
  kepts[id] = (result.article?.blocks ?? []).map((b) => b.text).join('\n')
  const text = result.text ?? ''
  if (pages.length > 0 || showBlocks) console.log(`\n=== ${id.slice(0, 12)} ${truthFile[id]!.url}`)
  const kept = result.article?.blocks ?? []
  const shares = kept.map((b) => share(b.text, truth))
  const firstTrue = shares.findIndex((s) => s >= 0.5)
  const lastTrue = shares.findLastIndex((s) => s >= 0.5)
  kept.forEach((b, k) => {
    const s = shares[k]!
    if (s >= 0.5) return
    const place = k < firstTrue ? 'header' : k > lastTrue ? 'footer' : 'inside'
    add(wrongPlace, place, b.text.length)
  })
  for (const b of kept) {
    const s = share(b.text, truth)
    if (s < 0.5) add(wrong, b.kind, b.text.length)
    if (pages.length > 0 || showBlocks)
      console.log(
        `${s < 0.5 ? '✗' : '✓'} ${b.kind.padEnd(9)} ${b.text.slice(0, 110).replace(/\n/g, ' ')}`,
      )
  }
  for (const r of result.article?.removed ?? []) {
    const t = text.slice(r.span.start, r.span.end)
    if (tokenize(t).length < 4) continue
    const s = share(t, truth)
    if (s >= 0.5) {
      add(lost, r.detail ?? r.reason, t.length)
      if (pages.length > 0 || showBlocks)
        console.log(`  LOST ${r.detail}: ${t.slice(0, 100).replace(/\n/g, ' ')}`)
    }
  }
  if (!result.article)
    console.log(
      `no article ${id.slice(0, 12)}: ${result.diagnostics.map((d) => d.message).join('; ')}`,
    )
}
const top = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)
const f1 = (x: { p: number; r: number }) => (x.p + x.r === 0 ? 0 : (2 * x.p * x.r) / (x.p + x.r))
const all = scoreExtraction(truths, kepts)
console.log(
  `\n${ids.length} pages: F1 ${all.f1.toFixed(3)} P ${all.precision.toFixed(3)} R ${all.recall.toFixed(3)}`,
)
const wholeScore = scoreExtraction(truths, whole)
const rawScore = scoreExtraction(truths, raw)
console.log(
  `upper bound (recall of the truth in all the page's text / in the raw Markdown): ${wholeScore.recall.toFixed(3)} / ${rawScore.recall.toFixed(3)}`,
)
console.log('\nworst pages:')
for (const x of perPage.sort((a, b) => f1(a) - f1(b)).slice(0, Number(process.env.WORST ?? 30)))
  console.log(
    `  F1 ${f1(x).toFixed(3)} P ${x.p.toFixed(3)} R ${x.r.toFixed(3)}  ${x.id.slice(0, 12)}  ${truthFile[x.id]!.url}`,
  )
console.log('\nbody lost, chars by removal cause:')
for (const [k, n] of top(lost)) console.log(`  ${String(n).padStart(8)}  ${k}`)
console.log('kept not in body, chars by block kind:')
for (const [k, n] of top(wrong)) console.log(`  ${String(n).padStart(8)}  ${k}`)
console.log(
  'kept not in body, chars by place (header: before the first block of body text, footer: after the last):',
)
for (const [k, n] of top(wrongPlace)) console.log(`  ${String(n).padStart(8)}  ${k}`)
