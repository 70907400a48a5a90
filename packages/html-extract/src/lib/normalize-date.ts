/** A date read from metadata: the calendar day and, when a time with an offset is given, RFC 3339. */
export interface NormalizedDate {
  date: string
  datetime: string | null
}

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/i
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z)?$/
const URL_DATE =
  /\/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])(?:[/-](0?[1-9]|[12]\d|3[01]))?(?=[/-]|$|\.html?)/

const pad = (value: number | string, width = 2) => String(value).padStart(width, '0')

function validDay(year: number, month: number, day: number): boolean {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function offsetOf(zone: string): string {
  if (zone.toUpperCase() === 'Z') return 'Z'
  const digits = zone.replace(':', '')
  const hours = digits.slice(1, 3)
  const minutes = digits.length >= 5 ? digits.slice(3, 5) : '00'
  return `${digits[0]}${hours}:${minutes}`
}

/**
 * Reads a machine date (ISO 8601, `20190514`, RFC 2822 and other forms `Date.parse` knows) into a
 * calendar date and, when a time with an offset is given, an RFC 3339 date-time. `null` when the
 * value is not a plausible date (years 1990–2100).
 */
export function normalizeDate(value: string): NormalizedDate | null {
  const text = value.trim()
  if (text === '') return null
  const iso = ISO.exec(text) ?? COMPACT.exec(text)
  if (iso !== null) {
    const [, y, mo, d, h, mi, s, fraction, zone] = iso
    const year = Number(y)
    const month = Number(mo)
    const day = Number(d)
    if (!validDay(year, month, day)) return null
    const date = `${year}-${pad(month)}-${pad(day)}`
    if (h === undefined || mi === undefined || zone === undefined) return { date, datetime: null }
    if (Number(h) > 23 || Number(mi) > 59) return { date, datetime: null }
    const seconds = s === undefined ? ':00' : `:${s}${fraction ?? ''}`
    return { date, datetime: `${date}T${pad(h)}:${mi}${seconds}${offsetOf(zone)}` }
  }
  if (!/\b(19|20)\d\d\b/.test(text)) return null
  const time = Date.parse(text)
  if (Number.isNaN(time)) return null
  const hasZone = /\b(GMT|UTC|Z)\b|[+-]\d{4}\b/.test(text) && /\d:\d\d/.test(text)
  const when = new Date(time)
  if (hasZone) {
    const iso8601 = when.toISOString()
    const date = iso8601.slice(0, 10)
    const [year, month, day] = date.split('-').map(Number)
    if (!validDay(year ?? 0, month ?? 0, day ?? 0)) return null
    return { date, datetime: `${iso8601.slice(0, 19)}Z` }
  }
  const year = when.getFullYear()
  const month = when.getMonth() + 1
  const day = when.getDate()
  if (!validDay(year, month, day)) return null
  return { date: `${year}-${pad(month)}-${pad(day)}`, datetime: null }
}

/** Date written in a URL path (`/2019/05/14/`), or `null`. A month without a day is not used. */
export function dateFromUrl(url: string): NormalizedDate | null {
  let path = url
  try {
    path = new URL(url).pathname
  } catch {
    // Not an absolute URL: read it as a path.
  }
  const match = URL_DATE.exec(path)
  if (match === null || match[3] === undefined) return null
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (!validDay(year, month, day)) return null
  return { date: `${year}-${pad(month)}-${pad(day)}`, datetime: null }
}
