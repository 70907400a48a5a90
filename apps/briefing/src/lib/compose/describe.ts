import { english } from '@parallax/annotate/english'
import type { Claim, ClaimCluster, DateRange, Hedge, QuantityClaim } from '@parallax/schema'

/** Number words by value, zero to ten (the language pack's words, without the articles). */
const countWords = new Map(
  Object.entries(english.numberWords)
    .filter(([word, value]) => value <= 10 && !english.articles.includes(word))
    .map(([word, value]) => [value, word]),
)

/** `3` → `three`, `12` → `12` (words up to ten, as news style has it). */
export function countWord(n: number): string {
  return countWords.get(n) ?? String(n)
}

/** First letter upper-cased. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** `a`, `a and b`, `a, b and c`. */
export function listPhrase(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

const hedgeWords: Record<Hedge, string> = {
  about: 'about',
  nearly: 'nearly',
  'more-than': 'more than',
  'less-than': 'less than',
  'at-least': 'at least',
  'at-most': 'at most',
  'up-to': 'up to',
}

/** A quantity as a reader writes it: `about 6 hours`, `nearly 20%`, `EUR 5 billion`. */
export function quantityPhrase(claim: Pick<QuantityClaim, 'value' | 'unit' | 'hedge'>): string {
  const value = formatNumber(claim.value, claim.unit !== null)
  const unit = claim.unit
  let figure: string
  if (unit === null) figure = value
  else if (unit === 'percent' || unit === '%') figure = `${value}%`
  else if (/^[A-Z]{3}$/.test(unit))
    figure = currencySymbols[unit] ? `${currencySymbols[unit]}${value}` : `${unit} ${value}`
  else figure = `${value} ${claim.value === 1 ? unit : pluralUnit(unit)}`
  return claim.hedge ? `${hedgeWords[claim.hedge]} ${figure}` : figure
}

/** Units whose plural is not the unit plus -s. */
const irregularPlurals: Record<string, string> = {
  person: 'people',
  child: 'children',
  man: 'men',
  woman: 'women',
  foot: 'feet',
  people: 'people',
}

/** `hour` → `hours`, `person` → `people`, `casualty` → `casualties`. */
export function pluralUnit(unit: string): string {
  const irregular = irregularPlurals[unit.toLowerCase()]
  if (irregular) return irregular
  // An abbreviation has no plural: `25 km`, `40 mph`, `3 kg`.
  if (!/[aeiouy]/i.test(unit) || unit.endsWith('.')) return unit
  if (/[^su]s$/.test(unit)) return unit // already plural: 'years'
  if (/(s|x|ch|sh)$/.test(unit)) return `${unit}es`
  if (/[^aeiou]y$/.test(unit)) return `${unit.slice(0, -1)}ies`
  return `${unit}s`
}

const currencySymbols: Record<string, string> = { EUR: '€', USD: '$', GBP: '£', JPY: '¥' }

/**
 * `4200000` → `4.2 million`, `12500` → `12,500`, `6` → `6`; a count of something (`counted`)
 * groups its thousands from 1,000 (`4,100 investors`), a bare number only from 10,000 (a year
 * read as a number stays `2022`).
 */
function formatNumber(value: number, counted: boolean): string {
  for (const [scale, word] of [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ] as const)
    if (Math.abs(value) >= scale) return `${Number((value / scale).toPrecision(4))} ${word}`
  if (Number.isInteger(value) && Math.abs(value) >= (counted ? 1000 : 10000))
    return value.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return String(Number(value.toPrecision(12)))
}

/**
 * Units of a length of time something lasts while one watches it (a session, a siege); a count of
 * months or years is more often a term ('a 12-year sentence', 'a five-year contract').
 */
const durationUnits = new Set(['second', 'minute', 'hour', 'day', 'night'])

/** True when a quantity says how long something lasted (`6 hours`, not `12 years` of a term). */
export function isDuration(claim: Pick<QuantityClaim, 'unit' | 'subject'>): boolean {
  return (
    claim.unit !== null && durationUnits.has(claim.unit.toLowerCase()) && claim.subject !== 'age'
  )
}

/**
 * What a quantity measures as a noun phrase a sentence can use: `the talks`, `the first day of
 * talks`, `Russia’s demand`; a subject that already opens with a determiner, a possessive or a
 * name is kept as it is.
 */
export function measuredPhrase(subject: string): string {
  const s = subject.trim()
  if (/^(the|a|an|this|that|these|those|its|their|his|her|our|each|every)\b/i.test(s)) return s
  if (/^\p{Lu}/u.test(s) || /['’]s\b/.test(s.split(/\s+/)[0] ?? '')) return s
  return `the ${s}`
}

/**
 * A heading for a cluster that reads as English, without the value the row already shows:
 * `Length of the talks`, `People killed`, `Talks in Abu Dhabi`, `Vladimir Medinsky on the talks`.
 */
export function clusterHeading(claim: Claim, fallback: string): string {
  switch (claim.kind) {
    case 'quantity': {
      const subject = claim.subject.trim()
      const unit = claim.unit?.toLowerCase() ?? null
      // A subject that only repeats the unit ('days') says nothing more than the unit does.
      if (
        !/\p{L}{2}/u.test(subject) ||
        (unit && [unit, pluralUnit(unit)].includes(subject.toLowerCase()))
      )
        return unit && !/^[A-Z]{3}$/.test(claim.unit ?? '')
          ? capitalise(pluralUnit(unit))
          : capitalise(fallback)
      return isDuration(claim) ? `Length of ${measuredPhrase(subject)}` : capitalise(subject)
    }
    case 'event':
      return capitalise(
        claim.where && !claim.event.includes(claim.where)
          ? `${claim.event} in ${claim.where}`
          : claim.event,
      )
    case 'characterisation':
      return capitalise(`${claim.by?.name ?? 'Someone'} on ${claim.subject}`)
    case 'position':
      return `${claim.party.name}’s ${claim.stance}${claim.topic ? ` on ${claim.topic}` : ''}`
    default:
      return capitalise(fallback)
  }
}

/** A date range as displayed: `17 February 2026`, `17–18 February 2026`, `February 2026`. */
export function dateLabel(range: DateRange): string {
  const [ys, ms, ds] = range.start.split('-').map(Number) as [number, number, number]
  const [ye, me, de] = range.end.split('-').map(Number) as [number, number, number]
  const month = (m: number) => english.months[m - 1] ?? String(m)
  if (range.granularity === 'year') return ys === ye ? `${ys}` : `${ys}–${ye}`
  if (range.granularity === 'month' || range.granularity === 'quarter')
    return ys === ye && ms === me
      ? `${month(ms)} ${ys}`
      : `${month(ms)}${ys === ye ? '' : ` ${ys}`} – ${month(me)} ${ye}`
  if (range.start === range.end) return `${ds} ${month(ms)} ${ys}`
  if (ys === ye && ms === me) return `${ds}–${de} ${month(ms)} ${ys}`
  return `${ds} ${month(ms)}${ys === ye ? '' : ` ${ys}`} – ${de} ${month(me)} ${ye}`
}

/** A stable key for a date range. */
export function dateKey(range: DateRange | null | undefined): string {
  return range ? `${range.start}/${range.end}` : ''
}

/**
 * Clusters ranked for a section: most independent reports, then most articles, then id (in
 * natural order, so `k2` before `k10`).
 */
export function byWeight(a: ClaimCluster, b: ClaimCluster): number {
  return (
    b.independent - a.independent ||
    b.articles.length - a.articles.length ||
    naturalCompare(a.id, b.id)
  )
}

/** Compares strings with digit runs as numbers: `k2` < `k10`. */
export function naturalCompare(a: string, b: string): number {
  const x = a.match(/\d+|\D+/g) ?? []
  const y = b.match(/\d+|\D+/g) ?? []
  for (let i = 0; i < Math.min(x.length, y.length); i += 1) {
    const p = x[i] as string
    const q = y[i] as string
    if (p === q) continue
    const numeric = /^\d/.test(p) && /^\d/.test(q)
    if (numeric && Number(p) !== Number(q)) return Number(p) - Number(q)
    return p < q ? -1 : 1
  }
  return x.length - y.length
}

/** Most common value by `key`, ties to the first seen. */
export function mostCommon<T>(items: readonly T[], key: (item: T) => string): T | undefined {
  const counts = new Map<string, { item: T; count: number }>()
  for (const item of items) {
    const k = key(item)
    const entry = counts.get(k)
    if (entry) entry.count += 1
    else counts.set(k, { item, count: 1 })
  }
  let best: { item: T; count: number } | undefined
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry
  return best?.item
}
