import type { Actor, Claim, DateRange } from '@parallax/schema'
import { statementLemmas } from '../lexical/compare.js'
import type { LexicalSignal } from '../lexical/signals.js'
import { wordnetSynonyms } from '../lexical/wordnet.js'

/** What the aligner compares about one claim, computed once. */
export interface ClaimFeatures {
  readonly index: number
  readonly claim: Claim
  readonly article: string
  readonly report: string
  /** The article's publication date, or null. */
  readonly published: string | null
  /** Content lemmas of what the claim states (the quote, subject, event, object, descriptors). */
  readonly lemmas: readonly string[]
  /** The main actor: speaker, `by`, party, or the first participant. */
  readonly actor: Actor | null
  /** Every actor the claim names, with the field it comes from. */
  readonly actors: ReadonlyArray<{ field: string; actor: Actor }>
  /**
   * The claim's date: an event's or a quote's own; for a quantity, the date written in its
   * sentence nearest to the figure (its occasion), when there is one.
   */
  readonly when: DateRange | null
  /**
   * For a quantity, true when its date says as of when the figure held ('12,400 acres by
   * Monday'): a running count, which another day's figure updates.
   */
  readonly asOf: boolean
  /**
   * For a quote with no speaker, the one person its sentence names in full (see `quoteNamed`):
   * compared for name forms only, never as the speaker.
   */
  readonly named: Actor | null
  /** Content lemmas of a quantity's subject beyond its figure and unit (0: the unit alone). */
  readonly measured: number
  /** Keys of the people a quantity's sentence names. */
  readonly people: readonly string[]
  /** Keys of the places (and countries) a quantity's sentence names. */
  readonly places: readonly string[]
  /**
   * For a quantity, the day of a many-day occasion its sentence names ('the second day of
   * talks' → 2, 'the opening session' → 1), when it names exactly one; else null.
   */
  readonly day: number | null
  /**
   * For a quantity, content lemmas of its clause beyond figures and names ('customers … without
   * power' → customer, power): what happened to what is counted. Empty for other kinds.
   */
  readonly context: readonly string[]
}

const ORDINAL_DAY =
  /\b(first|opening|second|third|fourth|fifth|sixth|seventh)(?:\s+|-)(day|session|sitting|round)\b/gi

const ORDINAL_VALUE: Readonly<Record<string, number>> = {
  first: 1,
  opening: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
}

/** The one day of a many-day occasion a sentence names, or null (none, or several). */
export function occasionDay(text: string): number | null {
  const days = new Set<number>()
  for (const m of text.matchAll(ORDINAL_DAY)) days.add(ORDINAL_VALUE[m[1]!.toLowerCase()]!)
  return days.size === 1 ? [...days][0]! : null
}

const NUMERIC =
  /^\d|^(one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|percent)$/

const CURRENCY = /^(euro|euros|pound|pounds|sterling|dollar|dollars|yen|franc|francs)$/

/** Short forms and spellings of units, by the unit they name ('km', 'kilometer' → kilometre). */
const UNIT_SHORT: Readonly<Record<string, string>> = {
  km: 'kilometre',
  kilometer: 'kilometre',
  kg: 'kilogram',
  cm: 'centimetre',
  centimeter: 'centimetre',
  mm: 'millimetre',
  millimeter: 'millimetre',
  m: 'metre',
  meter: 'metre',
  mi: 'mile',
  ft: 'foot',
  hr: 'hour',
  min: 'minute',
}

/** One key for the ways a unit is written ('km', 'kilometer', 'kilometre' → kilometre). */
export function unitKey(unit: string | null): string | null {
  if (unit === null) return null
  const u = unit.toLowerCase()
  return UNIT_SHORT[u] ?? u
}

/**
 * True when two units name one thing: the same key, or WordNet synonyms in their frequent senses
 * ('quake' / 'earthquake', 'supporter' / 'fan' when WordNet has them as one synset).
 */
export function sameUnit(a: string | null, b: string | null): boolean {
  const ka = unitKey(a)
  const kb = unitKey(b)
  if (ka === kb) return true
  if (ka === null || kb === null) return false
  return wordnetSynonyms(ka, kb)
}

