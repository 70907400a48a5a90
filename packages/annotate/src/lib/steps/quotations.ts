import { endsOpen, findQuotations, type QuoteDraft } from '../find-quotations.js'
import { attributeSpeakers } from '../speakers/attribute-speakers.js'
import type { AnnotationStep } from './types.js'

const quotable = new Set(['paragraph', 'quote', 'list-item', 'timeline-entry', 'heading'])

/** Quotations of every block (a quote left open continues in the next), then their speakers. */
export const quotationsStep: AnnotationStep = {
  languages: ['en'],
  id: 'quotations',
  run(article, drafts) {
    const quotes: QuoteDraft[][] = []
    let open = false
    for (const ctx of article.contexts) {
      const found = quotable.has(ctx.block.kind) ? findQuotations(ctx.text, open) : []
      quotes.push(found)
      open = endsOpen(found)
    }
    const index = drafts.entities ?? {
      entities: new Map(),
      mentions: [],
      byBlock: article.contexts.map(() => []),
    }
    const attribution = attributeSpeakers(
      {
        source: article.input.text,
        contexts: article.contexts,
        index,
        quotes,
        dates: drafts.dates ?? [],
      },
      article.speakerStrategies,
    )
    return { quotations: attribution.quotes, pronounMentions: attribution.pronounMentions }
  },
}
