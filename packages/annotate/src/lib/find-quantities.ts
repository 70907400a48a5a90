import type { Hedge } from '@parallax/schema'
import { english } from '../lang/en/index.js'
import { attachedScales } from '../lang/en/numbers.js'
import { type Token, tag } from './nlp.js'

const units = english.numberWords
const ordinals = english.ordinalWords
const scales = english.scaleWords
const currencySymbols = english.currencySymbols
const currencyWords = english.currencyWords
const sharedCurrencies = english.sharedCurrencies

/** A quantity found in a block's text (block-text offsets), normalised. */
export interface QuantityDraft {
  start: number
  end: number
  value: number
  unit: string | null
  hedge: Hedge | null
  ordinal: boolean
  scale?: string
}

/**
 * Currency codes for the shared currency words of one article, from the country its text names
 * most ("pesos" in a story about Chile → CLP). Pass the result to `findQuantities`.
 */
export function localCurrencies(articleText: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const { words, countries } of sharedCurrencies) {
    let best: string | undefined
    let most = 0
    for (const [re, code] of countries) {
      const n = articleText.match(re)?.length ?? 0
      if (n > most) {
        most = n
        best = code
      }
    }
    if (best) for (const w of words) out[w] = best
  }
  return out
}
const hedges: Array<[RegExp, Hedge]> = [
  [/^(?:about|around|approximately|roughly|some|circa|an estimated|estimated)$/iu, 'about'],
  [/^(?:nearly|almost|close to|just under|just shy of)$/iu, 'nearly'],
  [/^(?:more than|over|upwards of|above|in excess of|just over)$/iu, 'more-than'],
  [/^(?:less than|fewer than|under|below)$/iu, 'less-than'],
  [/^(?:at least|no fewer than|no less than)$/iu, 'at-least'],
  [/^(?:at most|no more than)$/iu, 'at-most'],
  [/^(?:up to|as many as|as much as)$/iu, 'up-to'],
]

const wordNumber = `(?:${Object.keys(units)
  .filter((w) => w !== 'a' && w !== 'an')
  .join('|')})(?:[-\\u2011 ](?:one|two|three|four|five|six|seven|eight|nine))?`
const ordinalWord = `(?:${Object.keys(ordinals).join('|')}|\\d+(?:st|nd|rd|th))`
const hedgeWords =
  '(?:about|around|approximately|roughly|some|circa|an estimated|nearly|almost|close to|just under|more than|over|upwards of|above|less than|fewer than|under|below|at least|no fewer than|no less than|at most|no more than|up to|as many as|as much as)'

const pattern = new RegExp(
  [
    `(?<hedge>\\b${hedgeWords}\\s+)?`,
    '(?:',
    `(?<currency>US\\$|R\\$|\\bRs\\.?\\s?|\\bR(?=\\d)|[€$£¥₽₴₹₦₩₺₱])?(?<digits>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:(?<attached>bn|km|kms|kg|cm|mm|mi|ft|hrs?|k|m)(?![\\p{L}\\d]))?(?![\\p{L}\\d])`,
    `|(?<words>\\b(?:${wordNumber}|a|an)(?=\\s+(?:dozen|hundred|thousand|million|billion))|\\b${wordNumber}\\b)`,
    `|(?<ordinal>\\b${ordinalWord}\\b)`,
    ')',
    '(?:\\s*(?<percent>%|percent\\b|per cent\\b))?',
    '(?:\\s+(?<scale>lakh\\s+crore|dozen|hundred|thousand|million|billion|trillion|bn|lakh|crore)\\b)?',
    '(?:[-\\u2011](?<hyphenUnit>\\p{L}+)(?:[-\\u2011](?:old|long|wide|strong))?)?',
  ].join(''),
  'giu',
)

const timeUnits = new Set([
  'second',
  'minute',
  'hour',
  'day',
  'week',
  'month',
  'year',
  'decade',
  'century',
])
/** Verbs that measure a span of time: after them "over" keeps its "more than" sense. */
const measuringVerbs =
  /^(?:last|lasts|lasted|lasting|take|takes|took|taken|taking|spend|spends|spent|spending|wait|waits|waited|waiting|be|is|are|was|were|been|being|stay|stays|stayed|remain|remains|remained|serve|serves|served|run|runs|ran|span|spans|spanned)$/iu

