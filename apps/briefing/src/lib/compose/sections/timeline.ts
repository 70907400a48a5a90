import type {
  Claim,
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
import { conflictNote, readableValue } from './conflicts.js'

type Entry = TimelineSection['entries'][number]

/**
 * Timeline: event clusters (events merged across outlets) that have a date, each dated by the
 * date most of its claims give; when claims give different dates, or the cluster is in conflict
 * over `when`, the entry says which outlet gives which date. The `timelineMax` best-ranked events
 * (most independent reports, then those with a whole sentence) are kept and shown oldest first (ties by cluster rank).
 * An event whose day has come is told after the fact: a sentence written ahead of it ('is due to
 * begin', `aheadOfTime`) gives way to one written after; an entry told only ahead is dropped when
 * another entry tells that day, else says whose account it is and from when (`expected`).
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
  const placed: Array<{ rank: number; ahead: boolean } & ReturnType<typeof dating>> = []
  for (const [rank, item] of shown.entries()) {
    const fresh = item.claims.filter((claim) => !used.has(sentenceKey(context, claim)))
    if (fresh.length === 0) continue
    // An account written after the fact outweighs one written ahead of it ('is due to begin').
    const after = fresh.filter((claim) => !aheadOfTime(context, claim))
    const found = dating(context, item.cluster, after.length > 0 ? after : fresh)
    for (const claim of found.claims) used.add(sentenceKey(context, claim))
    placed.push({ rank, ...found, ahead: after.length === 0 })
  }
  // A day told only ahead of time, when another entry tells the same day after the fact, is
  // superseded by it; told only ahead, it says whose account it is and from when.
  const told = new Set(placed.filter((item) => !item.ahead).map((item) => dateKey(item.date)))
  const entries = placed
    .filter((item) => !(item.ahead && told.has(dateKey(item.date))))
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
        statement: item.ahead
          ? expected(context, item.claims)
          : undated(context.extract(item.claims)),
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

/**
 * Words of a sentence that tell an event to come: 'is due to', 'is expected to', 'will be held',
 * 'will begin'. A 'will' of another clause ('a war that will reach its fourth anniversary') is
 * not the event's.
 */
const AHEAD =
  /\b(?:(?:is|are|was|were)\s+(?:due|expected|scheduled|set|poised|slated)\s+to|plans?\s+to|to\s+be\s+held|will\s+(?:be\s+held|take\s+place|begin|start|open|resume|meet|vote|hold|go\s+ahead))\b/i

/**
 * True when a claim is told ahead of time ('The verdict is due to be read on Thursday') and its
 * day is no later than the briefing's: by now it has happened, or not, and the sentence no longer
 * says which. One rule per kind: a figure is ahead of time when the aligner marks it `expected`
 * (a forecast); the aligner gives events no such field, so their sentence's wording (`AHEAD`)
 * decides here.
 */
export function aheadOfTime(context: ComposeContext, claim: Claim): boolean {
  if (claim.kind === 'quantity' && claim.expected !== undefined) {
    const day = context.when(claim)
    return claim.expected && day !== null && day.end <= context.date
  }
  // An event claim without a date of its own ('the collapse of the payments start-up') takes the
  // date its sentence gives ('is due to be read on Thursday').
  const when = context.when(claim)
  if (!when || when.end > context.date) return false
  return AHEAD.test(context.sentenceText(claim))
}

/**
 * An entry told only ahead of time, as whose account it is and from when: "Expected, as The
 * Courier reported on 11 March 2026: The verdict is due to be read on Thursday."
 */
function expected(context: ComposeContext, claims: readonly EventClaim[]): Statement {
  const told = undated(context.extract(claims))
  const first = context.claim(
    claims.find((claim) => context.sentenceText(claim) === told.text)?.id ??
      (claims[0]?.id as string),
  )
  const published = context.article(first.provenance.article).published
  const when =
    published.status === 'known'
      ? ` on ${dateLabel({ start: published.date, end: published.date, granularity: 'day' })}`
      : ''
  return {
    ...told,
    text: `Expected, as ${context.outlet(first.provenance.article)} reported${when}: ${told.text}`,
  }
}

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
    // Each date as a reader writes it ('May 2023 / March 2023'), the note as a sentence.
    disputed = conflicting.values.map((v) => readableValue(v.value)).join(' / ')
    if (conflicting.explanation)
      disputed = `${disputed}. ${conflictNote([conflicting.explanation], null)}`
  }
  return { date: lead.range, claims: lead.claims, disputed }
}

const precision = { day: 0, week: 1, month: 2, quarter: 3, year: 4 } as const
const rangePrecision = (range: DateRange) => precision[range.granularity]
