import { findNames } from '../find-names.js'
import type { AnnotationStep } from './types.js'

/** Capitalised names of every block, classified as people, organisations, places or parties. */
export const namesStep: AnnotationStep = {
  languages: ['en'],
  id: 'names',
  run(article) {
    return { names: article.contexts.map((ctx) => findNames(ctx.text)) }
  },
}
