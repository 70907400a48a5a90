import type { Block, Span } from '@parallax/schema'

/** Pairs `[textOffset, sourceOffset]`, ascending: see `Block.map` in @parallax/schema. */
export type OffsetMap = Block['map']

/**
 * Source offset of a position in a block's text: the last map pair at or before `offset`, plus
 * the distance from it. `offset` may equal the text length (an end position).
 */
export function toSourceOffset(map: OffsetMap, offset: number): number {
  let lo = 0
  let hi = map.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (map[mid]![0] <= offset) lo = mid
    else hi = mid - 1
  }
  const [text, source] = map[lo]!
  return source + (offset - text)
}

/**
 * The source span of `[start, end)` in a block's text. The end is mapped as the position just
 * after the last character, so a range that ends where the source skipped something (a line-end
 * hyphen, a citation marker) does not swallow it.
 */
export function toSourceSpan(block: Pick<Block, 'map'>, start: number, end: number): Span {
  const from = toSourceOffset(block.map, start)
  const to = end > start ? toSourceOffset(block.map, end - 1) + 1 : from
  return { start: from, end: to }
}
