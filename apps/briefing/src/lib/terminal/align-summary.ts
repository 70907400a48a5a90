import type { Alignment, ClusterRelation, ConflictSeverity } from '@parallax/schema'

const RELATIONS: Record<ClusterRelation, true> = {
  agree: true,
  'variant-wording': true,
  conflict: true,
  unique: true,
}
const SEVERITIES: Record<ConflictSeverity, true> = { hard: true, soft: true }

/** One line: articles, claims, clusters by relation, conflicts by severity. */
export function alignSummary(alignment: Alignment): string {
  const relations = Object.keys(RELATIONS) as ClusterRelation[]
  const severities = Object.keys(SEVERITIES) as ConflictSeverity[]
  const count = <T>(values: readonly T[], value: T): number =>
    values.filter((v) => v === value).length
  const rel = alignment.clusters.map((c) => c.relation)
  const sev = alignment.clusters
    .filter((c) => c.relation === 'conflict')
    .map((c) => c.severity ?? 'hard')
  return (
    `${alignment.articles.length} articles, ${alignment.claims.length} claims, ` +
    `${alignment.clusters.length} clusters (${relations.map((r) => `${count(rel, r)} ${r}`).join(', ')}), ` +
    `${sev.length} conflicts (${severities.map((s) => `${count(sev, s)} ${s}`).join(', ')})`
  )
}
