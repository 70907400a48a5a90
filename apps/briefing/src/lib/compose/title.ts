import type { Article, Claim, ClaimCluster, Entity, Sentence } from '@parallax/schema'
import { sentenceOf } from './citations.js'
import { byWeight, capitalise, listPhrase, mostCommon } from './describe.js'

/**
 * A title as a headline gives it: the story's own event (`leadEvent`), where it happened, then
 * who took part. The event's label without its date or an opening figure; the place its claims
 * agree on (`placeOf`), else a place the event's own sentences name in two articles, else the
 * first name below when that is a place ('Sentence in Lisbon', 'Negotiations in Istanbul'); then
 * the (up to two) entities most articles name (`sharedEntities`) that the event's sentences or
 * participants also name (`eventEntities`), or that are parties (the sides of any story), never an outlet nor a dateline in capitals, that the
 * label does not already name ("Sentence in Lisbon: Tiago Sarmento and Pagaluz"); two parties come
 * first, joined by a dash, as a headline names the sides ("Russia–Ukraine talks in Geneva"). A name the story
 * never ties to its event (a judge's, a spokesperson's) stays out. Without an event cluster, the
 * entities most articles name; without either, the most common article title, else `Briefing`.
 */
export function deriveTitle(
  articles: readonly Article[],
  clusters: readonly ClaimCluster[],
  claims: ReadonlyMap<string, Claim>,
  date: string,
  window = 7,
): string {
  const event = leadEvent(clusters, claims, date, window)
  // Without its date, and without a figure that opens it ('magnitude 6.4 earthquake'): accounts
  // may dispute the figure, and the title should not take a side.
  const bare = event
    ? event.label
        .replace(/\s*\([^)]*\d{4}[^)]*\)\s*$/u, '')
        .replace(/^(?:\p{Ll}+\s+)?\d[\d.,]*(?:-\p{L}+)?\s+(?=\p{L})/u, '')
        .trim()
    : ''
  const byId = new Map(articles.map((article) => [article.id, article]))
  const tied = event ? eventEntities(event, claims, byId, date, window) : null
  // A label that does not say where ('sentence') says it when its claims agree on a place, else
  // when the event's own sentences name one place in two articles.
  let where = event ? placeOf(event, claims) : null
  if (event && !where)
    where =
      [...(tied ?? new Map())].find(
        ([, e]) => e.kind === 'place' && e.articles >= 2 && !isShouted(e.name),
      )?.[1].name ?? null
  // Story-wide names the event's sentences also name; no outlet (a wire's dateline credit).
  const outlets = new Set(articles.flatMap((a) => (a.outlet ? [a.outlet.toLowerCase()] : [])))
  const candidates = sharedEntities(articles).filter(
    (entity) =>
      (tied === null || tied.has(entity.key) || entity.kind === 'party') &&
      !outlets.has(entity.name.toLowerCase()) &&
      !isShouted(entity.name),
  )
  // Without a place of its own, the event takes the first name when that is a place.
  if (event && !where && candidates[0]?.kind === 'place') where = candidates[0].name
  const phrase = bare ? (where && !named(bare, where) ? `${bare} in ${where}` : bare) : ''
  const label = capitalise(phrase)
  const shown = candidates.filter((entity) => !named(label, entity.name)).slice(0, 2)
  const names = shown.map((entity) => entity.name)
  // Two sides of the story name the event as a headline does: 'Russia–Ukraine talks in Geneva'.
  if (phrase && shown.length === 2 && shown.every((entity) => entity.kind === 'party'))
    return `${names.join('–')} ${phrase}`
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
 * The story's own event: among the event clusters with a claim dated within `window` days of the
 * briefing date, the one that the most articles date to those days (`datedBy`), then the one with
 * the most independent reports, then `byWeight`; the best-ranked event of all when none is dated
 * so. A cluster that gathers one outlet's dated "talks" with other outlets' undated quotes and
 * digest entries of other months loses to the one several outlets date to the story's days. The
 * title names it and the bottom line opens on it.
 */