/** Options of {@link findQuantities}. */
export interface FindQuantitiesOptions {
  /** Codes for shared currency words in this article ({@link localCurrencies}); default none. */
  currencies?: Readonly<Record<string, string>>
}

/** Singular of an English plural noun (enough for units: "hours" → "hour", "people" → "person"). */
export function singular(word: string): string {
  const w = word.toLowerCase()
  if (w === 'people') return 'person'
  if (w === 'men') return 'man'
  if (w === 'women') return 'woman'
  if (w === 'children') return 'child'
  if (/(?:ss|us|is)$/u.test(w)) return w
  if (/ies$/u.test(w)) return `${w.slice(0, -3)}y`
  if (/(?:ches|shes|xes|sses|zes)$/u.test(w)) return w.slice(0, -2)
  if (/s$/u.test(w)) return w.slice(0, -1)
  return w
}

function hedgeOf(text: string | undefined): Hedge | null {
  if (!text) return null
  const t = text.trim().replace(/\s+/gu, ' ')
  for (const [re, h] of hedges) if (re.test(t)) return h
  return null
}

/** Head noun of the noun phrase right after `offset`, from part-of-speech tags (wink-nlp). */
function headNoun(tokens: readonly Token[], offset: number): Token | undefined {
  let i = 0
  while (i < tokens.length && tokens[i]!.start < offset) i++
  let head: Token | undefined
  for (let k = i; k < Math.min(tokens.length, i + 4); k++) {
    const t = tokens[k]!
    // A gerund after the head is a verb's object, not a compound ("five hours reading").
    if (t.pos === 'NOUN' && head && /ing$/iu.test(t.value)) break
    if (t.pos === 'NOUN') head = t
    else if (t.pos === 'ADJ' || t.pos === 'PROPN' || (t.pos === 'NUM' && k === i)) {
      if (head) break
    } else break
    if (head && tokens[k + 1]?.pos !== 'NOUN') break
  }
  return head
}

/**
 * Whether the digits at `[start, end)` are part of a clock time: hours and minutes joined by a
 * colon ("3:42", "14:30"), or a number followed by "a.m." / "pm".
 */
function isClockTime(text: string, start: number, end: number): boolean {
  if (/\d[:.]$/u.test(text.slice(Math.max(0, start - 2), start)) && text[start - 1] === ':')
    return true
  if (/^:\d\d/u.test(text.slice(end))) return true
  return /^\s?(?:a\.m\.|p\.m\.|am\b|pm\b)/iu.test(text.slice(end))
}

/**
 * Find quantities in a block's text: a number (digits or words, ordinals, currency, percent,
 * scale words) with its unit (a hyphenated unit "six-hour", a currency, or the head noun after
 * it) and hedge ("nearly", "about", "more than"). Skips years and spans in `exclude` (dates).
 */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: pre-existing (61); to split by pattern (issue 9)
