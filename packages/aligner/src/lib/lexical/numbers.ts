/** Numbers written in a statement, as digits or English number words ("six-hour" → 6). */

import { english } from '@parallax/annotate/english'

/**
 * Number words read alone: the language pack's cardinals without the articles ("a", "an" count
 * as one only inside a figure, which this reader does not parse), plus "hundred" and "dozen".
 */
const UNITS: Readonly<Record<string, number>> = Object.fromEntries([
  ...Object.entries(english.numberWords).filter(([word]) => !english.articles.includes(word)),
  ['hundred', english.scaleWords.hundred!],
  ['dozen', english.scaleWords.dozen!],
])
/** Scale words that multiply the number before them ("six million"). */
const SCALE: Readonly<Record<string, number>> = Object.fromEntries(
  (['thousand', 'million', 'billion'] as const).map((word) => [word, english.scaleWords[word]!]),
)

/** The numbers in `words` (lower-cased), each once, in order of appearance. */
export function numbersIn(words: readonly string[]): number[] {
  const out: number[] = []
  for (let i = 0; i < words.length; i++) {
    const parts = words[i]!.split('-')
    for (const p of parts) {
      let value: number | undefined
      if (/^\d+(?:[.,]\d+)*$/.test(p))
        value = Number(p.replace(/,(?=\d{3}\b)/g, '').replace(',', '.'))
      else if (p in UNITS) value = UNITS[p]
      if (value === undefined || Number.isNaN(value)) continue
      const next = words[i + 1]
      if (next && next in SCALE) value *= SCALE[next]!
      if (!out.includes(value)) out.push(value)
    }
  }
  return out
}

/** Hedge words that make a figure approximate. */
const HEDGES =
  /\b(about|around|nearly|almost|roughly|approximately|some|more than|over|at least|up to|less than|under|close to)\b/

/** True when `text` hedges its figures ("nearly", "more than"). */
export function isHedged(text: string): boolean {
  return HEDGES.test(text.toLowerCase())
}
