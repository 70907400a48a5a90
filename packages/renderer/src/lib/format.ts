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
 * The cited sentence as shown: whitespace collapsed and set in quotation marks, unless it opens
 * with a quotation of its own (another pair would read as ““…”).
 */
export function quotedExcerpt(excerpt: string): string {
  const text = collapseSpace(excerpt)
  return /^[“"‘'«]/u.test(text) ? text : `“${text}”`
}
