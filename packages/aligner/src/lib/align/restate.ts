import { matchLemmas } from '../lexical/compare.js'
import { type ClaimFeatures, sameUnit } from './features.js'
import type { ResolvedAlignOptions } from './options.js'
import { scorePair } from './score.js'
import { dateRelation } from './values.js'

/**
 * True when two claims of one article state one fact twice (a headline and its story, a lead and
 * its body), so that both may sit in one cluster (the article still counts once):
 * - figures: the same value in the same unit, and either they score at the link threshold as
 *   claims of two articles would, or one of them says nothing beyond its unit (a headline's
 *   "Eight years for …");
 * - events: only when both are dated (an undated second mention is context, which a briefing
 *   must not cite twice), then as other kinds below;
 * - other kinds: they score at the link threshold, share a word of what they state beyond
 *   the place (two events in one city are not one event), and their dates do not exclude each
 *   other (this year's cut and "the first cut since September 2024").
 */
export function restates(
  a: ClaimFeatures,
  b: ClaimFeatures,
  options: ResolvedAlignOptions,
): boolean {
  if (a.article !== b.article || a.claim.kind !== b.claim.kind) return false
  // An undated second mention of an event is context, which a briefing must not cite twice.
  if (a.claim.kind === 'event' && (!a.when || !b.when)) return false
  if (a.claim.kind === 'quantity' && b.claim.kind === 'quantity') {
    if (a.claim.value !== b.claim.value || !sameUnit(a.claim.unit, b.claim.unit)) return false
    const bare = (f: ClaimFeatures) => f.measured === 0 && f.context.length === 0
    return bare(a) || bare(b) || scorePair(a, b, options, false, true).score >= options.link
  }
  // One event told twice has one date.
  if (a.when && b.when && dateRelation(a.when, b.when) === 'disjoint') return false
  const place = (f: ClaimFeatures) =>
    f.claim.kind === 'event' && f.claim.where
      ? new Set(
          f.lemmas.filter(
            (l) => f.claim.kind === 'event' && f.claim.where!.toLowerCase().includes(l),
          ),
        )
      : new Set<string>()
  const pa = place(a)
  const pb = place(b)
  const la = a.lemmas.filter((l) => !pa.has(l))
  const lb = b.lemmas.filter((l) => !pb.has(l))
  if (la.length === 0 || lb.length === 0 || matchLemmas(la, lb, options.lexical).weight === 0)
    return false
  return scorePair(a, b, options, false, true).score >= options.link
}
