import { isHeadingLike, titleCaseRatio, wordsOf } from '../shape.js'
import type { CleaningRule, DraftBlock, RuleRemoval } from '../types.js'

/** A list item that reads like a linked headline: title case, at most 30 words, no closing period. */
export function isHeadlineItem(block: DraftBlock): boolean {
  if (block.kind !== 'list-item') return false
  const t = block.text.trim()
  const words = wordsOf(t).length
  if (words < 3 || words > 30 || /[.,;:]$/.test(t)) return false
  return titleCaseRatio(t) >= 0.7
}

const HEADER =
  /^(?:related(?: (?:stories|articles|coverage|content|links|news|reading|topics|posts|videos))?|read (?:more|next|also)|also read|more (?:on|about) (?:this|the|that) (?:story|topic|subject|issue)|more (?:stories|coverage|news) (?:on|about|like this)(?: [^.!?]{1,40})?|more stories|you (?:may|might) (?:also )?(?:like|be interested in|have missed)|see also|further reading|recommended(?: (?:stories|reading|for you|articles))?|what to read next|editor'?s picks)\s*[:：]?$/i

/** A header line that introduces a related-stories list ("Related stories", "Read more", "More on this story"). */
export function isRelatedHeader(text: string): boolean {
  const t = text.trim()
  return t.length > 0 && t.length <= 60 && HEADER.test(t)
}

/** A line that reads like a linked title: 2–20 words, no sentence-final punctuation (a question mark is fine). */
function isTitleItem(block: DraftBlock): boolean {
  if (block.kind === 'timeline-entry' || block.kind === 'quote') return false
  const t = block.text.trim()
  const words = wordsOf(t).length
  if (words < 2 || words > 20 || /[.!;:,…]["'”’»)\]]*$/.test(t)) return false
  return block.kind === 'list-item' || isHeadingLike(t) || /^[\p{Lu}\p{N}"'“‘]/u.test(t)
}

const BLANK_LINE = /\n[ \t\u00a0]*\n/

/**
 * Removes related-stories link lists (reason `related-links`):
 * - a header ("Related stories", "Read more", "More on this story", "You may also like"…)
 *   followed by lines that read like linked titles: the header and those lines, up to the first
 *   line of prose. When the header is followed by its items without a blank line, the list also
 *   ends at the first blank line;
 * - without a header, two or more consecutive list items that read like headlines;
 * - any later or earlier block repeating an item of such a list.
 */
export default function relatedLinksRule(): CleaningRule {
  return {
    name: 'related-links',
    // biome-ignore lint/complexity/noExcessiveCognitiveComplexity: pre-existing (48); to split by pattern (issue 9)
    apply(blocks, text) {
      const out: RuleRemoval[] = []
      const taken = new Set<number>()
      const items = new Set<string>()
      const blankBetween = (a: number, b: number) =>
        BLANK_LINE.test(text.slice(blocks[a]!.span.end, blocks[b]!.span.start))
      const take = (index: number, detail: string) => {
        if (taken.has(index)) return
        taken.add(index)
        out.push({ index, reason: 'related-links', detail })
      }
      const item = (index: number) => {
        const key = blocks[index]!.text.trim().toLowerCase()
        take(
          index,
          items.has(key)
            ? 'related-links: repeats an earlier item of a related-stories list'
            : 'related-links: item of a related-stories list',
        )
        items.add(key)
      }

      for (let k = 0; k < blocks.length; k++) {
        if (taken.has(k) || blocks[k]!.kind === 'timeline-entry') continue
        if (!isRelatedHeader(blocks[k]!.text)) continue
        const tight = k + 1 < blocks.length && !blankBetween(k, k + 1)
        const list: number[] = []
        for (let j = k + 1; j < blocks.length; j++) {
          const block = blocks[j]!
          if (!isTitleItem(block) || isRelatedHeader(block.text)) break
          if (tight && block.kind !== 'list-item' && blankBetween(j - 1, j)) break
          list.push(j)
        }
        if (list.length === 0) continue
        take(k, 'related-links: header of a related-stories list')
        for (const j of list) item(j)
        k = list[list.length - 1]!
      }

      let k = 0
      while (k < blocks.length) {
        if (taken.has(k) || !isHeadlineItem(blocks[k]!)) {
          k++
          continue
        }
        let end = k
        while (end < blocks.length && !taken.has(end) && isHeadlineItem(blocks[end]!)) end++
        if (end - k >= 2) for (let i = k; i < end; i++) item(i)
        k = end
      }

      if (items.size > 0) {
        blocks.forEach((block, index) => {
          if (taken.has(index) || !isTitleItem(block)) return
          if (items.has(block.text.trim().toLowerCase()))
            take(index, 'related-links: repeats an item of a related-stories list')
        })
      }
      return out.sort((a, b) => a.index - b.index)
    },
  }
}
