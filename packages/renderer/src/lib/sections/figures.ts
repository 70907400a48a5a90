import { drawFigures } from '../pdf/sections/figures.js'
import type { SectionRenderer } from './types.js'

const agreementLabels = {
  agree: 'Sources agree',
  conflict: 'Sources differ',
  single: 'One source',
} as const

/** Figures: value, agreement, each account and a summary sentence. */
export const figures: SectionRenderer<'figures'> = {
  view: (section, context) =>
    section.rows.length === 0
      ? null
      : {
          kind: section.kind,
          rows: section.rows.map((row) => ({
            label: row.label,
            value: row.value,
            agreement: row.agreement,
            agreementLabel: agreementLabels[row.agreement],
            accounts: row.accounts.map((account) => ({
              value: account.value,
              statement: context.statement(account.statement),
            })),
            summary: row.summary ? context.statement(row.summary) : null,
          })),
        },
  partial: { file: 'figures' },
  pdf: (flow, view) => drawFigures(flow, view),
}
