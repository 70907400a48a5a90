import { english } from '@parallax/annotate/english'
import type { CleaningRule } from '../types.js'
import { removalsWhere } from './removals-where.js'

/** A promotional line: "Show me more content from X on Google Search", newsletter and app pitches, ad labels. */
export function isPromotion(text: string): boolean {
  const t = text.trim().replace(/[.!]$/, '')
  if (t.length === 0 || t.length > 200) return false
  return english.promotionLines.some((pattern) => pattern.test(t))
}

/** Removes promotional lines (reason `promotion`). */
export default function promotionRule(): CleaningRule {
  return {
    name: 'promotion',
    apply: (blocks) =>
      removalsWhere(
        blocks,
        (block) => isPromotion(block.text),
        'promotion',
        'promotion: publisher promotional line',
      ),
  }
}
