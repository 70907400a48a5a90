import type { Article, Claim, DateRange } from '@parallax/schema'
import { sentenceOf } from './citations.js'

const dayMs = 86_400_000

/** Days from `a` to `b` (`YYYY-MM-DD`), negative when `b` is earlier. */
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / dayMs)
}

/** The dates the annotations find in the sentence a claim rests on, in text order. */
export function sentenceDates(
  article: Article,
  claim: Claim,
): Array<{ start: number; value: DateRange }> {
  const sentence = sentenceOf(article, claim)
  const out: Array<{ start: number; value: DateRange }> = []
  for (const date of article.annotations.dates)
    if (date.value && date.span.start >= sentence.span.start && date.span.end <= sentence.span.end)
      out.push({ start: date.span.start, value: date.value })
  return out
}

/**
 * True when a claim is background to a briefing of `date`: an event dated, or a sentence naming a
 * date, that ended more than `days` days before it ('in February last year', `Sep 13 1981 – …`,
 * 'founded in 2017'). The bottom line holds the story's news, not its history.
 */
export function isBackground(article: Article, claim: Claim, date: string, days = 31): boolean {
  const old = (range: DateRange) => daysBetween(range.end, date) > days
  if (claim.kind === 'event' && claim.when && old(claim.when)) return true
  return sentenceDates(article, claim).some((found) => old(found.value))
}

/**
 * The day a claim's sentence gives for it: the day-long date nearest the claim's words ('two
 * hours on Wednesday' → the Wednesday), `null` when the sentence names no single day.
 */
export function claimDay(article: Article, claim: Claim): DateRange | null {
  let best: { distance: number; value: DateRange } | null = null
  const { start, end } = claim.provenance.span
  for (const found of sentenceDates(article, claim)) {
    if (found.value.granularity !== 'day' || found.value.start !== found.value.end) continue
    const distance = found.start >= end ? found.start - end : start - found.start
    if (!best || Math.abs(distance) < Math.abs(best.distance))
      best = { distance, value: found.value }
  }
  return best?.value ?? null
}

/**
 * When a claim's sentence places it, at any precision: its event's own date, else the single day
 * nearest its words (`claimDay`), else the date of any precision nearest its words ('Feb 2026 –
 * Prosecutors ask for nine years' → February 2026); `null` when the sentence names no date.
 */
export function claimDate(article: Article, claim: Claim): DateRange | null {
  if (claim.kind === 'event' && claim.when) return claim.when
  const day = claimDay(article, claim)
  if (day) return day
  let best: { distance: number; value: DateRange } | null = null
  const { start, end } = claim.provenance.span
  for (const found of sentenceDates(article, claim)) {
    const distance = Math.abs(found.start >= end ? found.start - end : start - found.start)
    if (!best || distance < best.distance) best = { distance, value: found.value }
  }
  return best?.value ?? null
}

/**
 * The day more than half of the claims' sentences give (see `claimDay`), else `null`: the
 * occasion a figure belongs to when its subject does not say it ('the talks' → the talks on 18
 * February).
 */
export function sharedDay(days: ReadonlyArray<DateRange | null>): DateRange | null {
  const counts = new Map<string, { value: DateRange; count: number }>()
  for (const day of days) {
    if (!day) continue
    const entry = counts.get(day.start) ?? { value: day, count: 0 }
    entry.count += 1
    counts.set(day.start, entry)
  }
  for (const entry of counts.values()) if (entry.count * 2 > days.length) return entry.value
  return null
}

/** The earliest day given by any claim (see `claimDay`), for ordering facts by when they happened. */
export function earliestDay(days: ReadonlyArray<DateRange | null>): string | null {
  let first: string | null = null
  for (const day of days) if (day && (first === null || day.start < first)) first = day.start
  return first
}
