/** Numbers written in a statement, as digits or English number words ("six-hour" → 6). */

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
}
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 }

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
