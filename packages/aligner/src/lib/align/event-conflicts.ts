import type { DateRange } from '@parallax/schema'
import type { ClaimFeatures } from './features.js'
import { dateRelation, showRange } from './values.js'

const PLAN = /\b(due to|expected|expects?|will|scheduled|set to|plans? to|planned|would)\b/i

/** Days between two ranges that do not meet (0 when they do). */
function gapDays(a: DateRange, b: DateRange): number {
  const [first, second] = a.end < b.start ? [a, b] : [b, a]
  if (first.end >= second.start) return 0
  return (Date.parse(second.start) - Date.parse(first.end)) / 86_400_000
}

function publishedDays(members: readonly ClaimFeatures[]): DateRange[] {
  return [...new Set(members.flatMap((m) => (m.published ? [m.published] : [])))].map((d) => ({
    start: d,
    end: d,
    granularity: 'day' as const,
  }))
}

/**
 * How the distinct dates relate: some pair excludes the other (`disjoint`), some pair lies one
 * inside the other (`within`), or some pair is a current date (within a year of a publication
 * day) and one more than `yearsApart` years before it (`far`, not counted as disjoint).
 */
function relate(
  ranges: readonly DateRange[],
  published: readonly DateRange[],
  yearsApart: number,
): { disjoint: boolean; within: boolean; far: boolean } {
  const current = (r: DateRange) => published.some((p) => gapDays(r, p) <= 365)
  let disjoint = false
  let within = false
  let far = false
  for (const x of ranges)
    for (const y of ranges) {
      const r = dateRelation(x, y)
      if (r === 'disjoint' && gapDays(x, y) > 365 * yearsApart && (current(x) || current(y)))
        far = true
      else if (r === 'disjoint') disjoint = true
      else if (r === 'within' || r === 'overlap') within = true
    }
  return { disjoint, within, far }
}

/** The date disagreement of one event cluster: its sides, if any, and what explains the rest. */
export interface EventDateFindings {
  /** [shown date, claim id] of each dated member, when the dates conflict; else null. */
  readonly conflict: Array<[string, string]> | null
  readonly notes: string[]
}

/**
 * Whether the members of one event cluster date it differently. Not a conflict: a plan and its
 * outcome in articles of different days; one date inside another (a month and a day of it);
 * each article dating the event to its own publication day (a fire "10 per cent contained on
 * Monday", "held at 25 per cent by Tuesday": one ongoing event reported day by day); a date of
 * the articles' own time and one more than `yearsApart` years before it (a 2026 deal and a 1938
 * treaty: a current event and a historical one joined, not one event told two ways). Two past
 * dates years apart (an earlier quake in 1981 or 1986) stay a conflict.
 */
export function eventDateFindings(
  members: readonly ClaimFeatures[],
  yearsApart = 2,
): EventDateFindings {
  const notes: string[] = []
  const dated = members.flatMap((m) => (m.when ? [{ m, when: m.when }] : []))
  const ranges = [...new Map(dated.map((x) => [`${x.when.start}|${x.when.end}`, x.when])).values()]
  const relation = relate(ranges, publishedDays(members), yearsApart)
  const { disjoint, within } = relation
  if (relation.far)
    notes.push(
      `a date of the articles' own time and one more than ${yearsApart} years before it (${ranges.map(showRange).join(' / ')}) name different events: not a conflict`,
    )
  const entries = dated.map((x): [string, string] => [showRange(x.when), x.m.claim.id])
  const plans = members.filter((m) => PLAN.test(m.claim.text))
  const outcomes = members.filter((m) => !PLAN.test(m.claim.text))
  const planThenOutcome =
    plans.length > 0 &&
    outcomes.length > 0 &&
    plans.every((p) =>
      outcomes.every((o) => p.published && o.published && p.published < o.published),
    )
  const days = new Set(dated.map((x) => x.m.published))
  const ownDay =
    days.size > 1 &&
    dated.every(
      (x) =>
        !!x.m.published &&
        x.when.granularity === 'day' &&
        x.when.start === x.m.published &&
        x.when.end === x.m.published,
    )
  let conflict: Array<[string, string]> | null = null
  if (disjoint && planThenOutcome) {
    notes.push(
      `a plan announced ${plans[0]!.published} and the outcome reported ${outcomes[0]!.published}: different dates are not a conflict`,
    )
  } else if (disjoint && ownDay) {
    notes.push(
      `each article dates the event to the day it appeared (${[...days].sort().join(', ')}): an ongoing event reported day by day, not a conflict`,
    )
  } else if (disjoint) conflict = entries
  else if (within && new Set(entries.map((e) => e[0])).size > 1) {
    notes.push(
      `one source gives the date more precisely than another (${[...new Set(entries.map((e) => e[0]))].join(' / ')}): not a conflict`,
    )
  }
  if (!disjoint && planThenOutcome) {
    notes.push(
      `a plan (published ${plans[0]!.published}) and its outcome (published ${outcomes[0]!.published}): not a conflict`,
    )
  }
  return { conflict, notes }
}
