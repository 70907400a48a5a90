import type {
  ClaimCluster,
  DateRange,
  EventClaim,
  Statement,
  TimelineSection,
} from '@parallax/schema'
import { byWeight, dateKey, dateLabel, listPhrase } from '../describe.js'
import { fragmentReason, withoutLead } from '../readable.js'
import { sentenceKey } from '../sentence-key.js'
import type { ComposeContext, SectionComposer } from '../types.js'

type Entry = TimelineSection['entries'][number]

/**
 * Timeline: event clusters (events merged across outlets) that have a date, each dated by the
 * date most of its claims give; when claims give different dates, or the cluster is in conflict
 * over `when`, the entry says which outlet gives which date. The `timelineMax` best-ranked events
 * (most independent reports, then those with a whole sentence) are kept and shown oldest first (ties by cluster rank).
 */
export const composeTimeline: SectionComposer<'timeline'> = (context) => {
  const dated = context.clusters
    .filter((c) => c.kind === 'event')
    .map((cluster) => ({
      cluster,
      claims: datedClaims(context, cluster),
      alone: context.isWhole(context.claimsOf(cluster)),
    }))
    .filter((item) => item.claims.length > 0 && !mastheadOnly(context, item.claims))
    .sort(
      (a, b) =>
        b.cluster.independent - a.cluster.independent ||
        Number(!a.alone) - Number(!b.alone) ||
        byWeight(a.cluster, b.cluster),
    )
  const shown = dated.slice(0, context.options.timelineMax)
  // Dated and ordered first, cited after: citations are numbered in reading order.
  // One source sentence that gives two dates ('opened in January 2025 … resumes on Thursday')
  // dates the better-ranked event only; an event left without a sentence of its own is not shown.
  const used = new Set<string>()
  const placed: Array<{ rank: number } & ReturnType<typeof dating>> = []
  for (const [rank, item] of shown.entries()) {
    const fresh = item.claims.filter((claim) => !used.has(sentenceKey(context, claim)))
    if (fresh.length === 0) continue
    const found = dating(context, item.cluster, fresh)
    for (const claim of found.claims) used.add(sentenceKey(context, claim))
    placed.push({ rank, ...found })
  }
  const entries = placed
    .sort(
      (a, b) =>
        (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : 0) ||
        (a.date.end < b.date.end ? -1 : a.date.end > b.date.end ? 1 : 0) ||
        a.rank - b.rank,
    )
    .map(
      (item): Entry => ({
        date: item.date,
        label: dateLabel(item.date),
        statement: undated(context.extract(item.claims)),
        ...(item.disputed ? { disputed: item.disputed } : {}),
      }),
    )
  if (entries.length === 0) return null
  const more = dated.length - shown.length + (shown.length - placed.length)
  return { kind: 'timeline', title: 'Timeline', ...(more > 0 ? { more } : {}), entries }
}

/** The entry without the date it opens with: the row shows the date (`Oct 2022 – …`). */
const undated = (statement: Statement): Statement => ({
  ...statement,
  text: withoutLead(statement.text, true),
})

/** True when every claim's sentence is a masthead run into the story (`fragmentReason`). */
function mastheadOnly(context: ComposeContext, claims: readonly EventClaim[]): boolean {
  return claims.every((claim) => fragmentReason(context.sentenceText(claim)) === 'masthead')
}

function datedClaims(context: ComposeContext, cluster: ClaimCluster): EventClaim[] {
  return context
    .claimsOf(cluster)
    .filter((c): c is EventClaim => c.kind === 'event' && c.when !== null)
}

/** The date most claims give, the claims that give it, and why the date is disputed, if it is. */
function dating(
  context: ComposeContext,
  cluster: ClaimCluster,
  claims: readonly EventClaim[],
): { date: DateRange; claims: EventClaim[]; disputed: string | undefined } {
  const byDate = new Map<string, { range: DateRange; claims: EventClaim[] }>()
  for (const claim of claims) {
    const range = claim.when as DateRange
    const group = byDate.get(dateKey(range)) ?? { range, claims: [] }
    group.claims.push(claim)
    byDate.set(dateKey(range), group)
  }
  const groups = [...byDate.values()].sort(
    (a, b) =>
      b.claims.length - a.claims.length ||
      rangePrecision(a.range) - rangePrecision(b.range) ||
      (a.range.start < b.range.start ? -1 : 1),
  )
  const lead = groups[0] as (typeof groups)[number]
  const conflicting = cluster.conflicts?.find((c) => c.field === 'when' || c.field.endsWith('date'))
  let disputed: string | undefined
  if (groups.length > 1) {
    disputed = `${groups
      .map((group) => {
        const outlets = [...new Set(group.claims.map((c) => context.outlet(c.provenance.article)))]
        return `${listPhrase(outlets)}: ${dateLabel(group.range)}`
      })
      .join('; ')}.`
  } else if (conflicting) {
    disputed = conflicting.values.map((v) => v.value).join(' / ')
    if (conflicting.explanation) disputed = `${disputed}. ${conflicting.explanation}`
  }
  return { date: lead.range, claims: lead.claims, disputed }
}

const precision = { day: 0, week: 1, month: 2, quarter: 3, year: 4 } as const
const rangePrecision = (range: DateRange) => precision[range.granularity]
