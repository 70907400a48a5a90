// Over 300 lines on purpose: the date rules (periods, day words, years after prepositions, chrono
// results, which way a bare weekday or month points) share one pass over the text and its state.

import { createRequire } from 'node:module'
import type { DateRange, ReferenceDate } from '@parallax/schema'
import type { ParsedComponents } from 'chrono-node'
import type * as ChronoEn from 'chrono-node/en'
import { english } from '../lang/en/index.js'

/** A date expression in a block's text (block-text offsets), resolved or with the reason it is not. */
export interface DateDraft {
  start: number
  end: number
  value: DateRange | null
  time?: string
  relative: boolean
  reason?: string
}

const require = createRequire(import.meta.url)
let chronoEn: typeof ChronoEn | undefined

/**
 * chrono-node's English locale, loaded on the first date to parse and then kept: English only,
 * as the full entry also loads every other locale (about 0.2 s of CPU).
 */
function chrono(): typeof ChronoEn {
  chronoEn ??= require('chrono-node/en') as typeof ChronoEn
  return chronoEn
}

const pad = (n: number) => String(n).padStart(2, '0')
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d))
const addDays = (d: Date, n: number) => utc(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + n)

function parseIso(date: string): Date {
  const [y, m, d] = date.split('-').map(Number)
  return utc(y!, m! - 1, d!)
}

const months = english.months.map((m) => m.toLowerCase())
const monthNames = english.months.join('|')

/** "this week", "earlier this month", "last year", "next week", "February last year". */
const periodPattern = new RegExp(
  `\\b(?:(?<month>${monthNames})\\s+)?(?:(?<side>earlier|later)\\s+)?(?<which>this|last|next|past|previous|coming)\\s+(?<unit>week|month|year)\\b`,
  'giu',
)
const dayWords = /\b(?<word>today|yesterday|tomorrow|tonight)\b/giu
/**
 * A year or "May" after a preposition, which chrono-node leaves out ("until 2030", "since May"),
 * and a year used as an adjective ("the 2021 typhoon").
 */
const afterPreposition =
  /\b(?:(?:in|since|until|till|by|from|before|after|through|throughout)\s+(?:(?<year>(?:1[89]|20)\d\d)|(?<may>May))\b(?!\s*\d)|the\s+(?<adjective>(?:1[89]|20)\d\d)(?=\s+\p{Ll}))/gu
/** chrono results must name a month, weekday, year or day word to count as a date here. */
const dateWord = new RegExp(
  `\\b(?:${[...english.monthAbbreviations.slice(0, 4), 'may', ...english.monthAbbreviations.slice(4)].join('|')})[a-z]*\\.?|\\b(?:${[...english.weekdays.map((d) => d.toLowerCase()), ...english.weekdayAbbreviations].join('|')})\\b|\\b(?:1[89]|20)\\d\\d\\b|\\b(?:today|yesterday|tomorrow|tonight)\\b`,
  'iu',
)

/**
 * The words of {@link dateWord} without their boundaries: a text none of them occurs in cannot
 * hold a chrono result that names one, so chrono (the dearest step) is not run on it.
 */
const dateWordAnywhere = new RegExp(
  [
    ...english.monthAbbreviations,
    'may',
    ...english.weekdays,
    ...english.weekdayAbbreviations,
    '(?:1[89]|20)\\d\\d',
    'today|yesterday|tomorrow|tonight',
  ].join('|'),
  'iu',
)

function periodRange(
  ref: Date,
  which: string,
  unit: string,
  side: string | undefined,
  month: string | undefined,
): DateRange {
  const y = ref.getUTCFullYear()
  const shift =
    which === 'last' || which === 'past' || which === 'previous'
      ? -1
      : which === 'next' || which === 'coming'
        ? 1
        : 0
  if (month) {
    const m = months.indexOf(month.toLowerCase())
    const year = unit === 'year' ? y + shift : y
    return { start: iso(utc(year, m, 1)), end: iso(utc(year, m + 1, 0)), granularity: 'month' }
  }
  let start: Date
  let end: Date
  let granularity: DateRange['granularity']
  if (unit === 'week') {
    const monday = addDays(ref, -((ref.getUTCDay() + 6) % 7) + 7 * shift)
    start = monday
    end = addDays(monday, 6)
    granularity = 'week'
  } else if (unit === 'month') {
    start = utc(y, ref.getUTCMonth() + shift, 1)
    end = utc(y, ref.getUTCMonth() + shift + 1, 0)
    granularity = 'month'
  } else {
    start = utc(y + shift, 0, 1)
    end = utc(y + shift, 11, 31)
    granularity = 'year'
  }
  if (shift === 0 && side === 'earlier' && end > ref) end = ref
  if (shift === 0 && side === 'later' && start < ref) start = ref
  return { start: iso(start), end: iso(end), granularity }
}

