import type { SectionKind } from '@parallax/schema'
import type { SectionComposer } from '../types.js'
import { composeBottomLine } from './bottom-line.js'
import { composeConflicts } from './conflicts.js'
import { composeExclusives } from './exclusives.js'
import { composeFigures } from './figures.js'
import { composePositions } from './positions.js'
import { composeQuotes } from './quotes.js'
import { composeTimeline } from './timeline.js'

/**
 * One composer per section kind, in briefing order. `since-last` is `null`: it compares with an
 * earlier run from the archive, so the command adds it after composition (`addSinceLast`).
 * A new section kind in the schema is a compile error here until it has an entry.
 */
export const sectionComposers: { readonly [K in SectionKind]: SectionComposer<K> | null } = {
  'bottom-line': composeBottomLine,
  'since-last': null,
  conflicts: composeConflicts,
  quotes: composeQuotes,
  positions: composePositions,
  figures: composeFigures,
  timeline: composeTimeline,
  exclusives: composeExclusives,
}
