import type { Article, Briefing, Citation, Claim, Section, SectionKind } from '@parallax/schema'
import { checkComposeInput } from './check-input.js'
import { CitationBook } from './citations.js'
import { makeContext } from './context.js'
import { composeCoverage } from './coverage.js'
import { naturalCompare } from './describe.js'
import { editions } from './editions.js'
import { resolveComposeOptions } from './options.js'
import { sectionComposers } from './sections/index.js'
import { appendixOf, briefingReports, makeSources, orderSources } from './sources.js'
import { deriveTitle } from './title.js'
import type { ComposeInput, ComposeOptions } from './types.js'

/**
 * Composes a schema-valid `Briefing` from the aligned articles: sources numbered in a stable
 * order (outlet, date, id), then each section of `sectionComposers` in turn, each citing only what
 * it shows (citations numbered in order of first use, one per distinct source sentence), then the
 * coverage matrix and, for every cited source, its clean text with the cited sentences marked.
 * Deterministic: the same input gives the same briefing whatever the order of articles, claims
 * and clusters.
 *
 * @throws {TypeError} when the alignment does not fit the articles and texts (a claim whose span
 *   is outside its text or sentence, a cluster member that does not exist), or an option is invalid.
 */
export function composeBriefing(input: ComposeInput, options?: ComposeOptions | null): Briefing {
  checkComposeInput(input)
  const resolved = resolveComposeOptions(options, input.articles)
  const articles = new Map(input.articles.map((article) => [article.id, article]))
  const ordered = orderSources(input.articles)
  const sources = makeSources(ordered, input.alignment.reports)
  const numbers = new Map(sources.map((source) => [source.article, source.number]))
  const book = new CitationBook(
    articles,
    new Map(sources.map((source) => [source.article, source.id])),
  )
  const claims = new Map<string, Claim>(input.alignment.claims.map((claim) => [claim.id, claim]))
  const clusters = [...input.alignment.clusters]
    .map((cluster) => ({ ...cluster, claims: [...cluster.claims].sort(naturalCompare) }))
    .sort((a, b) => naturalCompare(a.id, b.id))
  const names = new Map(sources.map((source) => [source.article, source.label ?? source.id]))
  const context = makeContext(
    resolved,
    input.date,
    articles,
    claims,
    clusters,
    { numbers, names },
    book,
  )

  const sections: Section[] = []
  const wanted = new Set(editions[resolved.edition].sections)
  for (const kind of Object.keys(sectionComposers) as SectionKind[]) {
    const composer = wanted.has(kind) ? sectionComposers[kind] : null
    const section = composer ? composer(context) : null
    if (section) sections.push(section)
  }

  const citations = book.list()
  if (resolved.appendix) {
    // Bounded: the sources cited most (then in source order) carry their text, up to
    // `appendixMax`; the rest are listed without it, so 1,000 sources never mean 1,000 texts.
    const bySource = new Map<string, Citation[]>()
    for (const citation of citations) {
      const list = bySource.get(citation.source) ?? []
      list.push(citation)
      bySource.set(citation.source, list)
    }
    const chosen = sources
      .filter((source) => bySource.has(source.id))
      .sort(
        (a, b) =>
          (bySource.get(b.id)?.length ?? 0) - (bySource.get(a.id)?.length ?? 0) ||
          a.number - b.number,
      )
      .slice(0, resolved.appendixMax)
    for (const source of chosen)
      source.appendix = appendixOf(
        articles.get(source.article) as Article,
        bySource.get(source.id) as Citation[],
      )
  }
  const reports = briefingReports(input.alignment.reports, sources)
  return {
    date: input.date,
    generatedAt: input.generatedAt,
    title: input.title?.trim() || deriveTitle(ordered, clusters, claims, input.date),
    language: resolved.language,
    // Absent means the dossier (the schema's default), so dossier briefings stay as they were.
    ...(resolved.edition === 'dossier' ? {} : { edition: resolved.edition }),
    sections,
    citations,
    sources,
    ...(reports.length > 0 ? { reports } : {}),
    coverage: composeCoverage(
      [...claims.values()].sort((a, b) => naturalCompare(a.id, b.id)),
      clusters,
      sources,
      resolved.topicsMax,
    ),
    skipped: input.skipped.map((item) => ({ ...item, diagnostics: [...item.diagnostics] })),
  }
}
