import type { FiguresView } from '../../view-types.js'
import type { Flow } from '../flow.js'
import { bulleted, para, statementRuns, text } from '../styled-runs.js'
import { agree, differ, muted, small } from '../styles.js'
import { drawTable } from '../table.js'

const agreementColors: Record<string, string> = { agree, conflict: differ, single: muted }

/** Figures: a table of each figure, its value, whether outlets agree, and each account. */
export function drawFigures(flow: Flow, section: FiguresView): void {
  drawTable(
    flow,
    [
      { header: 'Figure', weight: 1.5 },
      { header: 'Value', weight: 0.85 },
      { header: 'Agreement', weight: 0.85 },
      { header: 'Accounts', weight: 2.4 },
    ],
    section.rows.map((row) => ({
      cells: [
        [para([text(row.label, 'sansBold', 8.5)])],
        [para([text(row.value, 'serifBold', small)])],
        [
          para([
            text(row.agreementLabel, 'sansBold', 7.5, agreementColors[row.agreement] ?? muted),
          ]),
        ],
        [
          ...(row.summary ? [{ ...para(statementRuns(row.summary, small)), spaceAfter: 3 }] : []),
          ...row.accounts.map((account) => ({
            ...bulleted([
              text(`${account.value}: `, 'serifBold', small),
              ...statementRuns(account.statement, small),
            ]),
            spaceAfter: 2,
          })),
        ],
      ],
    })),
  )
}