/**
 * A number at the start of a chrono result, followed by a weekday with or without "on", that no
 * clock word makes a time ("14 on Tuesday", "14 Tuesday"; not "3 pm on Friday", "14:30").
 */
const countBeforeDay = new RegExp(
  `^\\d{1,2}\\s+(?=(?:on\\s+)?(?:${english.weekdays.join('|')})\\b)`,
  'iu',
)

/**
 * Years to move a day written without a year: -1 when it falls more than a week after the
 * reference in a clause that does not look ahead, +1 when it falls more than a week before it in
 * one that does, else 0.
 */
function yearShift(day: Date, ref: Date, ahead: boolean): number {
  const week = 7 * 86400e3
  if (!ahead && day.getTime() - ref.getTime() > week) return -1
  if (ahead && ref.getTime() - day.getTime() > week) return 1
  return 0
}

/** Replace look-alike characters by ASCII of the same length so chrono reads "Dec 6‑7". */
function asciiFold(text: string): string {
  return text.replace(/[\u2010\u2011\u2012\u2013]/gu, '-').replace(/\u00a0/gu, ' ')
}

/** Options of `resolveDates`. */
export interface ResolveDatesOptions {
  /** Reference for relative expressions in this block (a timeline entry's own date). Default: the article's. */
  localReference?: string
}

/**
 * Find and resolve the date expressions of one block's text against the reference date, with
 * chrono-node (`forwardDate: false`) for calendar dates and weekdays, and rules for period
 * phrases ("earlier this month", "last year"). A weekday alone is the most recent such day on
 * or before the reference (past-tense news). Without a reference, relative expressions keep
 * `value: null` and a reason; absolute ones still resolve.
 */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: pre-existing (112); to split by pattern (issue 9)
