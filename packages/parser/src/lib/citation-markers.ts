import type { Span } from '@parallax/schema'

/** A citation marker such as `[12]` or `[3, 4]`: its label, the marker's span, and the span to leave out of the text. */
export interface CitationMarker {
  label: string
  /** The marker itself, `[12]`. */
  span: Span
  /** The marker with the whitespace before it, which is left out of the readable text. */
  exclude: Span
}

/** The marker from its `[`, matched only where a `[` stands (sticky), so no scan runs ahead. */
const MARKER = /\[(\d{1,4}(?:\s*[,–-]\s*\d{1,4})*)\]/y
/** Whitespace before a marker that goes with it. */
const LEADING = new Set([' ', '\t', '\u00a0', '\u202f', '\u2009'])

/**
 * Numeric citation markers (`[1]`, `[2, 3]`, `[4–6]`) in `text[start, end)`. Linear in the range:
 * it jumps from one `[` to the next (never reading past `end`), tries the marker there, and walks
 * back over the whitespace before it (never before `start` or the previous marker).
 */
export function findCitationMarkers(text: string, start = 0, end = text.length): CitationMarker[] {
  const out: CitationMarker[] = []
  let floor = start
  let at = nextBracket(text, start, end)
  while (at !== -1) {
    MARKER.lastIndex = at
    const m = MARKER.exec(text)
    const markerEnd = m ? at + m[0].length : -1
    if (m && markerEnd <= end) {
      let from = at
      while (from > floor && LEADING.has(text[from - 1]!)) from--
      out.push({
        label: m[1]!.replace(/\s+/g, ''),
        span: { start: at, end: markerEnd },
        exclude: { start: from, end: markerEnd },
      })
      floor = markerEnd
      at = nextBracket(text, markerEnd, end)
    } else if (m) break
    else at = nextBracket(text, at + 1, end)
  }
  return out
}

/** The first `[` in `text[from, end)`, or -1 (unlike `indexOf`, never reads past `end`). */
function nextBracket(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === 0x5b) return i
  return -1
}
