import type {
  AppendixBlock,
  Article,
  Block,
  BriefingReport,
  Citation,
  IndependentReport,
  Source,
} from '@parallax/schema'
import { sourceNames } from './source-names.js'

/**
 * The articles in source-list order: by outlet name (articles without an outlet last), then
 * publication date (undated last), then article id. Independent of input order.
 */
export function orderSources(articles: readonly Article[]): Article[] {
  const key = (article: Article) => [
    article.outlet === null ? 1 : 0,
    (article.outlet ?? '').toLowerCase(),
    article.published.status === 'known' ? article.published.date : '9999-99-99',
    article.id,
  ]
  return [...articles].sort((a, b) => {
    const x = key(a)
    const y = key(b)
    for (let i = 0; i < x.length; i += 1) {
      const p = x[i] as string | number
      const q = y[i] as string | number
      if (p !== q) return p < q ? -1 : 1
    }
    return 0
  })
}

/**
 * One `Source` per article, `S1…` in the given order, with its independent report and the name
 * the briefing's sentences give it (`label`, see `sourceNames`).
 */
export function makeSources(
  ordered: readonly Article[],
  reports: readonly IndependentReport[],
): Source[] {
  const reportOf = new Map<string, string>()
  for (const report of reports) for (const id of report.articles) reportOf.set(id, report.id)
  const names = sourceNames(ordered.map((article, index) => ({ article, number: index + 1 })))
  return ordered.map((article, index) => {
    const report = reportOf.get(article.id)
    return {
      id: `S${index + 1}`,
      number: index + 1,
      article: article.id,
      outlet: article.outlet,
      label: names.get(article.id) ?? `source ${index + 1}`,
      title: article.title,
      byline: article.byline,
      published: article.published,
      url: article.url,
      format: article.format,
      ...(report ? { report } : {}),
    }
  })
}

/** The independent reports, their articles named by source id, in order of first source. */
export function briefingReports(
  reports: readonly IndependentReport[],
  sources: readonly Source[],
): BriefingReport[] {
  const sourceOf = new Map(sources.map((source) => [source.article, source]))
  return reports
    .map((report) => ({
      id: report.id,
      sources: report.articles
        .map((article) => sourceOf.get(article))
        .filter((source): source is Source => source !== undefined)
        .sort((a, b) => a.number - b.number)
        .map((source) => source.id),
      reason: report.reason,
    }))
    .filter((report) => report.sources.length > 0)
    .sort((a, b) => Number(a.sources[0]?.slice(1)) - Number(b.sources[0]?.slice(1)))
}

/**
 * The article's clean text for the sources appendix: its blocks, each with the cited sentences
 * that lie in it marked by their offsets in the block text.
 */
export function appendixOf(article: Article, citations: readonly Citation[]): AppendixBlock[] {
  const sentences = new Map(article.annotations.sentences.map((s) => [s.id, s]))
  const marks = new Map<string, AppendixBlock['marks']>()
  for (const citation of citations) {
    const sentence = sentences.get(citation.provenance.sentence ?? '')
    const block = sentence && article.blocks.find((b) => b.id === sentence.block)
    if (!sentence || !block) continue
    const start = toTextOffset(block, sentence.span.start)
    const end = Math.max(start, toTextOffset(block, sentence.span.end))
    const list = marks.get(block.id) ?? []
    list.push({ start, end, citation: citation.id })
    marks.set(block.id, list)
  }
  return article.blocks.map((block) => ({
    id: block.id,
    kind: block.kind,
    text: block.text,
    marks: withoutOverlaps(marks.get(block.id) ?? []),
  }))
}

function withoutOverlaps(marks: AppendixBlock['marks']): AppendixBlock['marks'] {
  const sorted = [...marks].sort((a, b) => a.start - b.start || a.end - b.end)
  const out: AppendixBlock['marks'] = []
  for (const mark of sorted) {
    const last = out[out.length - 1]
    if (last && mark.start < last.end) continue
    if (mark.end > mark.start) out.push(mark)
  }
  return out
}

/**
 * A source offset as an offset in the block's readable text: the last map pair at or before it,
 * advanced by the distance, never past the end of the run or the text.
 */
export function toTextOffset(block: Pick<Block, 'map' | 'text'>, source: number): number {
  let index = 0
  for (let i = 0; i < block.map.length; i += 1) {
    const pair = block.map[i] as [number, number]
    if (pair[1] <= source) index = i
    else break
  }
  const [text, from] = block.map[index] as [number, number]
  const next = block.map[index + 1]
  const limit = next ? next[0] : block.text.length
  return Math.min(Math.max(text, text + (source - from)), limit, block.text.length)
}
