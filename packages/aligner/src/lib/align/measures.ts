import type { QuantityClaim } from '@parallax/schema'
import { namesUnit } from './cross-profile.js'
import { type ClaimFeatures, unitKey } from './features.js'

/** What a figure says happened to what it counts, beyond the unit ('people treated' → treat). */
function measuredWords(f: ClaimFeatures): string[] {
  const unit = unitKey((f.claim as QuantityClaim).unit) ?? ''
  return f.lemmas.filter((l) => !namesUnit(l, unit))
}

const disjoint = (a: readonly string[], b: readonly string[]) => !a.some((w) => b.includes(w))

/**
 * True when two figures of one cluster measure different things: each names what happened to
 * what it counts, and neither those words nor the words of their clauses share one ('83 people
 * treated in hospital' / 'eleven people have died'). Their difference is no conflict.
 */
export function differentMeasures(a: ClaimFeatures, b: ClaimFeatures): boolean {
  const wa = measuredWords(a)
  const wb = measuredWords(b)
  if (wa.length === 0 || wb.length === 0 || !disjoint(wa, wb)) return false
  return a.context.length > 0 && b.context.length > 0 && disjoint(a.context, b.context)
}
