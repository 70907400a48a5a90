import { drawConflicts } from '../pdf/sections/conflicts.js'
import type { SectionRenderer } from './types.js'

const severityLabels = { hard: 'Contradiction', soft: 'Different scope' } as const

/** Where accounts differ: one group of accounts per disputed fact, with its note. */
export const conflicts: SectionRenderer<'conflicts'> = {
  view: (section, context) =>
    section.rows.length === 0
      ? null
      : {
          kind: section.kind,
          rows: section.rows.map((row) => ({
            topic: row.topic,
            field: row.field,
            severity: row.severity ?? null,
            severityLabel: row.severity ? severityLabels[row.severity] : null,
            accounts: row.accounts.map((account) => ({
              value: account.value,
              statement: context.statement(account.statement),
            })),
            note: row.note ?? null,
          })),
        },
  partial: { file: 'conflicts' },
  pdf: (flow, view) => drawConflicts(flow, view),
}
