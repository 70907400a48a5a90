import type { CleaningRule } from '../types.js'
import bylineRule from './byline.js'
import captionRule from './captions.js'
import navigationRule from './navigation.js'
import promotionRule from './promotion.js'
import relatedLinksRule from './related-links.js'
import repeatsRule from './repeats.js'

/**
 * The built-in cleaning rules, in the order they run: navigation chrome, promotion, captions and
 * credits, related-stories lists, bylines, then repetition (duplicates and pull-quotes).
 */
export function builtinCleaningRules(): CleaningRule[] {
  return [
    navigationRule(),
    promotionRule(),
    captionRule(),
    relatedLinksRule(),
    bylineRule(),
    repeatsRule(),
  ]
}
