import type { Diagnostic } from '@parallax/schema'
import type { DraftBlock, Found, FoundMetadata } from './types.js'

type Dated = Found<{ date: string; datetime: string | null }>

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const monthOf = (word: string) => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1
const pad = (n: number) => String(n).padStart(2, '0')
/** Days two sources may differ by before they are said to disagree (time zones, late edits). */
const TOLERANCE_DAYS = 3

function valid(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null
  const date = `${year}-${pad(month)}-${pad(day)}`
  const t = new Date(`${date}T00:00:00Z`)
  return t.getUTCDate() === day ? date : null
}

/** The date a URL's path states ("/2025/01/27/", "/2025/oct/07/", "-2025-11-14/"), and its year and month alone. */
export function urlDate(url: string): {
  date: string | null
  year: number | null
  month: number | null
} {
  const path = url.replace(/^https?:\/\/[^/]+/i, '')
  const full = /[/_-]((?:19|20)\d\d)[/_-](\d{1,2}|[a-z]{3,9})[/_-](\d{1,2})(?=[/_.-]|$)/i.exec(path)
  if (full) {
    const month = /^\d+$/.test(full[2]!) ? Number(full[2]) : monthOf(full[2]!)
    const date = valid(Number(full[1]), month, Number(full[3]))
    if (date) return { date, year: Number(full[1]), month }
  }
  const partial = /\/((?:19|20)\d\d)\/(\d{1,2}|[a-z]{3})\//i.exec(path)
  if (partial) {
    const month = /^\d+$/.test(partial[2]!) ? Number(partial[2]) : monthOf(partial[2]!)
    if (month >= 1 && month <= 12) return { date: null, year: Number(partial[1]), month }
  }
  return { date: null, year: null, month: null }
}

/** A wire dateline's month and day ("SAN JOSE, Calif., Sept 16 —", "KYIV, Feb 5 (Reuters) -"). */
const DATELINE =
  /^[\p{Lu}][\p{Lu}.'’ -]{1,40}(?:,\s*[\p{L}.'’ ]{1,30}){0,2},\s*(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\b/u

const days = (a: string, b: string) =>
  Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000

/**
 * The publication date with fallbacks and a cross-check: the front matter's date, else a line
 * that only states the date, else the URL's date, else a wire dateline's month and day (the year
 * from the URL or another source). When sources disagree by more than a few days, a warning
 * names them; two later sources that agree with each other win over a front-matter date they
 * both contradict (a crawler's save date, not the publication date).
 */
export function pageDate(
  metadata: FoundMetadata,
  blocks: readonly DraftBlock[],
  dateLines: readonly string[],
  file: string | null,
): { published: Dated | null; diagnostics: Diagnostic[] } {
  const url = metadata.url ? urlDate(metadata.url.value) : { date: null, year: null, month: null }
  const others: { date: string; origin: Dated['origin']; label: string }[] = []
  if (dateLines[0]) others.push({ date: dateLines[0], origin: 'text', label: 'a date line' })
  if (url.date) others.push({ date: url.date, origin: 'url', label: 'the URL' })
  const year =
    url.year ??
    (dateLines[0] ? Number(dateLines[0].slice(0, 4)) : null) ??
    (metadata.published ? Number(metadata.published.value.date.slice(0, 4)) : null)
  for (const block of blocks.slice(0, 4)) {
    if (block.kind !== 'paragraph') continue
    const m = DATELINE.exec(block.text.trim())
    if (!m || year === null) continue
    const date = valid(year, monthOf(m[1]!), Number(m[2]))
    if (date && (url.month === null || url.month === monthOf(m[1]!)))
      others.push({ date, origin: 'text', label: 'the dateline' })
    break
  }
  const diagnostics: Diagnostic[] = []
  const warn = (message: string) =>
    diagnostics.push({
      file,
      line: null,
      column: null,
      offset: null,
      severity: 'warning',
      code: 'metadata/date-disagreement',
      message,
      expected: `dates within ${TOLERANCE_DAYS} days of each other`,
    })
  const stated = metadata.published ?? null
  if (stated) {
    const against = others.filter((o) => days(o.date, stated.value.date) > TOLERANCE_DAYS)
    if (against.length === 0) return { published: null, diagnostics }
    const list = against.map((o) => `${o.date} (${o.label})`).join(', ')
    const agreeing = against.filter((o) => days(o.date, against[0]!.date) <= TOLERANCE_DAYS)
    if (agreeing.length >= 2) {
      warn(
        `the ${stated.origin} date ${stated.value.date} disagrees with ${list}; using ${against[0]!.date}, on which the others agree`,
      )
      return {
        published: {
          value: { date: against[0]!.date, datetime: null },
          origin: against[0]!.origin,
        },
        diagnostics,
      }
    }
    warn(
      `the ${stated.origin} date ${stated.value.date} disagrees with ${list}; keeping ${stated.value.date}`,
    )
    return { published: null, diagnostics }
  }
  const first = others[0]
  if (!first) return { published: null, diagnostics }
  const against = others.filter((o) => days(o.date, first.date) > TOLERANCE_DAYS)
  if (against.length > 0)
    warn(
      `${first.label} gives ${first.date} but ${against.map((o) => `${o.label} gives ${o.date}`).join(', ')}; using ${first.date}`,
    )
  return {
    published: { value: { date: first.date, datetime: null }, origin: first.origin },
    diagnostics,
  }
}
