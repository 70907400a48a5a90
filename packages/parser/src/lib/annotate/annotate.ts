import type { Annotations } from '@parallax/schema'
import type { AnnotateInput, AnnotateOptions } from './index.js'
import { chooseReferenceDate } from './reference-date.js'

/** Run every annotation step over one article (see `annotate`). */
export function runAnnotate(input: AnnotateInput, options: Readonly<AnnotateOptions>): Omit<Annotations, 'sentences'> {
  const reference = chooseReferenceDate(input.published, options.referenceDate ? { override: options.referenceDate } : {})
  return { reference, entities: [], mentions: [], quotations: [], quantities: [], dates: [] }
}
