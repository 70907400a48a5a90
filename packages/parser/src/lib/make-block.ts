import type { Reference, Span } from '@parallax/schema'
import { findCitationMarkers } from './citation-markers.js'
import { type Replacement, readableText } from './readable-text.js'
import type { DraftBlock, DraftRemoval } from './types.js'

/** Options of `makeBlock`. */
export interface MakeBlockOptions {
  /** Undo line-end hyphenation. Default: `false`. */
  dehyphenate?: boolean
  /** Document vocabulary for dehyphenation. Default: none. */
  vocabulary?: ReadonlySet<string> | null
  /** Source ranges of markup to leave out of the text, sorted. Default: none. */
  markup?: readonly Span[]
  /** Turn numeric `[n]` markers into references. Default: `false`. */
  citations?: boolean
  /** Heading level for `kind: 'heading'`. Default: 2. */
  level?: number
  /** Source ranges read as other text (Markdown escapes, character references), sorted. Default: none. */
  replace?: readonly Replacement[]
}

/**
 * A draft block from a source range: readable text, map and span, `[n]` markers as references
 * (each also recorded as a `citation-marker` removal). When nothing readable is left, no block
 * and a `markup` removal for the range.
 */
export function makeBlock(
  source: string,
  range: Span,
  kind: DraftBlock['kind'],
  options?: Readonly<MakeBlockOptions> | null,
): { block: DraftBlock | null; removed: DraftRemoval[] } {
  const markers = options?.citations ? findCitationMarkers(source, range.start, range.end) : []
  const markup = options?.markup ?? []
  const exclude =
    markers.length === 0 ? markup : mergeRanges([...markup, ...markers.map((m) => m.exclude)])
  const readable = readableText(source, range.start, range.end, {
    exclude,
    dehyphenate: options?.dehyphenate ?? false,
    vocabulary: options?.vocabulary ?? null,
    replace: options?.replace ?? [],
  })
  const removed: DraftRemoval[] = markers.map((m) => ({
    span: m.span,
    reason: 'citation-marker',
    detail: `citation marker [${m.label}] kept as a reference`,
  }))
  if (!readable) {
    const trimmed = trim(source, range)
    if (trimmed)
      removed.push({ span: trimmed, reason: 'markup', detail: 'markup without readable text' })
    return { block: null, removed }
  }
  const block: DraftBlock = { kind, text: readable.text, span: readable.span, map: readable.map }
  if (kind === 'heading') block.level = options?.level ?? 2
  if (markers.length > 0) {
    const references: Reference[] = []
    for (const mark of readable.marks) {
      const zone = exclude[mark.exclusion]!
      const marker = markers.find(
        (m) => m.exclude.start === zone.start && m.exclude.end === zone.end,
      )
      if (marker) references.push({ label: marker.label, span: marker.span, offset: mark.offset })
    }
    if (references.length > 0) block.references = references
  }
  return { block, removed }
}

/** Sorted, merged copy of possibly overlapping ranges. */
export function mergeRanges(ranges: readonly Span[]): Span[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end)
  const out: Span[] = []
  for (const r of sorted) {
    const last = out[out.length - 1]
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end)
    else out.push({ start: r.start, end: r.end })
  }
  return out
}

/** The range without whitespace at either end, or `null` when only whitespace. */
export function trim(source: string, range: Span): Span | null {
  let { start, end } = range
  while (start < end && /\s/.test(source[start]!)) start++
  while (end > start && /\s/.test(source[end - 1]!)) end--
  return start < end ? { start, end } : null
}
