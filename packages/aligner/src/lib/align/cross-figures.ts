import type { ConflictDetail, QuantityClaim } from '@parallax/schema'
import { matchLemmas } from '../lexical/compare.js'
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
import { unitKey } from './features.js'
import { scopeOf } from './scope.js'
import { dateRelation, figuresCompatible, showFigure, within } from './values.js'

/** Outlets that disagree on one figure disagree within a factor of a few ('3,500' / '5,300'). */
const NEAR = 3

/**
 * Value and scope conflicts across clusters of figures of one fact ('about 120,000 packs' /
 * 'some 210,000 packs' withdrawn): see `crossClusterConflicts`. Each conflict sits with the
 * smaller of its two clusters.
 */
export function figureConflicts(
  features: readonly ClaimFeatures[],
  clusters: ReadonlyArray<{ readonly members: readonly number[] }>,
  options: Readonly<CrossClusterOptions>,
): CrossConflict[] {
  const keyed: Array<{ profile: Profile; keys: string[] }> = []
  clusters.forEach((c, i) => {
    const members = c.members
      .map((m) => features[m]!)
      .filter((f) => f.claim.kind === 'quantity' && !f.claim.expected)
    if (members.length === 0) return
    const p = profile(i, members)
    const units = [...new Set(members.map((m) => unitKey((m.claim as QuantityClaim).unit) ?? '-'))]
    keyed.push({ profile: p, keys: units.flatMap((u) => p.lemmas.map((l) => `${u}|${l}`)) })
  })
  const candidates: Array<{ a: Profile; b: Profile; weight: number; shared: string[] }> = []
  for (const [a, b] of blockedPairs(keyed, options)) {
    const m = sameFigureFact(a, b, options)
    if (m) candidates.push({ a, b, ...m })
  }
  return mutualBest(candidates).flatMap(({ a, b, shared }) => {
    const detail = figureDetail(a, b, shared)
    return [{ claim: hostOf(a, b).members[0]!.claim.id, detail }]
  })
}

/** The evidence that two clusters of figures state one fact with incompatible values, or null. */
function sameFigureFact(
  a: Profile,
  b: Profile,
  options: Readonly<CrossClusterOptions>,
): { weight: number; shared: string[] } | null {
  if (!disjointSets(a.articles, b.articles)) return null
  if (a.days.size && b.days.size && disjointSets(a.days, b.days) && (a.running || b.running))
    return null
  // One unit in common (an outlet may count '120,000 units' where others count packs).
  let sameUnit = false
  for (const x of a.members)
    for (const y of b.members) {
      const cx = x.claim as QuantityClaim
      const cy = y.claim as QuantityClaim
      if (unitKey(cx.unit) === unitKey(cy.unit)) sameUnit = true
      if (figuresCompatible(cx, cy) || !within(cx.value, cy.value, NEAR)) return null
      if (x.when && y.when && dateRelation(x.when, y.when) === 'disjoint') return null
      if (x.day !== null && y.day !== null && x.day !== y.day) return null
    }
  if (!sameUnit) return null
  const m = matchLemmas(a.lemmas, b.lemmas, options.lexical)
  if (m.weight < 1) return null
  return {
    weight: m.weight,
    shared: [...m.exact, ...m.soft.map(([x, y]) => `${x} ~ ${y}`)],
  }
}

function figureDetail(a: Profile, b: Profile, shared: readonly string[]): ConflictDetail {
  const scoped = (p: Profile) =>
    p.members.flatMap((m) => {
      const s = scopeOf(m.claim as QuantityClaim)
      return s ? [s] : []
    })
  const sa = scoped(a)
  const sb = scoped(b)
  const scope = sa.length > 0 && sb.length > 0 && sa.every((s) => !sb.includes(s))
  const values = sidesOf([a, b], (m) => {
    const c = m.claim as QuantityClaim
    const s = scope ? scopeOf(c) : null
    return { key: `${c.hedge ?? ''}${c.value}`, value: s ? `${showFigure(c)} ${s}` : showFigure(c) }
  })
  return {
    field: scope ? 'scope' : 'value',
    severity: scope ? 'soft' : 'hard',
    values,
    explanation: `${scope ? 'one figure given at different scopes' : 'different figures for one fact'} by outlets whose figures were not linked (shared words: ${shared.join(', ')})`,
  }
}
