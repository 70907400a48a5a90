import type {
  AppendixBlock,
  Briefing,
  Citation,
  Section,
  Source,
  Statement,
} from '@parallax/schema'
import { bySourceOrder, type CiteMaker, citeMaker } from './cite-view.js'
import { formatDate, formatDateTime, maxOf, plural, stripBidiControls } from './format.js'
import { sectionRenderers } from './sections/index.js'
import type { SectionRenderer, SectionRenderers, ViewContext } from './sections/types.js'
import { sourceLabel } from './source-label.js'
import type {
  AppendixBlockView,
  BriefingView,
  CiteView,
  CoverageView,
  SectionView,
  SourceView,
  StatementView,
} from './view-types.js'

export { sourceLabel }

/** The order of sections in the briefing, whatever order they come in: the registry's. */
export const sectionOrder: readonly Section['kind'][] = Object.keys(
  sectionRenderers,
) as Section['kind'][]

/**
 * Turns a valid `Briefing` into what the renderers show: sections in their fixed order (each by
 * its renderer's `view`), each citation resolved to its source number, its sentence, its place
 * in the source's clean text and on the live page; dates formatted. Pure and deterministic.
 */
export function buildView(
  briefing: Briefing,
  renderers: SectionRenderers = sectionRenderers,
): BriefingView {
  const sources = new Map(briefing.sources.map((source) => [source.id, source]))
  const citations = new Map(briefing.citations.map((citation) => [citation.id, citation]))
  const marks = citeMaker(briefing)
  const statement = (value: Statement): StatementView => ({
    text: value.text,
    cites: marks.cites(value.citations),
  })
  const context: ViewContext = {
    language: briefing.language,
    statement,
    cite: (id) => marks.cites([id])[0] as CiteView,
    cites: (ids) => marks.cites(ids),
    source: (id) => sources.get(id) as Source,
    outletsOf(ids) {
      const cited = ids.map((id) => sources.get((citations.get(id) as Citation).source) as Source)
      const names: string[] = []
      for (const source of cited.sort((a, b) => a.number - b.number)) {
        const name = sourceLabel(source)
        if (!names.includes(name)) names.push(name)
      }
      return names.join(', ')
    },
    more: (count, noun = 'item') =>
      count && count > 0 ? `${plural(count, `more ${noun}`, `more ${noun}s`)} not shown.` : null,
  }

  const order = Object.keys(renderers) as Section['kind'][]
  const ordered = briefing.sections
    .map((section, index) => ({ section, index }))
    .sort(
      (a, b) => order.indexOf(a.section.kind) - order.indexOf(b.section.kind) || a.index - b.index,
    )
  const anchors = new Map<string, number>()
  const sections: SectionView[] = []
  for (const { section } of ordered) {
    const renderer = renderers[section.kind] as SectionRenderer
    marks.enter(section.title)
    const body = renderer.view(section as never, context)
    if (!body) {
      marks.discard()
      continue
    }
    const seen = anchors.get(section.kind) ?? 0
    anchors.set(section.kind, seen + 1)
    const anchor = seen === 0 ? `section-${section.kind}` : `section-${section.kind}-${seen + 1}`
    const moreLabel = context.more(section.more)
    sections.push({ ...body, title: section.title, anchor, moreLabel } as SectionView)
  }

  const sortedSources = [...briefing.sources].sort((a, b) => a.number - b.number)
  const sourceViews: SourceView[] = sortedSources.map((source) => ({
    id: source.id,
    number: source.number,
    anchor: `source-${source.number}`,
    outlet: sourceLabel(source),
    outletKnown: source.outlet !== null,
    title: meta(source.title),
    byline: meta(source.byline),
    published:
      source.published.status === 'known'
        ? formatDate(source.published.date)
        : `date unknown (${source.published.reason})`,
    href: source.url !== null && /^https?:\/\//i.test(source.url) ? meta(source.url) : null,
    url: meta(source.url),
    format: stripBidiControls(source.format),
    article: source.article,
    cited: briefing.citations
      .filter((citation) => citation.source === source.id)
      .sort(bySourceOrder)
      .map((citation) => {
        const ref = marks.sentence(citation.id)
        return {
          anchor: ref.target,
          id: citation.id,
          number: ref.number,
          excerpt: ref.excerpt,
          textTarget: ref.textTarget,
          liveHref: ref.liveHref,
          backlinks: marks.backlinks(citation.id),
        }
      })
      // The reader edition lists only the sentences its marks cite.
      .filter((cited) => briefing.edition !== 'brief' || cited.backlinks.length > 0),
    textAnchor: source.appendix && source.appendix.length > 0 ? `text-${source.number}` : null,
    appendix: (source.appendix ?? []).map((block) => appendixBlock(block, marks)),
  }))

  const outlets = new Set(
    briefing.sources.flatMap((source) => (source.outlet ? [source.outlet] : [])),
  )
  const unknown = briefing.sources.filter((source) => source.outlet === null).length
  const summaryParts = [
    plural(briefing.sources.length, 'source'),
    plural(outlets.size, 'named outlet'),
  ]
  if (unknown > 0) summaryParts.push(`${unknown} without a known outlet`)
  if (briefing.reports) summaryParts.push(plural(briefing.reports.length, 'independent report'))

  return {
    edition: briefing.edition ?? 'dossier',
    title: stripBidiControls(briefing.title),
    language: briefing.language,
    date: briefing.date,
    dateLabel: formatDate(briefing.date),
    generatedAt: briefing.generatedAt,
    generatedLabel: formatDateTime(briefing.generatedAt),
    summary: summaryParts.join(' · '),
    sections,
    sources: sourceViews,
    hasAppendix: sourceViews.some((source) => source.textAnchor !== null),
    coverage: coverageView(briefing, sortedSources),
    skipped: briefing.skipped.map((item) => ({
      file: stripBidiControls(item.file),
      reason: item.reason,
      diagnostics: item.diagnostics.map((d) => {
        const place = [d.line, d.column].filter((n) => n !== null).join(':')
        const where = [stripBidiControls(d.file ?? item.file), place].filter(Boolean).join(':')
        const expected = d.expected ? ` Expected ${d.expected}.` : ''
        return `${where}: ${d.severity} ${d.code}: ${d.message}${expected}`
      }),
    })),
    labels: {
      sources: 'Sources',
      coverage: 'Coverage by topic',
      skipped: 'Skipped inputs',
      citedSentences: 'Cited sentences',
      appendix: 'Source texts',
    },
  }
}

