import type { Briefing, Citation, Section, Source, Statement } from '@parallax/schema'
import { formatDate, formatDateTime, plural, quotedExcerpt } from './format.js'
import type {
  BriefingView,
  CiteView,
  CoverageView,
  SectionBody,
  SectionView,
  SourceView,
  StatementView,
} from './view-types.js'

/** The order of sections in the briefing, whatever order they come in. */
export const sectionOrder: readonly Section['kind'][] = [
  'bottom-line',
  'since-last',
  'conflicts',
  'quotes',
  'positions',
  'figures',
  'timeline',
  'exclusives',
]

const changeLabels = { new: 'New', changed: 'Changed', resolved: 'Resolved' } as const
const stanceLabels = {
  demand: 'Demand',
  refusal: 'Refusal',
  offer: 'Offer',
  support: 'Support',
  opposition: 'Opposition',
  condition: 'Condition',
} as const
const agreementLabels = {
  agree: 'Sources agree',
  conflict: 'Sources differ',
  single: 'One source',
} as const

/** A name for a source that is never empty: its outlet, else `Source n (outlet unknown)`. */
export function sourceLabel(source: Source): string {
  return source.outlet ?? `Source ${source.number} (outlet unknown)`
}

/**
 * Turns a valid `Briefing` into what the renderers show: sections in their fixed order, each
 * citation resolved to its source number and sentence, dates formatted. Pure and deterministic.
 */