export function resolveDates(
  text: string,
  reference: ReferenceDate,
  options: Readonly<ResolveDatesOptions> = {},
): DateDraft[] {
  const refDate =
    options.localReference ?? (reference.basis === 'undetermined' ? undefined : reference.date)
  const ref = refDate ? parseIso(refDate) : undefined
  const noRef =
    reference.basis === 'undetermined'
      ? `relative date and no reference date: ${reference.reason}`
      : 'relative date and no reference date'
  const out: DateDraft[] = []
  const taken = (s: number, e: number) => out.some((d) => d.start < e && s < d.end)

  for (const m of text.matchAll(periodPattern)) {
    const g = m.groups!
    const start = m.index
    const end = start + m[0].length
    const draft: DateDraft = { start, end, value: null, relative: true }
    if (ref)
      draft.value = periodRange(
        ref,
        g.which!.toLowerCase(),
        g.unit!.toLowerCase(),
        g.side?.toLowerCase(),
        g.month,
      )
    else draft.reason = noRef
    out.push(draft)
  }
  for (const m of text.matchAll(dayWords)) {
    const start = m.index
    const end = start + m[0].length
    if (taken(start, end)) continue
    const word = m.groups!.word!.toLowerCase()
    const draft: DateDraft = { start, end, value: null, relative: true }
    if (ref) {
      const d = addDays(ref, word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0)
      draft.value = { start: iso(d), end: iso(d), granularity: 'day' }
    } else draft.reason = noRef
    out.push(draft)
  }

  for (const m of text.matchAll(afterPreposition)) {
    const g = m.groups!
    const year = g.year ?? g.adjective
    const word = year ?? g.may!
    const start = m.index + m[0].length - word.length
    const end = start + word.length
    if (taken(start, end)) continue
    if (year) {
      const value: DateRange = { start: `${word}-01-01`, end: `${word}-12-31`, granularity: 'year' }
      out.push({ start, end, value, relative: false })
    } else if (ref) {
      // Like any month without a year: the next May when the clause looks ahead, else the most
      // recent one up to the reference.
      const y = looksAhead(text, start)
        ? ref.getUTCMonth() <= 4
          ? ref.getUTCFullYear()
          : ref.getUTCFullYear() + 1
        : ref.getUTCMonth() >= 4
          ? ref.getUTCFullYear()
          : ref.getUTCFullYear() - 1
      const value: DateRange = { start: `${y}-05-01`, end: `${y}-05-31`, granularity: 'month' }
      out.push({ start, end, value, relative: true })
    } else out.push({ start, end, value: null, relative: true, reason: noRef })
  }

  const chronoRef = ref ? new Date(ref.getTime() + 12 * 3600e3) : new Date(Date.UTC(2000, 0, 1, 12))
  const results = dateWordAnywhere.test(text)
    ? chrono().parse(asciiFold(text), { instant: chronoRef, timezone: 0 }, { forwardDate: false })
    : []
  for (const r of results) {
    // Trim a leading preposition and trailing punctuation; cut a "range" that is really a dash
    // between a date and the next clause ("Jan 23 2026 – After four hours").
    let rtext = r.text
    let start = r.index
    // A bare count glued to a weekday ("rose to 14 on Tuesday") is a quantity, not an hour:
    // chrono reads it as 14:00. Only "at 3 on Friday", a clock time or "3 pm" make it a time.
    const count = countBeforeDay.exec(rtext)
    if (count) {
      start += count[0].length
      rtext = rtext.slice(count[0].length)
    }
    const lead = /^(?:on|in|at|by|since|from|until|during)\s+/iu.exec(rtext)
    if (lead) {
      start += lead[0].length
      rtext = rtext.slice(lead[0].length)
    }
    const dash = /\s+[-–—]\s+/u.exec(rtext)
    let ranged = r.end !== undefined && r.end !== null
    if (dash && !dateWord.test(rtext.slice(dash.index + dash[0].length))) {
      rtext = rtext.slice(0, dash.index)
      ranged = false
    }
    rtext = rtext.replace(/[\s,.;:]+$/u, '')
    const end = start + rtext.length
    if (!dateWord.test(rtext) || taken(start, end)) continue
    const s = r.start
    const hasYear = s.isCertain('year')
    const hasMonth = s.isCertain('month')
    const hasDay = s.isCertain('day')
    const weekdayOnly = s.isCertain('weekday') && !hasDay
    const relative = !hasYear
    const draft: DateDraft = { start, end, value: null, relative }
    if (relative && !ref) {
      draft.reason = noRef
      out.push(draft)
      continue
    }
    const at = (c: ParsedComponents) => utc(c.get('year')!, c.get('month')! - 1, c.get('day')!)
    let value: DateRange
    if (weekdayOnly && ref) {
      // Most recent such weekday on or before the reference (chrono may pick a nearer future day).
      const target = s.get('weekday')!
      const back = (ref.getUTCDay() - target + 7) % 7
      const next =
        /\bnext\s+$/iu.test(text.slice(Math.max(0, start - 5), start)) || /^next\b/iu.test(r.text)
      // "next Monday": the one after the reference; a clause that looks ahead ("the cuts will
      // begin on Monday"): the first on or after it; otherwise the most recent on or before it.
      const d = next
        ? addDays(ref, (target - ref.getUTCDay() + 7) % 7 || 7)
        : looksAhead(text, start)
          ? addDays(ref, (target - ref.getUTCDay() + 7) % 7)
          : addDays(ref, -back)
      value = { start: iso(d), end: iso(d), granularity: 'day' }
    } else if (hasDay) {
      let first = at(s)
      let e = ranged && r.end ? at(r.end) : first
      // A day and month without a year: chrono takes the nearer year. Past-tense news means the
      // most recent one ("met on March 12", written in October), a future clause the next one;
      // within a week of the reference chrono's choice stands.
      if (!hasYear && ref) {
        const shift = yearShift(first, ref, looksAhead(text, start))
        first = utc(first.getUTCFullYear() + shift, first.getUTCMonth(), first.getUTCDate())
        e = utc(e.getUTCFullYear() + shift, e.getUTCMonth(), e.getUTCDate())
      }
      value = { start: iso(first), end: iso(e), granularity: 'day' }
    } else if (hasMonth) {
      const m = s.get('month')! - 1
      // A month without a year: the next such month when the words say the future ("from
      // October", "until May", "will … in January"), else the most recent one up to the
      // reference ("since January", "met in March"). chrono-node would pick the nearer one.
      const ahead = looksAhead(text, start)
      const y = hasYear
        ? s.get('year')!
        : ref
          ? ref.getUTCFullYear() +
            (ahead ? (m < ref.getUTCMonth() ? 1 : 0) : m > ref.getUTCMonth() ? -1 : 0)
          : s.get('year')!
      const endC = ranged ? r.end : undefined
      const last = endC ? utc(endC.get('year')!, endC.get('month')!, 0) : utc(y, m + 1, 0)
      value = { start: iso(utc(y, m, 1)), end: iso(last), granularity: 'month' }
    } else if (hasYear) {
      const y = s.get('year')!
      value = { start: `${y}-01-01`, end: `${y}-12-31`, granularity: 'year' }
    } else continue
    draft.value = value
    if (s.isCertain('hour') && !count)
      draft.time = `${pad(s.get('hour')!)}:${pad(s.get('minute') ?? 0)}`
    out.push(draft)
  }
  return out.sort((a, b) => a.start - b.start)
}

