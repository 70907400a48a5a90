import type { QuantityClaim } from '@parallax/schema'
import { type ClaimFeatures, isUnitWord, sameUnit, unitKey } from './features.js'

/** The unit's head word: 'percentage point' → point. */
const head = (unit: string) => unit.split(/\s+/).pop()!

/** True when `unit` is a word of what `f`'s sentence says about its own figure. */
function names(f: ClaimFeatures, unit: string): boolean {
  const has = (l: string) => isUnitWord(l, unit)
  return f.lemmas.some(has) || f.context.some(has)
}

/**
 * Whether two figures are given in units of one thing, so that their values compare:
 * - the same unit, or WordNet synonyms (`sameUnit`);
 * - one figure's unit is what the other's sentence counts or measures, as outlets pick a
 *   different word for the unit ('a magnitude 6.1 quake' / 'a 6.1-magnitude quake';
 *   '60 people injured' / 'more than 70 injured');
 * - one value in units with one head word ('a quarter point' / 'a quarter of a percentage
 *   point');
 * - one distinctive value (not a whole number up to twelve) counted in two nouns (`countable`:
 *   not measures or money; people in general and residents are one count), when their clauses
 *   share a word ('14 products recalled' / 'fourteen of its cheeses
 *   recalled'): `clauseShared` says whether they do.
 */
export function unitsAgree(
  a: ClaimFeatures & { claim: QuantityClaim },
  b: ClaimFeatures & { claim: QuantityClaim },
  clauseShared: () => boolean,
  countable: (unit: string) => boolean,
): boolean {
  if (sameUnit(a.claim.unit, b.claim.unit)) return true
  const ua = unitKey(a.claim.unit)
  const ub = unitKey(b.claim.unit)
  // Units with one head word ('point', 'percentage point') may differ in scale ('basis
  // point'): they compare only when the value is the same.
  const same = a.claim.value === b.claim.value
  if (ua && ub && head(ua) === head(ub)) return same
  if ((ua && names(b, ua)) || (ub && names(a, ub))) return true
  if (!ua || !ub) return false
  return (
    same &&
    (!Number.isInteger(a.claim.value) || Math.abs(a.claim.value) > 12) &&
    (countable(ua) || ua === 'person') &&
    (countable(ub) || ub === 'person') &&
    clauseShared()
  )
}