export function leadEvent(
  clusters: readonly ClaimCluster[],
  claims: ReadonlyMap<string, Claim>,
  date: string,
  window = 7,
): ClaimCluster | null {
  const events = clusters.filter((c) => c.kind === 'event').sort(byWeight)
  const dated = new Map(events.map((c) => [c.id, datedBy(c, claims, date, window)]))
  const recent = events
    .filter((c) => (dated.get(c.id) ?? 0) > 0)
    .sort(
      (a, b) =>
        (dated.get(b.id) ?? 0) - (dated.get(a.id) ?? 0) ||
        b.independent - a.independent ||
        byWeight(a, b),
    )
  return recent[0] ?? events[0] ?? null
}

/** How many articles give the cluster a claim dated within `window` days of `date`. */
function datedBy(
  cluster: ClaimCluster,
  claims: ReadonlyMap<string, Claim>,
  date: string,
  window: number,
): number {
  const articles = new Set<string>()
  for (const id of cluster.claims) {
    const claim = claims.get(id)
    if (claim && near(claim, date, window)) articles.add(claim.provenance.article)
  }
  return articles.size
}

/**
 * The entities that the sentences of an event's claims mention by name (not by a pronoun or a
 * role), or that its claims give as participants, by key, with how many articles do so. Claims
 * dated outside the briefing's window are left out.
 */
function eventEntities(
  event: ClaimCluster,
  claims: ReadonlyMap<string, Claim>,
  articles: ReadonlyMap<string, Article>,
  date: string,
  window: number,
): Map<string, { name: string; kind: string; articles: number }> {
  const byKey = new Map<string, { name: string; kind: string; articles: Set<string> }>()
  const add = (key: string, name: string, kind: string, article: string) => {
    const entry = byKey.get(key) ?? { name, kind, articles: new Set<string>() }
    entry.articles.add(article)
    byKey.set(key, entry)
  }
  for (const id of event.claims) {
    const claim = claims.get(id)
    const article = claim ? articles.get(claim.provenance.article) : undefined
    if (claim?.kind !== 'event' || !article) continue
    // A dated claim of another time (a digest's earlier entry clustered with the event) names
    // other people.
    if (claim.when && !near(claim, date, window)) continue
    for (const actor of claim.participants)
      if (actor.key) add(actor.key, actor.name, actor.key.split(':')[0] ?? '', article.id)
    for (const entity of namedIn(article, sentenceOf(article, claim)))
      add(entity.key, entity.name, entity.kind, article.id)
  }
  return new Map(
    [...byKey].map(([key, e]) => [key, { name: e.name, kind: e.kind, articles: e.articles.size }]),
  )
}

/** The entities a sentence of the article mentions by name (not by a pronoun or a role). */
function namedIn(article: Article, sentence: Sentence): Entity[] {
  const entities = new Map(article.annotations.entities.map((e) => [e.id, e]))
  const out: Entity[] = []
  for (const mention of article.annotations.mentions) {
    if (mention.span.start < sentence.span.start || mention.span.end > sentence.span.end) continue
    if (mention.form === 'pronoun' || mention.form === 'role') continue
    const entity = entities.get(mention.entity)
    if (entity) out.push(entity)
  }
  return out
}

/** A name in capitals throughout ('DUBLIN'): a wire's dateline, not how a headline names it. */
const isShouted = (name: string) => /\p{Lu}{3}/u.test(name) && !/\p{Ll}/u.test(name)

/**
 * Entity names ranked by how many articles name them (two at least, unless there is one article),
 * parties and places before people and organisations on ties, then by name.
 */
function sharedEntities(
  articles: readonly Article[],
): { key: string; name: string; kind: string }[] {
  const byKey = new Map<string, { key: string; names: string[]; articles: number; kind: string }>()
  for (const article of articles) {
    const seen = new Set<string>()
    for (const entity of article.annotations.entities) {
      const entry = byKey.get(entity.key) ?? {
        key: entity.key,
        names: [],
        articles: 0,
        kind: entity.kind,
      }
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
    .map(({ key, name, kind }) => ({ key, name, kind }))
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
