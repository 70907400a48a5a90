import type { ClaimFeatures } from './features.js'
import type { ResolvedAlignOptions } from './options.js'
import { restates } from './restate.js'
import { type PairScore, scorePair } from './score.js'

/** A group of claim indices with the evidence of the links that joined them. */
export interface RawCluster {
  readonly members: number[]
  readonly reasons: string[]
  /** Members that left because they were not close to the medoid. */
  readonly ejected: boolean
}

const MEDOID_EXACT = 40

/**
 * Clusters from scored candidate pairs. Links are taken strongest first (ties by claim order,
 * which is input-order independent); two clusters merge only when their representatives also
 * score at the `medoid` threshold, the bar every member must clear against its cluster's medoid
 * (no chaining through an intermediate claim that shares nothing with the rest) or one claim holds
 * both representatives' words whole (a merged wording), and, except for
 * positions, when they share no article or that article's claims restate one fact. Then every member is checked against its cluster's
 * medoid; one below `medoid` leaves as a singleton.
 */
export function clusterClaims(
  features: readonly ClaimFeatures[],
  pairs: ReadonlyArray<[number, number]>,
  options: ResolvedAlignOptions,
): RawCluster[] {
  const cache = new Map<number, PairScore>()
  const n = features.length
  const score = (a: number, b: number): PairScore => {
    const key = a < b ? a * n + b : b * n + a
    let s = cache.get(key)
    if (!s) {
      s = scorePair(features[a]!, features[b]!, options, false)
      cache.set(key, s)
    }
    return s
  }
  const edges: Array<{ a: number; b: number; s: PairScore }> = []
  for (const [a, b] of pairs) {
    // not cached: most candidates are scored once; the cache serves representative and medoid checks
    const s = scorePair(features[a]!, features[b]!, options, false)
    if (s.score >= options.link) edges.push({ a, b, s })
  }
  // Strongest evidence first (the uncapped score); on a tie, the pair with more dated claims (an
  // article's dated mention of an event is the one to compare with other outlets' dates).
  const dated = (e: { a: number; b: number }) =>
    (features[e.a]!.when ? 1 : 0) + (features[e.b]!.when ? 1 : 0)
  edges.sort(
    (p, q) =>
      (q.s.raw ?? q.s.score) - (p.s.raw ?? p.s.score) ||
      dated(q) - dated(p) ||
      p.a - q.a ||
      p.b - q.b,
  )

  const parent = features.map((_, i) => i)
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!
      i = parent[i]!
    }
    return i
  }
  const members = new Map<number, number[]>(features.map((_, i) => [i, [i]]))
  const rep = new Map<number, number>(features.map((_, i) => [i, i]))
  // Each cluster's members by article (for the shared-article check), kept per root.
  const articles = new Map<number, Map<string, number[]>>()
  const articlesOf = (root: number) => {
    let s = articles.get(root)
    if (!s) {
      s = new Map()
      for (const i of members.get(root)!) {
        const list = s.get(features[i]!.article)
        if (list) list.push(i)
        else s.set(features[i]!.article, [i])
      }
      articles.set(root, s)
    }
    return s
  }
  const reasons = new Map<number, Map<string, number>>()
  // Two clusters that share an article merge only when that article's claims in one restate its
  // claims in the other (one fact told twice); otherwise the article would confirm itself.
  const restatedOnly = (ra: number, rb: number): boolean => {
    const sa = articlesOf(ra)
    const sb = articlesOf(rb)
    const [small, big] = sa.size < sb.size ? [sa, sb] : [sb, sa]
    for (const [x, mine] of small) {
      const theirs = big.get(x)
      if (!theirs) continue
      for (const i of mine)
        for (const j of theirs) if (!restates(features[i]!, features[j]!, options)) return false
    }
    return true
  }
  for (const { a, b } of edges) {
    const ra = find(a)
    const rb = find(b)
    if (ra === rb) continue
    const repA = rep.get(ra)!
    const repB = rep.get(rb)!
    // Representatives of one article agree when they restate one fact.
    const repsAgree =
      features[repA]!.article === features[repB]!.article
        ? restates(features[repA]!, features[repB]!, options)
        : score(repA, repB).score >= options.medoid
    if ((repA !== a || repB !== b) && !repsAgree) {
      // The representatives differ, unless one claim holds both whole: a merged wording.
      const holds = (m: number, rep: number) =>
        m === rep ||
        (score(m, rep).contains === true &&
          features[m]!.lemmas.length >= features[rep]!.lemmas.length)
      if (![a, b].some((m) => holds(m, repA) && holds(m, repB))) continue
    }
    if (features[a]!.claim.kind !== 'position' && !restatedOnly(ra, rb)) continue
    const ma = members.get(ra)!
    const mb = members.get(rb)!
    const [root, child] =
      ma.length > mb.length || (ma.length === mb.length && ra < rb) ? [ra, rb] : [rb, ra]
    const merged = articlesOf(root)
    for (const [x, list] of articlesOf(child)) {
      const into = merged.get(x)
      if (into) for (const i of list) into.push(i)
      else merged.set(x, list)
    }
    articles.delete(child)
    parent[child] = root
    const into = members.get(root)!
    for (const m of members.get(child)!) into.push(m)
    members.delete(child)
    const counts = reasons.get(root) ?? new Map<string, number>()
    for (const [r, n] of reasons.get(child) ?? []) counts.set(r, (counts.get(r) ?? 0) + n)
    for (const r of scorePair(features[a]!, features[b]!, options).reasons) {
      counts.set(r, (counts.get(r) ?? 0) + 1)
    }
    reasons.set(root, counts)
    reasons.delete(child)
  }

  const out: RawCluster[] = []
  for (const [root, list] of members) {
    list.sort((x, y) => x - y)
    const top = [...(reasons.get(root) ?? [])]
      .sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1))
      .slice(0, 5)
      .map(([r]) => r)
    if (list.length <= 2) {
      out.push({ members: list, reasons: top, ejected: false })
      continue
    }
    const medoid = medoidOf(list, rep.get(root)!, score)
    const keep: number[] = []
    for (const i of list) {
      if (i === medoid || score(i, medoid).score >= options.medoid) keep.push(i)
      else out.push({ members: [i], reasons: [], ejected: true })
    }
    out.push({ members: keep, reasons: top, ejected: false })
  }
  return out
}

function medoidOf(
  list: readonly number[],
  fallback: number,
  score: (a: number, b: number) => PairScore,
) {
  if (list.length > MEDOID_EXACT) return fallback
  let best = list[0]!
  let bestSum = -1
  for (const i of list) {
    let sum = 0
    for (const j of list) if (i !== j) sum += score(i, j).score
    if (sum > bestSum + 1e-12) {
      best = i
      bestSum = sum
    }
  }
  return best
}
