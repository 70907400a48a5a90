const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** `2026-02-18` → `18 February 2026`. Independent of the host's locale and time zone. */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number)
  if (!year || !month || !day || month > 12) return isoDate
  return `${day} ${months[month - 1]} ${year}`
}

/** An RFC 3339 date-time → `18 February 2026, 21:30 UTC` (always shown in UTC). */
export function formatDateTime(isoDateTime: string): string {
  const time = Date.parse(isoDateTime)
  if (Number.isNaN(time)) return isoDateTime
  const iso = new Date(time).toISOString()
  return `${formatDate(iso.slice(0, 10))}, ${iso.slice(11, 16)} UTC`
}

/** Collapses runs of white space (line breaks of PDF-extracted text) into one space. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** `1 source`, `2 sources`. */
export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`
}

/**
 * Reference markers a source set after its own sentences (an aggregator's footnotes): `[1]`,
 * `[10]`, `[2, 3]`, `[4–6]`. One to three digits only, so `[sic]`, `[the minister]` and a year
 * `[2026]` stay. The space before a marker goes with it (white space is collapsed first).
 * Linear: no quantifier can backtrack into another.
 */
const referenceMarker = / ?\[\d{1,3}(?:[,;–-] ?\d{1,3})*\]/g

/**
 * The cited sentence as shown: white space collapsed, the source's own reference markers
 * removed (they stay in the source text and its spans), and nothing added. No quotation marks
 * are put around it: the layout sets it apart, and a sentence that ends in a quotation of its
 * own would otherwise close twice (`difficult.””`, `“at this stage”.”`).
 */
export function excerptText(excerpt: string): string {
  return collapseSpace(collapseSpace(excerpt).replace(referenceMarker, ''))
}

/** Bidi embedding, override and isolate controls: U+202A–U+202E and U+2066–U+2069. */
const bidiControls = /[\u202a-\u202e\u2066-\u2069]/g

/**
 * Metadata (outlet, title, byline, URL, file name) without bidi embedding, override and isolate
 * characters, which could make one string display as another (`moc.evil` for `live.com`).
 */
export function stripBidiControls(text: string): string {
  return text.replace(bidiControls, '')
}

/** The largest of `values`, or `floor` (a loop: no spread, so any length is fine). */
export function maxOf(values: Iterable<number>, floor = 0): number {
  let max = floor
  for (const value of values) if (value > max) max = value
  return max
}
