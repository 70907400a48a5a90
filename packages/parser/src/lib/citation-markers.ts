import type { Span } from '@parallax/schema'

/** A citation marker such as `[12]` or `[3, 4]`: its label, the marker's span, and the span to leave out of the text. */
export interface CitationMarker {
  label: string
  /** The marker itself, `[12]`. */
  span: Span
  /** The marker with the whitespace before it, which is left out of the readable text. */
  exclude: Span
}

const MARKER = /[ \t\u00a0\u202f\u2009]*\[(\d{1,4}(?:\s*[,–-]\s*\d{1,4})*)\]/g

/** Numeric citation markers (`[1]`, `[2, 3]`, `[4–6]`) in `text[start, end)`. */
export function findCitationMarkers(text: string, start = 0, end = text.length): CitationMarker[] {
  const out: CitationMarker[] = []
  MARKER.lastIndex = start
  for (let m = MARKER.exec(text); m !== null && m.index < end; m = MARKER.exec(text)) {
    const markerStart = m.index + m[0].indexOf('[')
    const markerEnd = m.index + m[0].length
    if (markerEnd > end) break
    // "[1]" glued to a word on both sides is not a marker (e.g. array[1]word); after a word is fine.
    out.push({
      label: m[1]!.replace(/\s+/g, ''),
      span: { start: markerStart, end: markerEnd },
      exclude: { start: m.index, end: markerEnd },
    })
  }
  return out
}
