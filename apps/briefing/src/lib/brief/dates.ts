import type { Article } from '@parallax/schema'

/** `YYYY-MM-DD` naming a real calendar day. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/** The generation time: `SOURCE_DATE_EPOCH` (seconds) when set, else the clock; RFC 3339, UTC, whole seconds. */
export function generationTime(
  env: NodeJS.ProcessEnv = process.env,
  now: () => Date = () => new Date(),
): string {
  const epoch = env.SOURCE_DATE_EPOCH
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now()
  return `${date.toISOString().slice(0, 19)}Z`
}

/** The latest known publication date among the articles, else the day of `generatedAt`. */
export function briefingDate(articles: readonly Article[], generatedAt: string): string {
  let latest: string | null = null
  for (const { published } of articles)
    if (published.status === 'known' && (latest === null || published.date > latest))
      latest = published.date
  return latest ?? generatedAt.slice(0, 10)
}