export function buildView(briefing: Briefing): BriefingView {
  const sources = new Map(briefing.sources.map((source) => [source.id, source]))
  const citations = new Map(briefing.citations.map((citation) => [citation.id, citation]))
  let markers = 0
  const cite = (id: string): CiteView => {
    const citation = citations.get(id) as Citation
    const source = sources.get(citation.source) as Source
    markers += 1
    return {
      key: `m${markers}`,
      citation: id,
      number: source.number,
      target: `cite-${id}`,
      sourceTarget: `source-${source.number}`,
      outlet: sourceLabel(source),
      excerpt: quotedExcerpt(citation.excerpt),
    }
  }
  const statement = (value: Statement): StatementView => ({
    text: value.text,
    cites: value.citations.map(cite),
  })
  const outletsOf = (ids: readonly string[]): string => {
    const names: string[] = []
    for (const id of ids) {
      const source = sources.get((citations.get(id) as Citation).source) as Source
      const name = sourceLabel(source)
      if (!names.includes(name)) names.push(name)
    }
    return names.join(', ')
  }

  const ordered = briefing.sections
    .map((section, index) => ({ section, index }))
    .sort(
      (a, b) =>
        sectionOrder.indexOf(a.section.kind) - sectionOrder.indexOf(b.section.kind) ||
        a.index - b.index,
    )
  const anchors = new Map<string, number>()
  const sections: SectionView[] = []
  for (const { section } of ordered) {
    const body = sectionBody(section)
    if (!body) continue
    const seen = anchors.get(section.kind) ?? 0
    anchors.set(section.kind, seen + 1)
    const anchor = seen === 0 ? `section-${section.kind}` : `section-${section.kind}-${seen + 1}`
    sections.push({ ...body, title: section.title, anchor } as SectionView)
  }

  function sectionBody(section: Section): SectionBody | null {
    switch (section.kind) {
      case 'bottom-line':
        return section.items.length === 0
          ? null
          : { kind: section.kind, items: section.items.map(statement) }
      case 'since-last':
        return section.items.length === 0
          ? null
          : {
              kind: section.kind,
              previousLabel: `Compared with the briefing of ${formatDate(section.previous.date)} (generated ${formatDateTime(section.previous.generatedAt)}).`,
              items: section.items.map((item) => ({
                change: item.change,
                label: changeLabels[item.change],
                statement: statement(item.statement),
              })),
            }
      case 'conflicts':
        return section.rows.length === 0
          ? null
          : {
              kind: section.kind,
              rows: section.rows.map((row) => ({
                topic: row.topic,
                field: row.field,
                accounts: row.accounts.map((account) => ({
                  value: account.value,
                  statement: statement(account.statement),
                })),
              })),
            }
      case 'quotes':
        return section.speakers.length === 0
          ? null
          : {
              kind: section.kind,
              speakers: section.speakers.map((speaker) => ({
                name: speaker.name,
                role: speaker.role ?? null,
                statements: speaker.statements.map((item) => ({
                  note: item.note ?? null,
                  variants: item.variants.map((variant) => ({
                    diff:
                      variant.diff.length > 0 &&
                      variant.diff.map((run) => run.text).join('') === variant.text
                        ? variant.diff
                        : [{ text: variant.text, changed: false }],
                    attribution: outletsOf(variant.citations),
                    context: variant.context ?? null,
                    cites: variant.citations.map(cite),
                  })),
                })),
              })),
            }
      case 'positions':
        return section.parties.length === 0
          ? null
          : {
              kind: section.kind,
              parties: section.parties.map((party) => ({
                party: party.party,
                positions: party.positions.map((position) => ({
                  stance: position.stance,
                  stanceLabel: stanceLabels[position.stance],
                  summary: position.summary,
                  wordings: position.wordings.map(statement),
                })),
              })),
            }
      case 'figures':
        return section.rows.length === 0
          ? null
          : {
              kind: section.kind,
              rows: section.rows.map((row) => ({
                label: row.label,
                value: row.value,
                agreement: row.agreement,
                agreementLabel: agreementLabels[row.agreement],
                accounts: row.accounts.map((account) => ({
                  value: account.value,
                  statement: statement(account.statement),
                })),
              })),
            }
      case 'timeline':
        return section.entries.length === 0
          ? null
          : {
              kind: section.kind,
              entries: section.entries.map((entry) => ({
                label: entry.label,
                datetime: entry.date
                  ? entry.date.granularity === 'day' && entry.date.start === entry.date.end
                    ? entry.date.start
                    : entry.date.granularity === 'month' || entry.date.granularity === 'year'
                      ? entry.date.start.slice(0, entry.date.granularity === 'month' ? 7 : 4)
                      : null
                  : null,
                statement: statement(entry.statement),
                disputed: entry.disputed ?? null,
              })),
            }
      case 'exclusives':
        return section.outlets.length === 0
          ? null
          : {
              kind: section.kind,
              outlets: section.outlets.map((group) => {
                const source = sources.get(group.source) as Source
                return {
                  outlet: sourceLabel(source),
                  number: source.number,
                  sourceTarget: `source-${source.number}`,
                  items: group.items.map(statement),
                }
              }),
            }
    }
  }

  const sortedSources = [...briefing.sources].sort((a, b) => a.number - b.number)
  const sourceViews: SourceView[] = sortedSources.map((source) => ({
    id: source.id,
    number: source.number,
    anchor: `source-${source.number}`,
    outlet: sourceLabel(source),
    outletKnown: source.outlet !== null,
    title: source.title,
    byline: source.byline,
    published:
      source.published.status === 'known'
        ? formatDate(source.published.date)
        : `date unknown (${source.published.reason})`,
    href: source.url !== null && /^https?:\/\//i.test(source.url) ? source.url : null,
    url: source.url,
    format: source.format,
    article: source.article,
    cited: briefing.citations
      .filter((citation) => citation.source === source.id)
      .sort((a, b) => a.provenance.span.start - b.provenance.span.start || compareIds(a.id, b.id))
      .map((citation) => ({
        anchor: `cite-${citation.id}`,
        id: citation.id,
        excerpt: quotedExcerpt(citation.excerpt),
      })),
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

  return {
    title: briefing.title,
    language: briefing.language,
    date: briefing.date,
    dateLabel: formatDate(briefing.date),
    generatedAt: briefing.generatedAt,
    generatedLabel: formatDateTime(briefing.generatedAt),
    summary: summaryParts.join(' · '),
    sections,
    sources: sourceViews,
    coverage: coverageView(briefing, sortedSources),
    skipped: briefing.skipped.map((item) => ({
      file: item.file,
      reason: item.reason,
      diagnostics: item.diagnostics.map((d) => {
        const place = [d.line, d.column].filter((n) => n !== null).join(':')
        const where = [d.file ?? item.file, place].filter(Boolean).join(':')
        const expected = d.expected ? ` Expected ${d.expected}.` : ''
        return `${where}: ${d.severity} ${d.code}: ${d.message}${expected}`
      }),
    })),
    labels: {
      sources: 'Sources',
      coverage: 'Coverage by topic',
      skipped: 'Skipped inputs',
      citedSentences: 'Cited sentences',
    },
  }
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
  const max = Math.max(0, ...rows.flatMap((row) => row.counts))
  return { topics: topics.map((topic) => ({ id: topic.id, label: topic.label })), rows, max }
}

function compareIds(a: string, b: string): number {
  return Number(a.slice(1)) - Number(b.slice(1))
}
