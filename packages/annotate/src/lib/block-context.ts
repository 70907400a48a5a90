import type { Block, Sentence, Span } from '@parallax/schema'
import { toSourceSpan, toTextOffset } from './text-map.js'

/** A range in a block's readable text, `[start, end)`. */
export interface TextRange {
  start: number
  end: number
}

/** One block prepared for annotation: its text and its sentences as block-text ranges. */
export interface BlockContext {
  block: Block
  index: number
  text: string
  sentences: TextRange[]
}

/** Fields every annotation carries: block id, source span, exact raw slice, readable text. */
export interface Located {
  block: string
  span: Span
  raw: string
  text: string
}

/** Locate `[start, end)` of a block's text in the source: span, raw slice and readable text. */
export function locate(source: string, ctx: BlockContext, start: number, end: number): Located {
  const span = toSourceSpan(ctx.block, start, end)
  return {
    block: ctx.block.id,
    span,
    raw: source.slice(span.start, span.end),
    text: ctx.text.slice(start, end),
  }
}

/**
 * Prepare blocks: each block's sentences (from the parser, by source span) as ranges of its
 * text. A block without sentences counts as one sentence.
 */
export function buildContexts(
  blocks: readonly Block[],
  sentences: readonly Sentence[],
): BlockContext[] {
  const byBlock = new Map<string, Sentence[]>()
  for (const s of sentences) {
    const list = byBlock.get(s.block)
    if (list) list.push(s)
    else byBlock.set(s.block, [s])
  }
  return blocks.map((block, index) => {
    const own = byBlock.get(block.id) ?? []
    const ranges: TextRange[] = []
    let cursor = 0
    for (const s of own) {
      let start = toTextOffset(block, s.span.start)
      let end = start + s.text.length
      if (block.text.slice(start, end) !== s.text) {
        const found = block.text.indexOf(s.text, cursor)
        if (found >= 0) {
          start = found
          end = found + s.text.length
        } else {
          end = Math.max(start, toTextOffset(block, s.span.end - 1) + 1)
        }
      }
      ranges.push({ start, end })
      cursor = end
    }
    if (ranges.length === 0) ranges.push({ start: 0, end: block.text.length })
    return { block, index, text: block.text, sentences: ranges }
  })
}

/** Index of the sentence of `ctx` that contains text offset `at` (the last one starting at or before it). */
export function sentenceAt(ctx: BlockContext, at: number): number {
  let lo = 0
  let hi = ctx.sentences.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (ctx.sentences[mid]!.start <= at) lo = mid
    else hi = mid - 1
  }
  return lo
}
