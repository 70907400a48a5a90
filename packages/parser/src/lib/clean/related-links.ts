import { titleCaseRatio, wordsOf } from '../shape.js'
import type { CleaningRule, DraftBlock, RuleRemoval } from '../types.js'

/** A list item that reads like a linked headline: title case, at most 30 words, no closing period. */
export function isHeadlineItem(block: DraftBlock): boolean {
  if (block.kind !== 'list-item') return false
  const t = block.text.trim()
  const words = wordsOf(t).length
  if (words < 3 || words > 30 || /[.,;:]$/.test(t)) return false
  return titleCaseRatio(t) >= 0.7
}

/**
 * Removes related-stories link lists: two or more consecutive list items that read like
 * headlines (reason `related-links`; a repeated item says so in its detail).
 */
export default function relatedLinksRule(): CleaningRule {
  return {
    name: 'related-links',
    apply(blocks) {
      const out: RuleRemoval[] = []
      let k = 0
      while (k < blocks.length) {
        if (!isHeadlineItem(blocks[k]!)) {
          k++
          continue
        }
        let end = k
        while (end < blocks.length && isHeadlineItem(blocks[end]!)) end++
        if (end - k >= 2) {
          const seen = new Set<string>()
          for (let i = k; i < end; i++) {
            const key = blocks[i]!.text.toLowerCase()
            out.push({
              index: i,
              reason: 'related-links',
              detail: seen.has(key)
                ? 'related-links: repeats an earlier item of a related-stories list'
                : 'related-links: item of a related-stories list',
            })
            seen.add(key)
          }
        }
        k = end
      }
      return out
    },
  }
}
