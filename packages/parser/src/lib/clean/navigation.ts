import { english } from '@parallax/annotate/english'
import type { CleaningRule } from '../types.js'
import { removalsWhere } from './removals-where.js'

const COUNTED =
  /^[\p{L}][\p{L} '’-]{1,40}\s*\(\d+\s*(?:articles?|sub-?stories|stories|links?|sources?|comments?|updates?|items?|results?|videos?|photos?)\)$/iu

/**
 * Navigation chrome of web pages and aggregators: short section labels ("Top Headlines",
 * "Feeds", "Sources") and counted links ("Updated (24 articles)", "Dive deeper (22 sub-stories)").
 */
export function isNavigationChrome(text: string): boolean {
  const t = text.trim()
  if (t.length === 0 || t.length > 60) return false
  return english.navigationLabel.test(t) || COUNTED.test(t)
}

/** Removes navigation chrome blocks (reason `navigation`). */
export default function navigationRule(): CleaningRule {
  return {
    name: 'navigation',
    apply: (blocks) =>
      removalsWhere(
        blocks,
        (block) => block.kind !== 'timeline-entry' && isNavigationChrome(block.text),
        'navigation',
        'navigation: page or aggregator chrome',
      ),
  }
}
