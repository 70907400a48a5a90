import { drawExclusives } from '../pdf/sections/exclusives.js'
import { sourceLabel } from '../source-label.js'
import type { SectionRenderer } from './types.js'

/** Only in one report: per source, its items. */
export const exclusives: SectionRenderer<'exclusives'> = {
  view: (section, context) =>
    section.outlets.length === 0
      ? null
      : {
          kind: section.kind,
          outlets: section.outlets.map((group) => {
            const source = context.source(group.source)
            return {
              outlet: sourceLabel(source),
              number: source.number,
              sourceTarget: `source-${source.number}`,
              moreLabel: context.more(group.more, 'item'),
              items: group.items.map(context.statement),
            }
          }),
        },
  partial: { file: 'exclusives' },
  pdf: (flow, view, outline) => drawExclusives(flow, view, outline),
}
