import type { Block, Span } from '@parallax/schema'

/**
 * Offsets between a block's readable text and the source text, through `Block.map` (pairs
 * `[textOffset, sourceOffset]`, each starting a run where both advance together).
 */

function pairAtOrBefore(map: Block['map'], offset: number, side: 0 | 1): number {
  let lo = 0
  let hi = map.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (map[mid]![side] <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** Block-text offset of a source offset, clamped to its run and to the text. */
export function textOffset(block: Pick<Block, 'map' | 'text'>, source: number): number {
  const at = pairAtOrBefore(block.map, source, 1)
  const [text, src] = block.map[at]!
  const next = block.map[at + 1]
  const limit = next ? next[0] : block.text.length
  return Math.max(0, Math.min(text + (source - src), limit, block.text.length))
}

/** Source span of `[start, end)` in a block's text; the end maps just after the last character. */
export function sourceSpan(block: Pick<Block, 'map'>, start: number, end: number): Span {
  const [t0, s0] = block.map[pairAtOrBefore(block.map, start, 0)]!
  const from = s0 + (start - t0)
  if (end <= start) return { start: from, end: from }
  const [t1, s1] = block.map[pairAtOrBefore(block.map, end - 1, 0)]!
  return { start: from, end: s1 + (end - 1 - t1) + 1 }
}
