import type { Alignment, Claim, ClaimCluster } from '@parallax/schema'
import { locateMembers } from './lib/anchors.js'
import {
  type ConflictScore,
  type FalseAlarmScore,
  predictedConflicts,
  scoreConflicts,
  scoreFalseAlarms,
} from './lib/conflicts.js'
import {
  type ExclusiveScore,
  type ReportScore,
  scoreExclusives,
  scoreReports,
} from './lib/coverage.js'
import { goldClusters, type LinkScore, scoreLinks } from './lib/links.js'
import { matchMentions } from './lib/match.js'
import type { GoldMember, GoldSet, LocatedMember, NonConflictReason } from './lib/types.js'

export interface ScoreInput {
  /** The set's labels (`readLabels`). */
  readonly gold: GoldSet
  /** File name (as the labels write it) → the source text its claim spans index. */
  readonly texts: ReadonlyMap<string, string>
  /** File name → article id, for the files that gave an article. */
  readonly articleIds: ReadonlyMap<string, string>
  /** The aligner's output over exactly these articles. */
  readonly alignment: Alignment
}

export interface SetScore {
  readonly set: string
  readonly articles: number
  readonly claims: number
  readonly clusters: number
  /** Labelled mentions (distinct file, kind and anchor position) and how many found a claim. */
  readonly mentions: {
    readonly labelled: number
    readonly matched: number
    readonly unmatched: ReadonlyArray<{ file: string; kind: string; anchor: string }>
  }
  readonly links: LinkScore
  readonly conflicts: ConflictScore
  readonly falseAlarms: Record<NonConflictReason, FalseAlarmScore>
  readonly exclusives: ExclusiveScore
  readonly reports: ReportScore
}

/**
 * Scores one alignment against a set's gold labels. Pure: the same input gives the same output.
 * Throws when an anchor is missing from its file or occurs more than once there (the message names
 * the file and the anchor).
 */
export function scoreSet(input: ScoreInput): SetScore {
  const { gold, texts, articleIds, alignment } = input
  const located = locateMembers(gold, texts)
  const mentions = distinctMentions(located.values())
  const matched = matchMentions(mentions, articleIds, alignment.claims)
  const claimOf = (member: GoldMember): Claim | null => {
    const key = located.get(member)?.key
    return key === undefined ? null : (matched.get(key) ?? null)
  }

  const clustersOfClaim = new Map<string, ClaimCluster[]>()
  for (const cluster of alignment.clusters) {
    for (const id of cluster.claims) {
      const list = clustersOfClaim.get(id)
      if (list) list.push(cluster)
      else clustersOfClaim.set(id, [cluster])
    }
  }
  const clusterIds = new Map(
    [...clustersOfClaim].map(([id, cs]) => [id, new Set(cs.map((c) => c.id))] as const),
  )

  const predicted = predictedConflicts(alignment)
  const unmatched = mentions
    .filter((m) => matched.get(m.key) === null)
    .map((m) => ({ file: m.file, kind: m.kind, anchor: m.anchor }))
  return {
    set: gold.set,
    articles: alignment.articles.length,
    claims: alignment.claims.length,
    clusters: alignment.clusters.length,
    mentions: { labelled: mentions.length, matched: mentions.length - unmatched.length, unmatched },
    links: scoreLinks(mentions, goldClusters(gold, located), matched, clusterIds),
    conflicts: scoreConflicts(gold, predicted, claimOf),
    falseAlarms: scoreFalseAlarms(gold, predicted, claimOf),
    exclusives: scoreExclusives(gold, claimOf, clustersOfClaim),
    reports: scoreReports(gold, articleIds, alignment),
  }
}

/** One entry per mention key, sorted by file, then position, then kind. */
function distinctMentions(located: Iterable<LocatedMember>): LocatedMember[] {
  const byKey = new Map<string, LocatedMember>()
  for (const m of located) if (!byKey.has(m.key)) byKey.set(m.key, m)
  return [...byKey.values()].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.span.start - b.span.start ||
      (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0),
  )
}
