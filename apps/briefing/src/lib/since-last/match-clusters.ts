import type { Alignment, Claim, ClaimCluster } from '@parallax/schema'
import { foldedWords } from '../fold-words.js'

/** Options of `matchClusters`. */
export interface MatchOptions {
  /** Least Jaccard similarity of content words for two clusters to be one statement. Default `0.4`. */
  readonly threshold?: number | null
}

/** What a cluster is about, as content: its kind, the keys of who or what, and its words. */
export interface ClusterContent {
  readonly kind: ClaimCluster['kind']
  readonly keys: ReadonlySet<string>
  readonly words: ReadonlySet<string>
}

const STOP = new Set(
  'the and for that with from this have has had was were are but not its their they them his her said says will would could been about into over than after before more also which who what when where while there these those other some such only just very our out all any can one two new'.split(
    ' ',
  ),
)

/** Lower-case content words (three letters or more, accents folded, common words left out). */
export function contentWords(text: string): string[] {
  return foldedWords(text).filter((w) => (w.length >= 3 || /\d/.test(w)) && !STOP.has(w))
}

/** The key of who or what a claim is about, when it names one. */
function claimKey(claim: Claim): string | null {
  const actor =
    claim.kind === 'quote'
      ? claim.speaker
      : claim.kind === 'position'
        ? claim.party
        : claim.kind === 'characterisation'
          ? claim.by
          : null
  if (!actor) return null
  return actor.key ?? `name:${contentWords(actor.name).join(' ')}`
}

/** The words that say what a claim states, without its framing sentence where the kind has a core. */
function claimCore(claim: Claim): string {
  switch (claim.kind) {
    case 'quote':
      return claim.quote
    case 'quantity':
      return `${claim.subject} ${claim.unit ?? ''}`
    case 'event':
      return `${claim.event} ${claim.where ?? ''}`
    case 'position':
      return claim.object
    case 'characterisation':
      return `${claim.subject} ${claim.descriptors.join(' ')}`
  }
}

/** A cluster's content, from its member claims. */
export function clusterContent(
  cluster: ClaimCluster,
  claims: ReadonlyMap<string, Claim>,
): ClusterContent {
  const keys = new Set<string>()
  const words = new Set<string>()
  for (const id of cluster.claims) {
    const claim = claims.get(id)
    if (!claim) continue
    const key = claimKey(claim)
    if (key) keys.add(key)
    for (const w of contentWords(claimCore(claim))) words.add(w)
  }
  if (words.size === 0) for (const w of contentWords(cluster.label)) words.add(w)
  return { kind: cluster.kind, keys, words }
}

/** How alike two clusters' contents are: 0 unless the kinds match and the keys (when both have some) meet. */
export function contentSimilarity(a: ClusterContent, b: ClusterContent): number {
  if (a.kind !== b.kind) return 0
  if (a.keys.size > 0 && b.keys.size > 0 && ![...a.keys].some((k) => b.keys.has(k))) return 0
  let common = 0
  for (const w of a.words) if (b.words.has(w)) common++
  const union = a.words.size + b.words.size - common
  return union === 0 ? 0 : common / union
}

/**
 * Pairs each current cluster with the previous run's cluster that states the same thing, matched
 * by content (kind, speaker/party keys, words), never by id: ids are per run. One-to-one, best
 * pairs first (ties by position). Returns current cluster id → previous cluster.
 */
export function matchClusters(
  previous: Alignment,
  current: Alignment,
  options: MatchOptions = {},
): Map<string, ClaimCluster> {
  const threshold = options.threshold ?? 0.4
  const prevClaims = new Map(previous.claims.map((c) => [c.id, c]))
  const curClaims = new Map(current.claims.map((c) => [c.id, c]))
  const prev = previous.clusters.map((c) => clusterContent(c, prevClaims))
  const cur = current.clusters.map((c) => clusterContent(c, curClaims))
  const byWord = new Map<string, number[]>()
  prev.forEach((content, j) => {
    for (const w of content.words) byWord.set(w, [...(byWord.get(w) ?? []), j])
  })
  const pairs: Array<{ i: number; j: number; score: number }> = []
  cur.forEach((content, i) => {
    const candidates = new Set<number>()
    for (const w of content.words) for (const j of byWord.get(w) ?? []) candidates.add(j)
    for (const j of candidates) {
      const score = contentSimilarity(content, prev[j] as ClusterContent)
      if (score >= threshold) pairs.push({ i, j, score })
    }
  })
  pairs.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j)
  const usedPrev = new Set<number>()
  const out = new Map<string, ClaimCluster>()
  for (const { i, j } of pairs) {
    const cluster = current.clusters[i] as ClaimCluster
    if (usedPrev.has(j) || out.has(cluster.id)) continue
    usedPrev.add(j)
    out.set(cluster.id, previous.clusters[j] as ClaimCluster)
  }
  return out
}
