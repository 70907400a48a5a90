import type { ClaimFeatures } from './features.js'
import { dateRelation } from './values.js'

/**
 * Words that name a phase of an event rather than the event itself ('the start', 'its
 * conclusion', 'the lifting'), as the lemmatiser writes them: an event described only by such a
 * word ('since it began on Saturday' → start) is told apart from others by its date alone.
 */
const ASPECT = new Set([
  'start',
  'begin',
  'beginning',
  'opening',
  'open',
  'resumption',
  'resume',
  'continuation',
  'conclusion',
  'conclude',
  'end',
  'ending',
  'close',
  'closing',
  'completion',
  'complete',
  'lifting',
  'lift',
])

/** True when an event's words, beyond its place, only name a phase ('start', 'conclusion'). */
export function aspectOnly(f: ClaimFeatures): boolean {
  if (f.claim.kind !== 'event') return false
  const where = f.claim.where?.toLowerCase() ?? ''
  const words = f.lemmas.filter((l) => !where.includes(l))
  return words.length > 0 && words.every((l) => ASPECT.has(l))
}

/**
 * True when one of two events names only a phase and both are dated to the same day or month:
 * the start, end or resumption of what the other names ('since it began on Saturday' / 'the
 * wildfire broke out on Saturday'; 'begins two-day meeting' / 'began a two-day meeting on
 * Wednesday').
 */
export function phaseOfSameDay(a: ClaimFeatures, b: ClaimFeatures): boolean {
  if (!a.when || !b.when || (!aspectOnly(a) && !aspectOnly(b))) return false
  const fine = (g: string) => g === 'day' || g === 'month'
  return (
    fine(a.when.granularity) &&
    a.when.granularity === b.when.granularity &&
    dateRelation(a.when, b.when) === 'equal'
  )
}