/** Irregular plurals a subject may use for its unit ("people" counted in `person`). */
const PLURAL: Readonly<Record<string, string>> = {
  people: 'person',
  persons: 'person',
  men: 'man',
  women: 'woman',
  children: 'child',
}

/** The words a claim states, by kind. */
export function statedText(claim: Claim): string {
  switch (claim.kind) {
    case 'quote':
      return claim.quote
    case 'quantity':
      return claim.subject
    case 'event':
      // The place once: 'talks in Abu Dhabi' already names it.
      return claim.where && !claim.event.includes(claim.where)
        ? `${claim.event} ${claim.where}`
        : claim.event
    case 'position':
      return claim.object
    case 'characterisation':
      return `${claim.subject} ${claim.descriptors.join(' ')}`
  }
}

function actorsOf(claim: Claim): Array<{ field: string; actor: Actor }> {
  switch (claim.kind) {
    case 'quote':
      return claim.speaker ? [{ field: 'speaker', actor: claim.speaker }] : []
    case 'characterisation':
      return claim.by ? [{ field: 'by', actor: claim.by }] : []
    case 'position': {
      const list = [{ field: 'party', actor: claim.party }]
      if (claim.by) list.push({ field: 'by', actor: claim.by })
      return list
    }
    case 'event':
      return claim.participants.map((actor) => ({ field: 'participants', actor }))
    case 'quantity':
      return []
  }
}

/**
 * A figure its sentence dates to the day its article appeared ('10 per cent contained on Monday',
 * 'by Tuesday evening'): a count as of that day.
 */
export function datedToItsDay(f: ClaimFeatures): boolean {
  return (
    !!f.published &&
    !!f.when &&
    f.when.granularity === 'day' &&
    f.when.start <= f.published &&
    f.when.end >= f.published
  )
}

/**
 * True when a lemma is a word for the unit itself: its singular or plural ('people' for person),
 * a short form or spelling ('km', 'kilometer' for kilometre). The one check of "this word names
 * the unit" that features, `units.ts` (and later `cross-profile.ts`) share.
 */
export function isUnitWord(l: string, unit: string): boolean {
  const w = PLURAL[l] ?? l
  // 'km', 'kilometer' and 'kilometres' name the unit 'kilometre'.
  const spelt = UNIT_SHORT[w] ?? w.replace(/er$/, 're')
  return w === unit || `${w}s` === unit || w === `${unit}s` || spelt === unit
}

/** True when a lemma only names the unit ('people' for person, 'km' for kilometre) or a currency. */
function namesUnit(l: string, unit: string): boolean {
  return isUnitWord(l, unit) || CURRENCY.test(PLURAL[l] ?? l)
}

export function claimFeatures(
  index: number,
  claim: Claim,
  report: string,
  published: string | null,
  lexical: readonly LexicalSignal[],
  occasion: DateRange | null = null,
  names: { readonly people: readonly string[]; readonly places: readonly string[] } = {
    people: [],
    places: [],
  },
  clause = '',
  asOf = false,
  named: Actor | null = null,
): ClaimFeatures {
  let lemmas = statementLemmas(statedText(claim), lexical)
  let measured = lemmas.length
  if (claim.kind === 'quantity') {
    lemmas = lemmas.filter((l) => !NUMERIC.test(l))
    const unit = unitKey(claim.unit) ?? ''
    measured = lemmas.filter((l) => !namesUnit(l, unit)).length
  }
  const actors = actorsOf(claim)
  const when =
    claim.kind === 'event'
      ? claim.when
      : claim.kind === 'quote'
        ? (claim.when ?? null)
        : claim.kind === 'quantity'
          ? occasion
          : null
  return {
    index,
    claim,
    article: claim.provenance.article,
    report,
    published,
    lemmas,
    actor: actors[0]?.actor ?? null,
    actors,
    when,
    asOf: claim.kind === 'quantity' && asOf,
    named: claim.kind === 'quote' && !claim.speaker ? named : null,
    measured,
    people: names.people,
    places: names.places,
    day: claim.kind === 'quantity' ? occasionDay(claim.text) : null,
    context:
      claim.kind === 'quantity' && clause
        ? statementLemmas(clause, lexical).filter(
            (l) => !NUMERIC.test(l) && !namesUnit(l, unitKey(claim.unit) ?? ''),
          )
        : [],
  }
}
