import type { Actor, DateRange, Hedge } from '@parallax/schema'
import { firstName, sameNameSpelling, surname } from '../lexical/names.js'

/** The interval a hedged figure allows: "nearly 6" is [5.1, 6], "more than 300" is [300, ∞). */
export function hedgeInterval(value: number, hedge: Hedge | null): [number, number] {
  const v = Math.abs(value)
  switch (hedge) {
    case 'about':
      return [value - 0.1 * v, value + 0.1 * v]
    case 'nearly':
      return [value - 0.15 * v, value]
    case 'more-than':
    case 'at-least':
      return [value, Number.POSITIVE_INFINITY]
    case 'less-than':
    case 'at-most':
    case 'up-to':
      return [Number.NEGATIVE_INFINITY, value]
    default:
      return [value, value]
  }
}

/** True when two hedged figures can be the same value. */
export function figuresCompatible(
  a: { value: number; hedge: Hedge | null },
  b: { value: number; hedge: Hedge | null },
): boolean {
  const [a0, a1] = hedgeInterval(a.value, a.hedge)
  const [b0, b1] = hedgeInterval(b.value, b.hedge)
  const eps = 1e-9 * Math.max(1, Math.abs(a.value), Math.abs(b.value))
  return a0 <= b1 + eps && b0 <= a1 + eps
}

/** True when two actors are one person or party: equal keys, or one name spelled two ways. */
export function sameActor(a: Actor, b: Actor): boolean {
  if (a.key && b.key && a.key === b.key) return true
  return sameNameSpelling(surname(a.name), surname(b.name)) && firstNamesAgree(a.name, b.name)
}

function firstNamesAgree(a: string, b: string): boolean {
  const fa = firstName(a)
  const fb = firstName(b)
  return !fa || !fb || sameNameSpelling(fa, fb)
}

/** How two date ranges relate. */
export function dateRelation(
  a: DateRange,
  b: DateRange,
): 'equal' | 'within' | 'overlap' | 'disjoint' {
  if (a.start === b.start && a.end === b.end) return 'equal'
  if (a.end < b.start || b.end < a.start) return 'disjoint'
  if ((a.start >= b.start && a.end <= b.end) || (b.start >= a.start && b.end <= a.end))
    return 'within'
  return 'overlap'
}

/** A date range as people read it: "2026-02-17", "2026-02-17 – 2026-02-18", "2026-01 (month)". */
export function showRange(r: DateRange): string {
  if (r.granularity === 'month') return `${r.start.slice(0, 7)} (month)`
  if (r.granularity === 'year') return `${r.start.slice(0, 4)} (year)`
  return r.start === r.end ? r.start : `${r.start} – ${r.end}`
}

/** True when two figures lie within `factor` of each other (same sign). */
export function within(a: number, b: number, factor: number): boolean {
  if (a === b) return true
  if (a === 0 || b === 0 || Math.sign(a) !== Math.sign(b)) return false
  const [lo, hi] =
    Math.abs(a) < Math.abs(b) ? [Math.abs(a), Math.abs(b)] : [Math.abs(b), Math.abs(a)]
  return hi / lo <= factor
}

/** A figure as its account shows it: hedge, value and unit ('about 300 people'). */
export function showFigure(c: {
  value: number
  unit: string | null
  hedge: string | null
}): string {
  return `${c.hedge ? `${c.hedge} ` : ''}${c.value}${c.unit ? ` ${c.unit}` : ''}`
}
