import { english } from '@parallax/annotate/english'
import type { ClaimCluster, DateRange, Hedge, QuantityClaim } from '@parallax/schema'

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
  const value = formatNumber(claim.value)
  const unit = claim.unit
  let figure: string
  if (unit === null) figure = value
  else if (unit === 'percent' || unit === '%') figure = `${value}%`
  else if (/^[A-Z]{3}$/.test(unit))
    figure = currencySymbols[unit] ? `${currencySymbols[unit]}${value}` : `${unit} ${value}`
  else figure = `${value} ${claim.value === 1 ? unit : pluralUnit(unit)}`
  return claim.hedge ? `${hedgeWords[claim.hedge]} ${figure}` : figure
}

function pluralUnit(unit: string): string {
  if (/(s|x|ch|sh)$/.test(unit)) return `${unit}es`
  if (/[^aeiou]y$/.test(unit)) return `${unit.slice(0, -1)}ies`
  return `${unit}s`
}

const currencySymbols: Record<string, string> = { EUR: '€', USD: '$', GBP: '£', JPY: '¥' }

/** `4200000` → `4.2 million`, `12500` → `12,500`, `6` → `6`. */
function formatNumber(value: number): string {
  for (const [scale, word] of [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ] as const)
    if (Math.abs(value) >= scale) return `${Number((value / scale).toPrecision(4))} ${word}`
  if (Number.isInteger(value) && Math.abs(value) >= 10000)
    return value.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return String(Number(value.toPrecision(12)))
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
