import { eventConflicts } from './cross-events.js'
import { figureConflicts } from './cross-figures.js'
import { nameConflicts } from './cross-names.js'
import type { CrossClusterOptions, CrossConflict } from './cross-profile.js'
import type { ClaimFeatures } from './features.js'

export type { CrossClusterOptions, CrossConflict } from './cross-profile.js'

/**
 * Conflicts across clusters: two clusters that state one fact with values the scorer kept apart
 * (it links figures and dates that agree, and vetoes different ones when little else ties them).
 * - figures: clusters of outcome figures (no estimate) in one unit, sharing what happened to what
 *   is counted ('packs … withdrawn'), no article in common (an article giving both figures
 *   counts two things), no dates that exclude each other, every figure of one beyond the hedges
 *   of every figure of the other yet within a factor of three, and each the other's closest such
 *   cluster; a running count ('rose to', 'by Monday') in articles of different days is an
 *   update, not a conflict. Different scopes ('in Marlow County' / 'across the region') make it a
 *   soft scope conflict, else a hard value conflict.
 * - events: clusters describing the same event in the same words, each singled out as the only
 *   one up to now ('last inspected'), dated to days that exclude each other, with no article in
 *   common: a hard date conflict.
 * - names: clusters of one person's words or stance, saying the same thing, whose people share a
 *   surname under different first names: a hard name conflict (`nameConflicts`).
 * Candidates are blocked on unit and word (near-linear); the result is sorted and deterministic.
 */
export function crossClusterConflicts(
  features: readonly ClaimFeatures[],
  clusters: ReadonlyArray<{ readonly members: readonly number[] }>,
  options: Readonly<CrossClusterOptions>,
): CrossConflict[] {
  return figureConflicts(features, clusters, options).concat(
    eventConflicts(features, clusters, options),
    nameConflicts(features, clusters, options),
  )
}
