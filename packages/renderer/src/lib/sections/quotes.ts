import { markContentWords } from '../diff-words.js'
import { drawQuotes } from '../pdf/sections/quotes.js'
import type { SectionRenderer } from './types.js'

/** Who said what: speakers, their statements, each outlet's wording with the changed words. */
export const quotes: SectionRenderer<'quotes'> = {
  view: (section, context) =>
    section.speakers.length === 0
      ? null
      : {
          kind: section.kind,
          speakers: section.speakers.map((speaker) => ({
            name: speaker.name,
            role: speaker.role ?? null,
            moreLabel: context.more(speaker.more, 'statement'),
            statements: speaker.statements.map((item) => ({
              note: item.note ?? null,
              variants: item.variants.map((variant) => ({
                diff:
                  variant.diff.length > 0 &&
                  variant.diff.map((run) => run.text).join('') === variant.text
                    ? markContentWords(variant.diff, context.language)
                    : [{ text: variant.text, changed: false }],
                attribution: context.outletsOf(variant.citations),
                context: variant.context ?? null,
                cites: context.cites(variant.citations),
              })),
            })),
          })),
        },
  partial: { file: 'quotes' },
  pdf: (flow, view, outline) => drawQuotes(flow, view, outline),
}