/** Metadata without bidi controls; null stays null. */
function meta(value: string | null): string | null {
  return value === null ? null : stripBidiControls(value)
}

/** A block's text cut into plain runs and marked runs (one per cited sentence). */
function appendixBlock(block: AppendixBlock, marks: CiteMaker): AppendixBlockView {
  const runs: AppendixBlockView['runs'][number][] = []
  let at = 0
  for (const mark of block.marks) {
    const start = Math.max(at, Math.min(mark.start, block.text.length))
    const end = Math.max(start, Math.min(mark.end, block.text.length))
    if (start > at) runs.push({ text: block.text.slice(at, start), mark: null })
    if (end > start)
      runs.push({
        text: block.text.slice(start, end),
        mark: {
          anchor: `text-${mark.citation}`,
          id: mark.citation,
          target: `cite-${mark.citation}`,
          number: marks.numberOf(mark.citation),
        },
      })
    at = end
  }
  if (at < block.text.length) runs.push({ text: block.text.slice(at), mark: null })
  return { kind: block.kind, heading: block.kind === 'heading', runs }
}

function coverageView(briefing: Briefing, sources: readonly Source[]): CoverageView | null {
  const { topics, cells } = briefing.coverage
  if (topics.length === 0 || sources.length === 0) return null
  const count = new Map(cells.map((cell) => [`${cell.source}\u0000${cell.topic}`, cell.count]))
  const rows = sources.map((source) => ({
    number: source.number,
    outlet: sourceLabel(source),
    counts: topics.map((topic) => count.get(`${source.id}\u0000${topic.id}`) ?? 0),
  }))
  const max = maxOf(rows.flatMap((row) => row.counts))
  return { topics: topics.map((topic) => ({ id: topic.id, label: topic.label })), rows, max }
}
