import type { Alignment, Claim, ClaimCluster } from '@parallax/schema'
import { ratio } from './ratio.js'
import type { GoldMember, GoldSet } from './types.js'

export interface ExclusiveScore {
  readonly gold: number
  /** Exclusives whose claim sits in a cluster marked `unique` or counted as one independent report. */
  readonly recalled: number
  readonly recall: number | null
  readonly missed: readonly string[]
}

/**
 * An exclusive is recalled when its matched claim sits in a cluster with relation `unique` or
 * `independent === 1`. An unmatched claim, or one in no cluster, is missed.
 */
export function scoreExclusives(
  gold: GoldSet,
  claimOf: (member: GoldMember) => Claim | null,
  clustersOfClaim: ReadonlyMap<string, readonly ClaimCluster[]>,
): ExclusiveScore {
  const missed: string[] = []
  let recalled = 0
  for (const member of gold.exclusives) {
    const claim = claimOf(member)
    const clusters = claim ? (clustersOfClaim.get(claim.id) ?? []) : []
    if (clusters.some((c) => c.relation === 'unique' || c.independent === 1)) recalled++
    else missed.push(`${member.file}: ${member.anchor}`)
  }
  return {
    gold: gold.exclusives.length,
    recalled,
    recall: ratio(recalled, gold.exclusives.length),
    missed,
  }
}

export interface ReportScore {
  /** Pairs of files labelled as one independent report (shared agency copy). */
  readonly goldPairs: number
  /** Pairs of files the alignment puts in one report. */
  readonly predictedPairs: number
  readonly correctPairs: number
  readonly precision: number | null
  readonly recall: number | null
  readonly digests: number
  /** Digests whose report is marked `digest: true`. */
  readonly digestsFlagged: number
}

/** Independent reports as pairs of files, and whether each labelled digest is marked as one. */
export function scoreReports(
  gold: GoldSet,
  articleIds: ReadonlyMap<string, string>,
  alignment: Alignment,
): ReportScore {
  const reportOf = new Map<string, string>()
  const digestReport = new Set<string>()
  for (const report of alignment.reports) {
    for (const article of report.articles) reportOf.set(article, report.id)
    if (report.digest) digestReport.add(report.id)
  }
  const goldPair = new Set<string>()
  for (const files of gold.independent) {
    for (const a of files) for (const b of files) if (a < b) goldPair.add(`${a}\u0000${b}`)
  }
  const files = [...articleIds.keys()].sort()
  let predictedPairs = 0
  let correctPairs = 0
  for (const a of files) {
    for (const b of files) {
      if (a >= b) continue
      const ra = reportOf.get(articleIds.get(a)!)
      if (ra === undefined || ra !== reportOf.get(articleIds.get(b)!)) continue
      predictedPairs++
      if (goldPair.has(`${a}\u0000${b}`)) correctPairs++
    }
  }
  const digestsFlagged = gold.digests.filter((file) => {
    const id = articleIds.get(file)
    const report = id ? reportOf.get(id) : undefined
    return report !== undefined && digestReport.has(report)
  }).length
  return {
    goldPairs: goldPair.size,
    predictedPairs,
    correctPairs,
    precision: ratio(correctPairs, predictedPairs),
    recall: ratio(correctPairs, goldPair.size),
    digests: gold.digests.length,
    digestsFlagged,
  }
}
