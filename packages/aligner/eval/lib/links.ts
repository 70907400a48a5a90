import type { Claim, ClaimKind } from '@parallax/schema'
import { type Prf, prf } from './ratio.js'
import type { GoldSet, LocatedMember } from './types.js'
import { CLAIM_KINDS } from './types.js'

export interface LinkScore extends Prf {
  /** Pairs whose two members have this kind. */
  readonly byKind: Record<ClaimKind, Prf>
}

/**
 * Gold clusters: members of one group, conflict or non-conflict state one thing, so they join one
 * cluster; a mention named in several labels joins them all (union by mention key). Returns the
 * representative key of each mention.
 */
export function goldClusters(
  gold: GoldSet,
  located: ReadonlyMap<unknown, LocatedMember>,
): Map<string, string> {
  const parent = new Map<string, string>()
  const find = (key: string): string => {
    let root = key
    while (parent.get(root) !== root) root = parent.get(root)!
    let at = key
    while (at !== root) {
      const next = parent.get(at)!
      parent.set(at, root)
      at = next
    }
    return root
  }
  for (const m of located.values()) if (!parent.has(m.key)) parent.set(m.key, m.key)
  const keyOf = (member: object): string | undefined => located.get(member)?.key
  const unite = (members: readonly object[]): void => {
    const keys = members.map(keyOf).filter((k): k is string => k !== undefined)
    for (const k of keys.slice(1)) {
      const a = find(keys[0]!)
      const b = find(k)
      if (a === b) continue
      const [low, high] = a < b ? [a, b] : [b, a]
      parent.set(high, low)
    }
  }
  for (const g of gold.groups) unite(g.members)
  for (const c of gold.conflicts) unite(c.members)
  for (const n of gold.nonConflicts) unite(n.members)
  const out = new Map<string, string>()
  for (const key of parent.keys()) out.set(key, find(key))
  return out
}

/**
 * Pairwise same-claim links among labelled mentions of different files: a gold link joins two
 * mentions of one gold cluster; a predicted link joins two matched mentions whose claims share a
 * predicted cluster. An unmatched mention misses every gold link it has.
 */
export function scoreLinks(
  mentions: readonly LocatedMember[],
  cluster: ReadonlyMap<string, string>,
  matched: ReadonlyMap<string, Claim | null>,
  clustersOfClaim: ReadonlyMap<string, ReadonlySet<string>>,
): LinkScore {
  const counts = new Map<ClaimKind | 'all', { tp: number; fp: number; fn: number }>()
  for (const k of [...CLAIM_KINDS, 'all' as const]) counts.set(k, { tp: 0, fp: 0, fn: 0 })
  const sorted = [...mentions].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!
      if (a.file === b.file) continue
      const gold = cluster.get(a.key) === cluster.get(b.key)
      const predicted = linked(matched.get(a.key), matched.get(b.key), clustersOfClaim)
      if (!gold && !predicted) continue
      const outcome = gold && predicted ? 'tp' : predicted ? 'fp' : 'fn'
      counts.get('all')![outcome]++
      if (a.kind === b.kind) counts.get(a.kind)![outcome]++
    }
  }
  const of = (k: ClaimKind | 'all'): Prf => {
    const c = counts.get(k)!
    return prf(c.tp, c.fp, c.fn)
  }
  const byKind = Object.fromEntries(CLAIM_KINDS.map((k) => [k, of(k)])) as Record<ClaimKind, Prf>
  return { ...of('all'), byKind }
}

function linked(
  a: Claim | null | undefined,
  b: Claim | null | undefined,
  clustersOfClaim: ReadonlyMap<string, ReadonlySet<string>>,
): boolean {
  if (!a || !b) return false
  const ca = clustersOfClaim.get(a.id)
  const cb = clustersOfClaim.get(b.id)
  if (!ca || !cb) return false
  for (const id of ca) if (cb.has(id)) return true
  return false
}
