import { english } from '@parallax/annotate/english'
import type { Block, Removal } from '@parallax/schema'
import { isLinkDense } from './analyze-tree.js'
import type { RawBlock } from './collect-blocks.js'

/**
 * The removal reason of a short block of page furniture ("Advertisement", "Back to top",
 * "Photo: Reuters"), from the language pack's phrase lists (the same lists, with the same
 * reasons, as the parser's cleaning rules on text), or `null`.
 */
function furnitureReason(text: string): 'navigation' | 'promotion' | 'credit' | null {
  if (english.navigationLabel.test(text)) return 'navigation'
  if (english.promotionLines.some((pattern) => pattern.test(text))) return 'promotion'
  return english.pageFurniture.find((group) => group.pattern.test(text))?.reason ?? null
}

/** A block that is escaped markup shown as text (`&lt;img …&gt;` in the page body). */
const MARKUP = /^<\/?[a-z][a-z0-9]*(\s[^>]*)?\/?>/i

const normalize = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/** Options of {@link filterBlocks}. */
export interface FilterInputs {
  title: string | null
}

/**
 * Drops link lists, page furniture and the headline repeated as a heading; numbers the kept
 * blocks `b0`, `b1`… and records each drop in `removed`.
 */
export function filterBlocks(
  raw: RawBlock[],
  { title }: FilterInputs,
  removed: Removal[],
): Block[] {
  const blocks: Block[] = []
  const titleKey = title === null ? null : normalize(title)
  for (const candidate of raw) {
    const { text: builder, kind, level } = candidate
    const text = builder.text
    const span = { start: builder.start, end: builder.end }
    const visible = builder.visibleLength
    if (isLinkDense(visible, builder.linkLength)) {
      removed.push({ span, reason: 'related-links', detail: 'block of mostly links' })
      continue
    }
    const furniture =
      visible < 100 ? furnitureReason(text.replace(/[\s:|•·»›>.!]+$/u, '').trim()) : null
    if (furniture !== null) {
      removed.push({ span, reason: furniture, detail: `page furniture: "${text}"` })
      continue
    }
    if (MARKUP.test(text)) {
      removed.push({ span, reason: 'markup', detail: 'markup shown as text' })
      continue
    }
    if (kind === 'caption') {
      removed.push({ span, reason: 'caption', detail: 'figure caption' })
      continue
    }
    if (kind === 'heading' && blocks.length === 0) {
      if (level === 1 || (titleKey !== null && normalize(text) === titleKey)) {
        removed.push({ span, reason: 'title', detail: 'headline above the body' })
        continue
      }
    }
    const block: Block = {
      id: `b${blocks.length}`,
      kind,
      text,
      span,
      map: builder.map.length > 0 ? builder.map : [[0, builder.start]],
    }
    if (kind === 'heading') block.level = level
    blocks.push(block)
  }
  return blocks
}
