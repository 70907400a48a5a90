import { formatDate, formatDateTime } from '../format.js'
import { drawSinceLast } from '../pdf/sections/since-last.js'
import type { SectionRenderer } from './types.js'

const changeLabels = { new: 'New', changed: 'Changed', resolved: 'Resolved' } as const

/** Since the last briefing: each change with its badge. */
export const sinceLast: SectionRenderer<'since-last'> = {
  view: (section, context) =>
    section.items.length === 0
      ? null
      : {
          kind: section.kind,
          previousLabel: `Compared with the briefing of ${formatDate(section.previous.date)} (generated ${formatDateTime(section.previous.generatedAt)}).`,
          items: section.items.map((item) => ({
            change: item.change,
            label: changeLabels[item.change],
            statement: context.statement(item.statement),
          })),
        },
  partial: { file: 'since-last' },
  pdf: (flow, view) => drawSinceLast(flow, view),
}
