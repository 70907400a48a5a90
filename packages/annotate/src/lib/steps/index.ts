import { datesStep } from './dates.js'
import { entitiesStep } from './entities.js'
import { namesStep } from './names.js'
import { quantitiesStep } from './quantities.js'
import { quotationsStep } from './quotations.js'
import type { AnnotationStep } from './types.js'

/**
 * The built-in annotation steps, run in this order: dates first (quotations and quantities use
 * them), then names, entities, quotations with their speakers, quantities. Pass `steps` to
 * `annotate` to add one or replace some.
 */
export const builtinAnnotationSteps: readonly AnnotationStep[] = [
  datesStep,
  namesStep,
  entitiesStep,
  quotationsStep,
  quantitiesStep,
]
