import type { Article, Claim, ClaimCluster } from '@parallax/schema'
import { byWeight, capitalise, listPhrase, mostCommon } from './describe.js'

/**
 * A title from the most shared event and entities: the label of the event cluster with the most
 * independent reports among the events of the briefing's week (dated within `window` days of the
 * briefing date; any event when none is), without its date or an opening figure, with the place its claims agree on
 * (see `placeOf`) when the label does not name it ('Sentence in Lisbon'), then the (up to two) entities most articles name that the label does
 * not already name (by any word of the name) ("Peace talks: Russia, Ukraine and Geneva"). Without an event cluster, the
 * entities alone; without either, the most common article title, else `Briefing`.
 */
export function deriveTitle(
  articles: readonly Article[],
  clusters: readonly ClaimCluster[],
  claims: ReadonlyMap<string, Claim>,
  date: string,
  window = 7,
): string {
  const events = clusters.filter((c) => c.kind === 'event').sort(byWeight)
  const recent = events.filter((c) => c.claims.some((id) => near(claims.get(id), date, window)))
  const event = recent[0] ?? events[0]
  // Without its date, and without a figure that opens it ('magnitude 6.4 earthquake'): accounts
  // may dispute the figure, and the title should not take a side.
  const bare = event
    ? event.label
        .replace(/\s*\([^)]*\d{4}[^)]*\)\s*$/u, '')
        .replace(/^(?:\p{Ll}+\s+)?\d[\d.,]*(?:-\p{L}+)?\s+(?=\p{L})/u, '')
        .trim()
    : ''
  // A label that does not say where ('sentence') says it when its claims agree on a place.
  const where = event ? placeOf(event, claims) : null
  const label = bare ? capitalise(where && !named(bare, where) ? `${bare} in ${where}` : bare) : ''
  const names = sharedEntities(articles)
    .filter((name) => !named(label, name))
    .slice(0, 2)
  if (label && names.length > 0) return `${label}: ${listPhrase(names)}`
  if (label) return label
  if (names.length > 0) return listPhrase(names)
  return (
    mostCommon(
      articles.flatMap((a) => (a.title ? [a.title] : [])),
      (t) => t,
    ) ?? 'Briefing'
  )
}

/**
 * Entity names ranked by how many articles name them (two at least, unless there is one article),
 * parties and places before people and organisations on ties, then by name.
 */
function sharedEntities(articles: readonly Article[]): string[] {
  const byKey = new Map<string, { names: string[]; articles: number; kind: string }>()
  for (const article of articles) {
    const seen = new Set<string>()
    for (const entity of article.annotations.entities) {
      const entry = byKey.get(entity.key) ?? { names: [], articles: 0, kind: entity.kind }
      entry.names.push(entity.name)
      if (!seen.has(entity.key)) entry.articles += 1
      seen.add(entity.key)
      byKey.set(entity.key, entry)
    }
  }
  const floor = articles.length > 1 ? 2 : 1
  const kindRank: Record<string, number> = { party: 0, place: 1, person: 2, organization: 3 }
  return [...byKey.values()]
    .filter((entry) => entry.articles >= floor)
    .map((entry) => ({ ...entry, name: mostCommon(entry.names, (n) => n) as string }))
    .sort(
      (a, b) =>
        b.articles - a.articles ||
        (kindRank[a.kind] ?? 9) - (kindRank[b.kind] ?? 9) ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    )
    .map((entry) => entry.name)
}

/**
 * The place an event cluster's claims agree on: given by claims of at least two articles, and by
 * more than half of the claims that give a place. One claim's place (a background timeline entry
 * clustered with the day's event) never names the briefing.
 */
export function placeOf(event: ClaimCluster, claims: ReadonlyMap<string, Claim>): string | null {
  const byPlace = new Map<string, { claims: number; articles: Set<string> }>()
  let placed = 0
  for (const id of event.claims) {
    const claim = claims.get(id)
    if (claim?.kind !== 'event' || !claim.where) continue
    placed += 1
    const entry = byPlace.get(claim.where) ?? { claims: 0, articles: new Set<string>() }
    entry.claims += 1
    entry.articles.add(claim.provenance.article)
    byPlace.set(claim.where, entry)
  }
  const agreed = [...byPlace.entries()].filter(
    ([, entry]) => entry.articles.size >= 2 && entry.claims * 2 > placed,
  )
  return agreed[0]?.[0] ?? null
}

function named(label: string, name: string): boolean {
  const words = new Set(label.toLowerCase().match(/\p{L}+/gu) ?? [])
  return (name.toLowerCase().match(/\p{L}+/gu) ?? []).some(
    (word) => word.length > 2 && words.has(word),
  )
}

/** True when an event claim's date lies within `window` days of `date`. */
function near(claim: Claim | undefined, date: string, window: number): boolean {
  if (claim?.kind !== 'event' || !claim.when) return false
  const day = Date.parse(`${date}T00:00:00Z`)
  const start = Date.parse(`${claim.when.start}T00:00:00Z`)
  const end = Date.parse(`${claim.when.end}T00:00:00Z`)
  const ms = window * 86_400_000
  return end >= day - ms && start <= day + ms
}
