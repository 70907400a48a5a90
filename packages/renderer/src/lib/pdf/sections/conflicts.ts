import type { ConflictsView } from '../../view-types.js'
import type { Flow } from '../flow.js'
import { para, statementRuns, text } from '../styled-runs.js'
import { differ, muted, small } from '../styles.js'
import { drawTable, type TableRow } from '../table.js'

/**
 * Where accounts differ: a table with one row per account, grouped by disputed topic (the topic
 * is repeated as "(continued)" when a group breaks across pages).
 */
export function drawConflicts(flow: Flow, section: ConflictsView): void {
  const rows: TableRow[] = section.rows.flatMap((row) =>
    row.accounts.map((account, index) => ({
      cells: [
        index === 0
          ? [
              para([text(row.topic, 'sansBold', 8.5)]),
              ...(row.severityLabel
                ? [
                    para([
                      text(
                        row.severityLabel.toUpperCase(),
                        'sansBold',
                        6.5,
                        row.severity === 'hard' ? differ : muted,
                      ),
                    ]),
                  ]
                : []),
            ]
          : [],
        [para([text(account.value, 'serifBold', small)])],
        [
          para(statementRuns(account.statement, small)),
          ...(row.note && index === row.accounts.length - 1
            ? [para([text(row.note, 'serifItalic', 8, muted)])]
            : []),
        ],
      ],
      ...(index === 0 ? { groupStart: true } : {}),
      continuation: [
        [para([text(`${row.topic} (continued)`, 'sansBold', 8.5, muted)])],
        [para([text(account.value, 'serifBold', small)])],
        [para(statementRuns(account.statement, small))],
      ],
    })),
  )
  drawTable(
    flow,
    [
      { header: 'What is disputed', weight: 1.15 },
      { header: 'Account', weight: 1.1 },
      { header: 'As reported', weight: 2 },
    ],
    rows,
  )
}
