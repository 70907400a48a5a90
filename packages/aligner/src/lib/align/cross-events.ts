import {
  blockedPairs,
  type CrossClusterOptions,
  type CrossConflict,
  disjointSets,
  hostOf,
  mutualBest,
  type Profile,
  profile,
  sidesOf,
} from './cross-profile.js'
import type { ClaimFeatures } from './features.js'
import { dateRelation, showRange } from './values.js'

/**
 * An event said to be the only one of its kind up to now ('was last inspected in November',
 * 'the previous rate cut', 'most recently met'): another date for it is a conflict, where two
 * dates of an ordinary event ('talks in January', 'talks in February') are two events. 'Last'
 * before a word of time ('last week', 'last Monday') dates, it does not single out.
 */
const SINGULAR =
  /\b(?:last|latest|previous|previously|most\s+recent|most\s+recently)\s+(?!(?:week|weekend|month|year|night|time|season|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b)\p{L}/iu

/**
 * Date conflicts across clusters of one event that each singles out as the latest ('was last
 * inspected in November' / '… in September'): see `crossClusterConflicts`.
 */
export function eventConflicts(
  features: readonly ClaimFeatures[],
  clusters: ReadonlyArray<{ readonly members: readonly number[] }>,
  options: Readonly<CrossClusterOptions>,
): CrossConflict[] {
  const keyed: Array<{ profile: Profile; keys: string[] }> = []
  clusters.forEach((c, i) => {
    const members = c.members.map((m) => features[m]!)
    if (members.some((m) => m.claim.kind !== 'event')) return
    const singled = members.filter((m) => m.when && SINGULAR.test(m.claim.text))
    if (singled.length === 0) return
    const words = [...new Set(singled.flatMap((m) => m.lemmas))].sort()
    if (words.length === 0) return
    keyed.push({ profile: { ...profile(i, singled), lemmas: words }, keys: [words.join(' ')] })
  })
  const out: CrossConflict[] = []
  const pairs = blockedPairs(keyed, options).filter(([a, b]) => {
    if (!disjointSets(a.articles, b.articles)) return false
    return a.members.every((x) =>
      b.members.every((y) => dateRelation(x.when!, y.when!) === 'disjoint'),
    )
  })
  for (const { a, b } of mutualBest(pairs.map(([a, b]) => ({ a, b, weight: 1 })))) {
    const values = sidesOf([a, b], (m) => {
      const shown = showRange(m.when!)
      return { key: shown, value: shown }
    })
    const host = hostOf(a, b)
    out.push({
      claim: host.members[0]!.claim.id,
      detail: {
        field: 'when',
        severity: 'hard',
        values,
        explanation: `different dates for the one ${a.lemmas.join(' ')} each outlet calls the latest`,
      },
    })
  }
  return out
}