export function findQuantities(
  text: string,
  exclude: ReadonlyArray<{ start: number; end: number }>,
  options: Readonly<FindQuantitiesOptions> = {},
): QuantityDraft[] {
  const currencies = options.currencies ?? {}
  const out: QuantityDraft[] = []
  let tokens: Token[] | undefined
  for (const m of text.matchAll(pattern)) {
    const g = m.groups!
    let start = m.index
    let end = start + m[0].length
    const numberStart = start + (g.hedge?.length ?? 0)
    if (exclude.some((d) => d.start < end && numberStart < d.end)) continue
    const before = text[numberStart - 1]
    if (before !== undefined && /[\p{L}\d[#]/u.test(before)) continue
    if (text[end] === ']') continue
    // A clock time ("3:42 a.m.", "at 9 pm", "14:30") is a time of day, not a quantity.
    if (g.digits && !g.currency && isClockTime(text, numberStart, start + m[0].length)) continue
    let value: number
    let ordinal = false
    if (g.digits) {
      value = Number(g.digits.replace(/,/gu, ''))
      // A bare year is a date, not a quantity.
      if (
        !g.currency &&
        !g.percent &&
        !g.scale &&
        !g.hyphenUnit &&
        !g.attached &&
        /^(?:1[5-9]|20)\d\d$/u.test(g.digits)
      )
        continue
    } else if (g.words) {
      const w = g.words.toLowerCase().split(/[-\u2011 ]/u)
      if (
        /^\p{Lu}/u.test(g.words) &&
        numberStart > 0 &&
        !/[.!?]\s*$|^\s*$/u.test(text.slice(Math.max(0, numberStart - 3), numberStart))
      )
        continue
      value = w.reduce((sum, part) => sum + (units[part] ?? 0), 0)
    } else if (g.ordinal) {
      const o = g.ordinal.toLowerCase()
      value = ordinals[o] ?? Number.parseInt(o, 10)
      ordinal = true
      if (
        /^\p{Lu}/u.test(g.ordinal) &&
        numberStart > 0 &&
        !/[.!?]\s*$/u.test(text.slice(0, numberStart))
      )
        continue
    } else continue
    let scale: string | undefined
    // A letter right after the digits: a scale of money or a count ("£50m", "2bn", "300k"), else
    // an abbreviated unit, as written ("40km" → km, as in "40 km").
    const attached = g.attached?.toLowerCase()
    const attachedScale =
      attached && (g.currency || attached === 'bn' || attached === 'k')
        ? attachedScales[attached]
        : undefined
    const attachedUnit = attached && !attachedScale ? singular(attached) : undefined
    if (g.scale || attachedScale) {
      scale = (g.scale ?? attachedScale)!.toLowerCase().replace(/\s+/gu, ' ')
      // Rounded to 15 significant digits so "3.71 lakh crore" is 3710000000000, not …0.0005.
      value = Number.parseFloat((value * (scales[scale] ?? 1)).toPrecision(15))
    }
    // A bare "R" before digits is the South African rand only in money style: a scale word or
    // a thousands separator ("R25 billion", "R1,500"); otherwise ("R2", a road "R40") skip it.
    if (
      /^r$/iu.test(g.currency ?? '') &&
      (g.currency !== 'R' || (!g.scale && !/,/u.test(g.digits ?? '')))
    )
      continue
    let unit: string | null = null
    if (g.currency) unit = currencySymbols[g.currency.replace(/[.\s]+$/u, '')] ?? null
    else if (g.percent) unit = 'percent'
    else if (attachedUnit) unit = attachedUnit
    else if (g.hyphenUnit) unit = singular(g.hyphenUnit)
    else {
      tokens ??= tag(text)
      const head = headNoun(tokens, end)
      if (head) {
        const lower = head.value.toLowerCase()
        unit = currencies[lower] ?? currencyWords[lower] ?? singular(lower)
        end = head.end
      }
    }
    // "what we built over two years": "over" after a verb, before a span of time, means
    // "during", not "more than" — unless the verb measures the time ("lasted over two years",
    // "took over a year") or "ago" follows ("over two years ago").
    let hedgeText = g.hedge
    if (
      hedgeText &&
      /^over\s/iu.test(hedgeText) &&
      unit !== null &&
      timeUnits.has(unit) &&
      !/^\s+ago\b/iu.test(text.slice(end))
    ) {
      tokens ??= tag(text)
      const prev = tokens.filter((t) => t.end <= start).pop()
      if (
        prev &&
        /^\s*$/u.test(text.slice(prev.end, start)) &&
        prev.pos === 'VERB' &&
        !measuringVerbs.test(prev.value)
      ) {
        hedgeText = undefined
        start = numberStart
      }
    }
    // "one" and ordinals without a unit are pronouns and adjectives more often than numbers.
    if (unit === null && (g.words || ordinal)) continue
    // An ordinal followed by a number ("first 100 days") is not itself the quantity.
    if (ordinal && /^\s+\d/u.test(text.slice(start + m[0].length))) continue
    if (g.words && (g.words.toLowerCase() === 'a' || g.words.toLowerCase() === 'an') && !scale)
      continue
    if (!hedgeText) start = numberStart
    const draft: QuantityDraft = { start, end, value, unit, hedge: hedgeOf(hedgeText), ordinal }
    if (scale) draft.scale = scale
    out.push(draft)
  }
  return out
}
