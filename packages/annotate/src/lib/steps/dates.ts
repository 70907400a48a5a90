import { resolveDates } from '../resolve-dates.js'
import type { AnnotationStep } from './types.js'

/** Date expressions of every block; a timeline entry's relative dates count from its own date. */
export const datesStep: AnnotationStep = {
  languages: ['en'],
  id: 'dates',
  run(article) {
    return {
      dates: article.contexts.map((ctx) =>
        resolveDates(
          ctx.text,
          article.reference,
          ctx.block.kind === 'timeline-entry' && ctx.block.date
            ? { localReference: ctx.block.date.start }
            : {},
        ),
      ),
    }
  },
}
