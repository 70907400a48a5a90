import type { Alignment, Claim } from '@parallax/schema'
import { ratio } from './ratio.js'
import type { GoldMember, GoldSet, NonConflictReason } from './types.js'
import { NON_CONFLICT_REASONS } from './types.js'

/** One predicted conflict: a `ConflictDetail` of a cluster, as sides of claim ids. */
export interface PredictedConflict {
  readonly cluster: string
  readonly field: string
  readonly severity: 'hard' | 'soft' | null
  /** Claim id → index of the value it gives. */
  readonly side: ReadonlyMap<string, number>
  readonly values: readonly string[]
}

export interface ConflictScore {
  readonly gold: number
  /** Gold conflicts some predicted conflict separates (two members of different gold values). */
  readonly found: number
  /** …and with the gold severity. */
  readonly foundWithSeverity: number
  readonly predicted: number
  /** Predicted conflicts that separate the members of at least one gold conflict. */
  readonly correct: number
  readonly recall: number | null
  readonly severityRecall: number | null
  readonly precision: number | null
  readonly missed: readonly string[]
  readonly wrongSeverity: readonly string[]
  readonly falsePositives: ReadonlyArray<{ cluster: string; field: string; values: string[] }>
}

export interface FalseAlarmScore {
  readonly cases: number
  readonly flagged: number
  readonly ids: readonly string[]
}

/**
 * Every conflict the alignment states: each `ConflictDetail` of each cluster; a cluster with
 * relation `conflict` and no details counts as one conflict in which every claim is its own side.
 */
export function predictedConflicts(alignment: Alignment): PredictedConflict[] {
  const out: PredictedConflict[] = []
  for (const cluster of alignment.clusters) {
    const severity = cluster.severity ?? null
    if (cluster.conflicts && cluster.conflicts.length > 0) {
      for (const detail of cluster.conflicts) {
        const side = new Map<string, number>()
        detail.values.forEach((v, i) => {
          for (const id of v.claims) side.set(id, i)
        })
        out.push({
          cluster: cluster.id,
          field: detail.field,
          severity: detail.severity ?? severity,
          side,
          values: detail.values.map((v) => v.value),
        })
      }
    } else if (cluster.relation === 'conflict') {
      out.push({
        cluster: cluster.id,
        field: '?',
        severity,
        side: new Map(cluster.claims.map((id, i) => [id, i])),
        values: cluster.claims,
      })
    }
  }
  return out
}

type ClaimOf = (member: GoldMember) => Claim | null

/** Whether `conflict` puts the claims of `a` and `b` on different sides. */
function separates(conflict: PredictedConflict, a: Claim | null, b: Claim | null): boolean {
  if (!a || !b || a.id === b.id) return false
  const sa = conflict.side.get(a.id)
  const sb = conflict.side.get(b.id)
  return sa !== undefined && sb !== undefined && sa !== sb
}

export function scoreConflicts(
  gold: GoldSet,
  predicted: readonly PredictedConflict[],
  claimOf: ClaimOf,
): ConflictScore {
  const correct = new Set<PredictedConflict>()
  const missed: string[] = []
  const wrongSeverity: string[] = []
  let found = 0
  let foundWithSeverity = 0
  for (const g of gold.conflicts) {
    const finders = predicted.filter((p) =>
      g.members.some((a) =>
        g.members.some((b) => a.value !== b.value && separates(p, claimOf(a), claimOf(b))),
      ),
    )
    if (finders.length === 0) {
      missed.push(g.id)
      continue
    }
    found++
    for (const p of finders) correct.add(p)
    if (finders.some((p) => p.severity === g.severity)) foundWithSeverity++
    else wrongSeverity.push(g.id)
  }
  return {
    gold: gold.conflicts.length,
    found,
    foundWithSeverity,
    predicted: predicted.length,
    correct: correct.size,
    recall: ratio(found, gold.conflicts.length),
    severityRecall: ratio(foundWithSeverity, gold.conflicts.length),
    precision: ratio(correct.size, predicted.length),
    missed,
    wrongSeverity,
    falsePositives: predicted
      .filter((p) => !correct.has(p))
      .map((p) => ({ cluster: p.cluster, field: p.field, values: [...p.values] })),
  }
}

/** A non-conflict is falsely alarmed when some predicted conflict separates two of its members. */
export function scoreFalseAlarms(
  gold: GoldSet,
  predicted: readonly PredictedConflict[],
  claimOf: ClaimOf,
): Record<NonConflictReason, FalseAlarmScore> {
  const out = {} as Record<NonConflictReason, { cases: number; flagged: number; ids: string[] }>
  for (const why of NON_CONFLICT_REASONS) out[why] = { cases: 0, flagged: 0, ids: [] }
  for (const n of gold.nonConflicts) {
    const entry = out[n.why]
    entry.cases++
    const alarmed = predicted.some((p) =>
      n.members.some((a) => n.members.some((b) => separates(p, claimOf(a), claimOf(b)))),
    )
    if (alarmed) {
      entry.flagged++
      entry.ids.push(n.id)
    }
  }
  return out
}
