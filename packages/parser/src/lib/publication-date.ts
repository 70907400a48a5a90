import { chrono } from './lazy-modules.js'

/** A publication date read from a date line. */
export interface DateLine {
  /** `YYYY-MM-DD`. */
  date: string
  /** RFC 3339 date-time when the line gives a time and a zone, else `null`. */
  datetime: string | null
  /** The line says "Updated …" / "Last modified …" rather than "Published …". */
  updated: boolean
}

const LABEL =
  /^(?:(first published|published|posted|last updated|updated|last modified|modified|date)\b\s*(?:on|at)?\s*[:：]?\s*)?/i
const SEGMENTS =
  /\s*(?:[|•·;]|[,–—-]\s*(?=(?:last\s+)?(?:updated|modified|published|posted)\b))\s*/i
const REFERENCE = new Date(Date.UTC(2000, 0, 1))

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0')

/** One "Published 12 May 2024" / "Updated: March 3, 2025 10:42 GMT" / "12 May 2024" segment. */
function readSegment(segment: string): DateLine | null {
  const label = LABEL.exec(segment)!
  const rest = segment.slice(label[0].length).replace(/[.,]$/, '').trim()
  if (rest.length < 6 || rest.length > 60 || !/\d/.test(rest)) return null
  const result = chrono().parse(rest, REFERENCE)[0]
  if (result?.index !== 0 || result.text.length < rest.length) return null
  const s = result.start
  const year = s.get('year')
  const month = s.get('month')
  const day = s.get('day')
  if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) return null
  if (year === null || month === null || day === null) return null
  const date = `${year}-${pad(month)}-${pad(day)}`
  let datetime: string | null = null
  const offset = s.get('timezoneOffset')
  if (s.isCertain('hour') && s.isCertain('timezoneOffset') && offset !== null) {
    const zone =
      offset === 0
        ? 'Z'
        : `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
    datetime = `${date}T${pad(s.get('hour') ?? 0)}:${pad(s.get('minute') ?? 0)}:${pad(s.get('second') ?? 0)}${zone}`
  }
  const word = label[1]?.toLowerCase() ?? ''
  return { date, datetime, updated: /updated|modified/.test(word) }
}

/**
 * A line that only states when the article was published or updated: "Published 12 May 2024",
 * "Updated: March 3, 2025 10:42 GMT", "12 May 2024", "Published 12 May 2024 | Updated 13 May
 * 2024". The whole line must be labels and full dates (day, month and year; read with
 * chrono-node). Returns the publication date (a "Published" segment before an "Updated" one),
 * or `null` when the line is anything else.
 */
export function readDateLine(text: string): DateLine | null {
  const t = text.trim()
  if (t.length < 6 || t.length > 120) return null
  const segments = t.split(SEGMENTS).filter((x) => x.length > 0)
  const dates: DateLine[] = []
  for (const segment of segments) {
    const read = readSegment(segment)
    if (!read) return null
    dates.push(read)
  }
  return dates.find((d) => !d.updated) ?? dates[0] ?? null
}
