import type { Actor, Claim, DateRange } from '@parallax/schema'
import { claimFeatures } from '../../src/lib/align/features.js'
import { resolveOptions } from '../../src/lib/align/options.js'

/** The aligner's default options, as the align tests score pairs with them. */
export const options = resolveOptions(null)

/** Article `i`'s id: sixteen hex digits. */
export const hex = (n: number) => n.toString(16).padStart(16, '0')

/** One day as a date range. */
export const day = (d: string): DateRange => ({ start: d, end: d, granularity: 'day' })

/** The fields of an event claim that the tests vary; the rest have neutral defaults. */
export interface EventFixture {
  readonly when: DateRange | null
  readonly where?: string | null
  readonly participants?: readonly Actor[]
  /** The article's publication date. */
  readonly published: string
}

/** The features of event claim `name`, alone in article `i`. */
export function eventFeatures(i: number, name: string, fixture: EventFixture) {
  const claim: Claim = {
    id: `${hex(i)}:event:0-${name.length}`,
    kind: 'event',
    text: name,
    provenance: { article: hex(i), span: { start: 0, end: name.length } },
    event: name,
    when: fixture.when,
    where: fixture.where ?? null,
    participants: [...(fixture.participants ?? [])],
  }
  return claimFeatures(i, claim, hex(i), fixture.published, options.lexical)
}
