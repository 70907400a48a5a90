import type { TimelineView } from '../../view-types.js'
import type { Flow } from '../flow.js'
import { para, statementRuns, text } from '../styled-runs.js'
import { accent, differ, small } from '../styles.js'
import { drawTable } from '../table.js'

/** Timeline: a table of dates and events, with the disputed date when outlets disagree. */
export function drawTimeline(flow: Flow, section: TimelineView): void {
  drawTable(
    flow,
    [
      { header: 'Date', weight: 0.9 },
      { header: 'Event', weight: 4 },
    ],
    section.entries.map((entry) => ({
      cells: [
        [para([text(entry.label, 'sansBold', 8.5, accent)])],
        [
          para(statementRuns(entry.statement, small)),
          ...(entry.disputed
            ? [
                para([
                  text('Date disputed: ', 'sansBold', 7.5, differ),
                  text(entry.disputed, 'serifItalic', 8.5, differ),
                ]),
              ]
            : []),
        ],
      ],
    })),
  )
}