/** The first full calendar date (day, month and year written out) in a text, as `YYYY-MM-DD`. */
export function firstFullDate(text: string): string | undefined {
  // A date written out has a digit: a text without one is not parsed.
  if (!/\d/u.test(text)) return undefined
  for (const r of chrono().parse(asciiFold(text), new Date(Date.UTC(2000, 0, 1, 12)))) {
    const s = r.start
    // Written out: chrono also gives "now" ("holding for now") every component.
    if (s.isCertain('day') && s.isCertain('month') && s.isCertain('year') && /\d/u.test(r.text)) {
      return `${s.get('year')}-${pad(s.get('month')!)}-${pad(s.get('day')!)}`
    }
  }
  return undefined
}

const QUALIFIER = '(?:at least|at the earliest|as early as|as late as|early|late|mid-?)\\s+'
const PAST_LEAD = new RegExp(
  `\\b(?:since|last|earlier|through|throughout|during)\\s+(?:${QUALIFIER})?$`,
  'iu',
)
const FUTURE_LEAD = new RegExp(
  `\\b(?:next|until|till|by|from|coming|before)\\s+(?:${QUALIFIER})?$`,
  'iu',
)
const FUTURE_MARKER =
  /\b(?:will|would|shall|'ll|’ll|going to|expected (?:to|in|on|by)|(?:is|are|was|were) due to|plans? to|planned to|set to|scheduled|due (?:in|on|by)|aims? to|intends? to|is to|are to)\b/giu
/** A past-tense verb: the common irregular ones of news prose, or a word in -ed. */
const PAST_VERB =
  /\b(?:said|told|wrote|met|held|began|took|gave|made|spoke|saw|went|came|broke|rose|fell|won|lost|left|sent|led|ran|struck|[a-z]{2,}ed)\b/giu

/**
 * Whether a month or weekday named alone at `start` points forward from the reference date.
 * Words right before it decide first ("since January", "from October"); otherwise the last
 * tense marker of its clause does: a future one ("will …", "expected in") looks ahead, a
 * past-tense verb after it ("…, officials said on Tuesday") looks back.
 */
function looksAhead(text: string, start: number): boolean {
  const lead = text.slice(Math.max(0, start - 30), start)
  if (PAST_LEAD.test(lead)) return false
  if (FUTURE_LEAD.test(lead)) return true
  // The clause so far: from the last sentence end before the date to the date itself.
  const before = text.slice(Math.max(0, start - 300), start)
  let clauseStart = 0
  for (const m of before.matchAll(/[.!?]["”’]?\s/gu))
    clauseStart = Math.max(clauseStart, m.index + m[0].length)
  const clause = before.slice(clauseStart)
  let lastFuture = -1
  for (const m of clause.matchAll(FUTURE_MARKER))
    lastFuture = Math.max(lastFuture, m.index + m[0].length)
  if (lastFuture < 0) return false
  // A participle after "be"/"been"/"have" ("due to be handed over") is not a past-tense verb.
  const past = [...clause.matchAll(PAST_VERB)]
    .map((m) => m.index ?? 0)
    .filter(
      (at) => !/\b(?:be|been|being|have|has|had)\s+$/iu.test(clause.slice(Math.max(0, at - 8), at)),
    )
  return !past.some((at) => at >= lastFuture)
}
