import type { Article } from '@parallax/schema'
import { editions } from './editions.js'
import type { ComposeOptions, ResolvedComposeOptions } from './types.js'

const limits = {
  bottomLineMin: 3,
  bottomLineMax: 6,
  conflictsMax: 12,
  speakersMax: 8,
  quotesPerSpeakerMax: 4,
  quotesMax: 32,
  partiesMax: 6,
  positionsPerPartyMax: 4,
  figuresMax: 12,
  timelineMax: 15,
  exclusiveOutletsMax: 8,
  exclusivesPerOutletMax: 3,
  wordingsMax: 6,
  topicsMax: 12,
  appendixMax: 40,
} as const

/** Fills in the defaults documented on `ComposeOptions`; a limit must be a positive integer. */
export function resolveComposeOptions(
  options: Readonly<ComposeOptions> | null | undefined,
  articles: readonly Article[],
): ResolvedComposeOptions {
  const edition = options?.edition ?? 'dossier'
  const spec = editions[edition]
  if (!spec)
    throw new TypeError(
      `compose option edition must be one of ${Object.keys(editions).join(', ')}, got ${String(edition)}`,
    )
  const resolved = {} as Record<keyof typeof limits, number>
  for (const key of Object.keys(limits) as (keyof typeof limits)[]) {
    const value = options?.[key] ?? spec.limits[key] ?? limits[key]
    if (!Number.isInteger(value) || value < 1)
      throw new TypeError(`compose option ${key} must be a positive integer, got ${String(value)}`)
    resolved[key] = value
  }
  if (resolved.bottomLineMin > resolved.bottomLineMax)
    throw new TypeError(
      `compose option bottomLineMin (${resolved.bottomLineMin}) is above bottomLineMax (${resolved.bottomLineMax})`,
    )
  return {
    ...resolved,
    edition,
    appendix: options?.appendix ?? spec.appendix,
    language: options?.language ?? mostCommonLanguage(articles),
  }
}

function mostCommonLanguage(articles: readonly Article[]): string {
  const counts = new Map<string, number>()
  for (const article of articles)
    if (article.language) counts.set(article.language, (counts.get(article.language) ?? 0) + 1)
  let best = 'en'
  let most = 0
  for (const [language, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    if (count > most) {
      best = language
      most = count
    }
  return best
}
