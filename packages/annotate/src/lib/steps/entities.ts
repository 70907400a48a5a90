import { resolveEntities } from '../resolve-entities.js'
import type { AnnotationStep } from './types.js'

/** One entity per person, organisation, place or party, with every mention (names, role phrases). */
export const entitiesStep: AnnotationStep = {
  languages: ['en'],
  id: 'entities',
  run(article, drafts) {
    return {
      entities: resolveEntities(article.contexts, drafts.names ?? article.contexts.map(() => [])),
    }
  },
}
