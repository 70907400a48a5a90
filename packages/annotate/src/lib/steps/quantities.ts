import { findQuantities, localCurrencies } from '../find-quantities.js'
import type { AnnotationStep } from './types.js'

/** Quantities of every block; shared currency words read by the country the article names most. */
export const quantitiesStep: AnnotationStep = {
  languages: ['en'],
  id: 'quantities',
  run(article, drafts) {
    const currencies = localCurrencies(article.contexts.map((c) => c.text).join('\n'))
    return {
      quantities: article.contexts.map((ctx, b) =>
        findQuantities(ctx.text, drafts.dates?.[b] ?? [], { currencies }),
      ),
    }
  },
}
