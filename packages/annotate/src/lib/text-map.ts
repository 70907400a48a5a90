import type { Block, Span } from '@parallax/schema'

/** Pairs `[textOffset, sourceOffset]`, ascending: see `Block.map` in @parallax/schema. */
export type OffsetMap = Block['map']

/**
 * Source offset of a position in a block's text: the last map pair at or before `offset`, plus
 * the distance from it. `offset` may equal the text length (an end position).
 */
export function toSourceOffset(map: OffsetMap, offset: number): number {
  const [text, source] = map[pairAtOrBefore(map, offset)]!
  return source + (offset - text)
}

/**
 * The source span of `[start, end)` in a block's text. The end is mapped as the position just
 * after the last character, so a range that ends where the source skipped something (a line-end
 * hyphen, a citation marker) does not swallow it. A last character that is a run of its own,
 * directly followed by the next run (a replacement such as `&amp;` read as `&`, see
 * `ReadableTextOptions.replace`), ends where that next run starts, so the whole reference is
 * inside the span.
 */
export function toSourceSpan(
  block: Pick<Block, 'map'> & { text?: string },
  start: number,
  end: number,
): Span {
  const from = toSourceOffset(block.map, start)
  if (end <= start) return { start: from, end: from }
  const map = block.map
  const at = pairAtOrBefore(map, end - 1)
  const [runText, runSource] = map[at]!
  let to = runSource + (end - 1 - runText) + 1
  const next = map[at + 1]
  if (next && next[0] === end && next[1] > to && isOneCodePoint(block.text, runText, end))
    to = next[1]
  return { start: from, end: to }
}

function isOneCodePoint(text: string | undefined, start: number, end: number): boolean {
  if (end - start === 1) return true
  if (end - start !== 2 || text === undefined) return false
  const high = text.charCodeAt(start)
  return high >= 0xd800 && high <= 0xdbff
}

/** Index of the last map pair whose text offset is at or before `offset`. */
function pairAtOrBefore(map: OffsetMap, offset: number, side: 0 | 1 = 0): number {
  let lo = 0
  let hi = map.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (map[mid]![side] <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}

/**
 * Block-text offset of a source offset: the inverse of `toSourceOffset` (the last run whose
 * source offset is at or before it), clamped to that run and to the text.
 */
export function toTextOffset(block: Pick<Block, 'map' | 'text'>, source: number): number {
  const map = block.map
  const at = pairAtOrBefore(map, source, 1)
  const [text, src] = map[at]!
  const next = map[at + 1]
  const limit = next ? next[0] : block.text.length
  return Math.max(0, Math.min(text + (source - src), limit, block.text.length))
}
