import type { ConflictDetail } from '@parallax/schema'
import { type ClaimFeatures, datedToItsDay, unitKey } from './features.js'
import type { ResolvedAlignOptions } from './options.js'

/** One conflict found across two clusters, hosted by the cluster of `claim`. */
export interface CrossConflict {
  readonly claim: string
  readonly detail: ConflictDetail
}

/** Options of `crossClusterConflicts`. */
export interface CrossClusterOptions {
  /** Lexical signals used to compare what two clusters measure. */
  readonly lexical: ResolvedAlignOptions['lexical']
  /**
   * Largest block of clusters compared in full; a larger block (a common unit and word) pairs
   * each cluster with its `window` neighbours only, so the cost stays near-linear.
   * @default 48
   */
  readonly blockCap?: number
  /** Neighbours compared in an oversized block. @default 12 */
  readonly window?: number
}

/** Words of a clause that say nothing about what is measured ('according to', 'said'). */
const WEAK = new Set(['say', 'accord', 'tell', 'report', 'add', 'more than', 'less than'])

/**
 * A figure that changes as time passes ('rose to 13', 'had reached 15,000', 'so far'): another
 * day's article giving another figure reports a change, not a conflict.
 */
const CHANGE =
  /\b(?:rose|risen|rises|climbed|reached|grew|grown|increased|jumped|fell|fallen|dropped|so far|by now|now stands)\b/i

/** What a cluster states, as the cross-cluster pass compares it. */
export interface Profile {
  readonly index: number
  readonly members: readonly ClaimFeatures[]
  /** What the members measure or describe: content lemmas beyond the unit and weak words. */
  readonly lemmas: readonly string[]
  readonly articles: ReadonlySet<string>
  readonly days: ReadonlySet<string>
  readonly running: boolean
}

export function profile(index: number, members: readonly ClaimFeatures[]): Profile {
  const lemmas = new Set<string>()
  for (const m of members) {
    const unit = m.claim.kind === 'quantity' ? (unitKey(m.claim.unit) ?? '') : ''
    for (const l of m.lemmas) if (!WEAK.has(l) && !namesUnit(l, unit)) lemmas.add(l)
    for (const l of m.context) if (!WEAK.has(l)) lemmas.add(l)
  }
  const days = new Set<string>()
  for (const m of members) if (m.published) days.add(m.published)
  return {
    index,
    members,
    lemmas: [...lemmas].sort(),
    articles: new Set(members.map((m) => m.article)),
    days,
    running: members.some((m) => m.asOf || CHANGE.test(m.claim.text) || datedToItsDay(m)),
  }
}

/** True when a lemma only names the unit (`people` for person). */
export function namesUnit(lemma: string, unit: string): boolean {
  return lemma === unit || lemma === `${unit}s` || (unit === 'person' && lemma === 'people')
}

/** Profiles by each of their block keys. */
function blocksOf(
  keyed: ReadonlyArray<{ profile: Profile; keys: readonly string[] }>,
): Map<string, Profile[]> {
  const blocks = new Map<string, Profile[]>()
  for (const { profile: p, keys } of keyed)
    for (const k of keys) {
      const list = blocks.get(k)
      if (list) list.push(p)
      else blocks.set(k, [p])
    }
  return blocks
}

/** Pairs of profiles sharing a block key, near-linear (see `CrossClusterOptions`). */
export function blockedPairs(
  keyed: ReadonlyArray<{ profile: Profile; keys: readonly string[] }>,
  options: Readonly<CrossClusterOptions>,
): Array<[Profile, Profile]> {
  const cap = options.blockCap ?? 48
  const window = options.window ?? 12
  const blocks = blocksOf(keyed)
  const seen = new Set<string>()
  const pairs: Array<[Profile, Profile]> = []
  for (const key of [...blocks.keys()].sort()) {
    const list = blocks.get(key)!
    const reach = list.length <= cap ? list.length : window
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j <= i + reach && j < list.length; j++) {
        const [a, b] = list[i]!.index < list[j]!.index ? [list[i]!, list[j]!] : [list[j]!, list[i]!]
        const id = `${a.index}|${b.index}`
        if (seen.has(id)) continue
        seen.add(id)
        pairs.push([a, b])
      }
  }
  return pairs.sort((p, q) => p[0].index - q[0].index || p[1].index - q[1].index)
}

export function disjointSets<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  for (const x of a) if (b.has(x)) return false
  return true
}

/** Keeps each candidate whose two clusters are each other's best partner (ties: none kept). */
export function mutualBest<T extends { a: Profile; b: Profile; weight: number }>(
  list: readonly T[],
): T[] {
  const best = new Map<number, { weight: number; tied: boolean; pick: T }>()
  const offer = (p: Profile, c: T) => {
    const cur = best.get(p.index)
    if (!cur || c.weight > cur.weight) best.set(p.index, { weight: c.weight, tied: false, pick: c })
    else if (c.weight === cur.weight) cur.tied = true
  }
  for (const c of list) {
    offer(c.a, c)
    offer(c.b, c)
  }
  return list.filter((c) => {
    const x = best.get(c.a.index)!
    const y = best.get(c.b.index)!
    return x.pick === c && y.pick === c && !x.tied && !y.tied
  })
}

/** The cluster of two that hosts the conflict found across them: the smaller, else `a`. */
export function hostOf(a: Profile, b: Profile): Profile {
  return a.members.length <= b.members.length ? a : b
}

/**
 * The sides of a conflict across clusters: each cluster's members grouped by `side` (a key and
 * the value shown for it), the first cluster's sides first, each in member order.
 */
export function sidesOf(
  profiles: readonly Profile[],
  side: (m: ClaimFeatures) => { key: string; value: string },
): ConflictDetail['values'] {
  const values: ConflictDetail['values'] = []
  for (const p of profiles) {
    const byKey = new Map<string, { value: string; claims: string[] }>()
    for (const m of p.members) {
      const { key, value } = side(m)
      const entry = byKey.get(key) ?? { value, claims: [] }
      entry.claims.push(m.claim.id)
      byKey.set(key, entry)
    }
    for (const v of byKey.values()) values.push(v)
  }
  return values
}
