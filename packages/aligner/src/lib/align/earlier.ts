import type { ClaimFeatures } from './features.js'

/** How long before its article's publication a figure's occasion must end to be an earlier one. */
const EARLIER_DAYS = 365

/**
 * True when a figure is dated to an occasion that ended long (over a year) before its article
 * was published ('The last strike on the routes, in 2019, lasted five days' in a 2026 article):
 * an earlier occurrence of the event, told as background, not the news of the day.
 */
export function earlierOccasion(m: ClaimFeatures): boolean {
  if (!m.when || !m.published) return false
  const ended = Date.parse(m.when.end)
  const published = Date.parse(m.published)
  if (Number.isNaN(ended) || Number.isNaN(published)) return false
  return (published - ended) / 86_400_000 > EARLIER_DAYS
}

/**
 * True when of two figures one is dated to an earlier occasion and the other is not: they
 * measure different occurrences ('the last strike, in 2019, lasted five days' / 'the 48-hour
 * strike'), so differing values are no conflict.
 */
export function differentOccurrences(a: ClaimFeatures, b: ClaimFeatures): boolean {
  return earlierOccasion(a) !== earlierOccasion(b)
}
