import { toSourceOffset, toSourceSpan } from '@parallax/annotate'
import type { Reference } from '@parallax/schema'
import type { DraftBlock } from './types.js'

const WS = /\s/

/**
 * The part `[from, to)` of a draft block's text as a block of its own (whitespace at both ends
 * trimmed), with its map, span and references re-based. Returns `null` when only whitespace is
 * left. `kind` defaults to the block's kind; other optional fields are not carried over.
 */
export function sliceBlock(
  block: DraftBlock,
  from: number,
  to: number,
  kind: DraftBlock['kind'] = block.kind,
): DraftBlock | null {
  const text = block.text
  while (from < to && WS.test(text[from]!)) from++
  while (to > from && WS.test(text[to - 1]!)) to--
  if (from >= to) return null
  const map: [number, number][] = [[0, toSourceOffset(block.map, from)]]
  for (const [t, s] of block.map) {
    // A pair at the text's end closes a trailing replacement (see `ReadableTextOptions.replace`).
    if (t > from && (t < to || (t === to && to === text.length))) map.push([t - from, s])
  }
  const span = toSourceSpan(block, from, to)
  const out: DraftBlock = { kind, text: text.slice(from, to), span, map }
  const references = referencesIn(block.references ?? [], from, to)
  if (references.length > 0) {
    out.references = references
    let end = span.end
    for (const r of references) end = Math.max(end, r.span.end)
    if (end > span.end) out.span = { start: span.start, end }
  }
  if (kind === 'heading' && block.level !== undefined) out.level = block.level
  return out
}

/** The references that fall in `[from, to)` of a block's text, with offsets re-based to `from`. */
function referencesIn(references: readonly Reference[], from: number, to: number): Reference[] {
  return references
    .filter((ref) => (from === 0 || ref.offset > from) && ref.offset <= to)
    .map((ref) => ({ ...ref, offset: ref.offset - from }))
}
