import type { Claim, ClaimCluster, Coverage, Source } from '@parallax/schema'
import { capitalise } from './describe.js'

/**
 * Which source covers which topic: claims counted per source and topic (`claim.topic`, else its
 * cluster's `topic`). The `max` topics with the most claims are kept (ties by key); every source
 * gets a cell per kept topic, zero included.
 */
export function composeCoverage(
  claims: readonly Claim[],
  clusters: readonly ClaimCluster[],
  sources: readonly Source[],
  max: number,
): Coverage {
  const clusterTopic = new Map<string, string>()
  for (const cluster of clusters)
    if (cluster.topic) for (const id of cluster.claims) clusterTopic.set(id, cluster.topic)
  const sourceOf = new Map(sources.map((source) => [source.article, source.id]))
  const counts = new Map<string, Map<string, number>>()
  const totals = new Map<string, number>()
  for (const claim of claims) {
    const topic = claim.topic ?? clusterTopic.get(claim.id)
    const source = sourceOf.get(claim.provenance.article)
    if (!topic || !source) continue
    const row = counts.get(topic) ?? new Map<string, number>()
    row.set(source, (row.get(source) ?? 0) + 1)
    counts.set(topic, row)
    totals.set(topic, (totals.get(topic) ?? 0) + 1)
  }
  const topics = [...totals.entries()]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, max)
    .map(([id]) => id)
  return {
    topics: topics.map((id) => ({ id, label: topicLabel(id) })),
    cells: sources.flatMap((source) =>
      topics.map((topic) => ({
        source: source.id,
        topic,
        count: counts.get(topic)?.get(source.id) ?? 0,
      })),
    ),
  }
}

/** `'security-guarantees'` → `'Security guarantees'`. */
export function topicLabel(key: string): string {
  return (
    capitalise(
      key
        .replace(/^[a-z]+:/, '')
        .replace(/[-_]+/g, ' ')
        .trim(),
    ) || key
  )
}
