import type { CleaningRule } from '../types.js'
import bylineRule from './byline.js'
import captionRule from './captions.js'
import chromeRule from './chrome.js'
import navigationRule from './navigation.js'
import promotionRule from './promotion.js'
import relatedLinksRule from './related-links.js'
import repeatsRule from './repeats.js'

/**
 * The built-in cleaning rules, in the order they run: related-stories lists (first, so a list's
 * header such as "Related stories" is taken with its items rather than alone as navigation),
 * navigation chrome, promotion, web-page chrome by genre (consent banners, pitches, share bars,
 * credits, disclaimers), captions and credits, bylines, then repetition (duplicates and
 * pull-quotes).
 */
export function builtinCleaningRules(): CleaningRule[] {
  return [
    relatedLinksRule(),
    navigationRule(),
    promotionRule(),
    chromeRule(),
    captionRule(),
    bylineRule(),
    repeatsRule(),
  ]
}
