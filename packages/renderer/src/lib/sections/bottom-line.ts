import { drawBottomLine } from '../pdf/sections/bottom-line.js'
import type { SectionRenderer } from './types.js'

/** The bottom line: a list of statements. */
export const bottomLine: SectionRenderer<'bottom-line'> = {
  view: (section, context) =>
    section.items.length === 0
      ? null
      : { kind: section.kind, items: section.items.map(context.statement) },
  partial: { file: 'bottom-line' },
  pdf: (flow, view) => drawBottomLine(flow, view),
}
