import { drawPositions } from '../pdf/sections/positions.js'
import type { SectionRenderer } from './types.js'

const stanceLabels = {
  demand: 'Demand',
  refusal: 'Refusal',
  offer: 'Offer',
  support: 'Support',
  opposition: 'Opposition',
  condition: 'Condition',
} as const

/** Positions by party: stance, summary and each outlet's wording. */
export const positions: SectionRenderer<'positions'> = {
  view: (section, context) =>
    section.parties.length === 0
      ? null
      : {
          kind: section.kind,
          parties: section.parties.map((party) => ({
            party: party.party,
            moreLabel: context.more(party.more, 'position'),
            positions: party.positions.map((position) => ({
              stance: position.stance,
              stanceLabel: stanceLabels[position.stance],
              summary: position.summary,
              wordings: position.wordings.map(context.statement),
            })),
          })),
        },
  partial: { file: 'positions' },
  pdf: (flow, view, outline) => drawPositions(flow, view, outline),
}
