import type { DateRange } from '@parallax/schema'
import { chrono } from './lazy-modules.js'
import { sliceBlock } from './slice-block.js'
import type { DraftBlock } from './types.js'

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?'
const DAY = '\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[-–‑]\\s*\\d{1,2})?'
const YEAR = '(?:1[89]|20)\\d{2}'
const DATE = `(?:${MONTH}\\s+${DAY},?\\s+${YEAR}|${DAY}\\s+${MONTH},?\\s+${YEAR}|${MONTH}\\s+${YEAR}|${YEAR}-\\d{2}-\\d{2}|${YEAR})`
const PREFIX = new RegExp(`^(${DATE})\\s*(?:[–—:]|-(?=\\s))\\s+(?=\\S)`, 'u')

/** The date at the start of a timeline entry ("Feb 24 2022 – …", "July 2024: …"), as written, or `null`. */
export function timelineDateText(text: string): string | null {
  const m = PREFIX.exec(text)
  return m ? m[1]! : null
}

const pad = (n: number) => String(n).padStart(2, '0')
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()

/** A written date ("Feb 24 2022", "Dec 6-7 2025", "July 2024", "2014") as a range of days, via chrono-node. */
export function parseDateText(dateText: string): DateRange | null {
  const normal = dateText
    .replace(/[\u2011\u2010–]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
  if (/^\d{4}$/.test(normal)) {
    const y = Number(normal)
    return { start: iso(y, 1, 1), end: iso(y, 12, 31), granularity: 'year' }
  }
  const result = chrono().parse(normal, new Date(Date.UTC(2000, 0, 1)))[0]
  if (!result || result.text.length < normal.length - 1) return null
  const s = result.start
  const year = s.get('year')
  const month = s.get('month')
  if (year === null || month === null) return null
  if (!s.isCertain('day')) {
    return {
      start: iso(year, month, 1),
      end: iso(year, month, lastDay(year, month)),
      granularity: 'month',
    }
  }
  const start = iso(year, month, s.get('day')!)
  const e = result.end
  const end = e ? iso(e.get('year') ?? year, e.get('month') ?? month, e.get('day')!) : start
  return { start, end, granularity: 'day' }
}

/**
 * Paragraphs and list items that open with a date and a dash or colon ("Feb 24 2022 – Russia
 * launches …") become `timeline-entry` blocks with `date` and `dateText`.
 */
export function markTimelineEntries(blocks: DraftBlock[]): void {
  blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph' && block.kind !== 'list-item') return
    const dateText = timelineDateText(block.text)
    if (!dateText) return
    const date = parseDateText(dateText)
    const entry = sliceBlock(block, 0, block.text.length, 'timeline-entry')
    if (!entry) return
    entry.dateText = dateText
    if (date) entry.date = date
    blocks[index] = entry
  })
}
