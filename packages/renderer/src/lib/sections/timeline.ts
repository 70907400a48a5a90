import type { DateRange } from '@parallax/schema'
import { drawTimeline } from '../pdf/sections/timeline.js'
import type { SectionRenderer } from './types.js'

/** Timeline: dated entries, oldest first, disputed dates marked. */
export const timeline: SectionRenderer<'timeline'> = {
  view: (section, context) =>
    section.entries.length === 0
      ? null
      : {
          kind: section.kind,
          entries: section.entries.map((entry) => ({
            label: entry.label,
            datetime: entry.date ? datetime(entry.date) : null,
            statement: context.statement(entry.statement),
            disputed: entry.disputed ?? null,
          })),
        },
  partial: { file: 'timeline' },
  pdf: (flow, view) => drawTimeline(flow, view),
}

/** A `<time datetime>` value for a day, a month or a year; null for other ranges. */
function datetime(date: DateRange): string | null {
  if (date.granularity === 'day' && date.start === date.end) return date.start
  if (date.granularity === 'month') return date.start.slice(0, 7)
  if (date.granularity === 'year') return date.start.slice(0, 4)
  return null
}
