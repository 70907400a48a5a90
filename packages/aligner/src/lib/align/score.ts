import type { Actor, DateRange } from '@parallax/schema'
import { matchLemmas } from '../lexical/compare.js'
import { LEXICAL_SIGNALS } from '../lexical/signals.js'
import { phaseOfSameDay } from './aspect.js'
import { descriptorKey } from './conflicts.js'
import { type ClaimFeatures, sameUnit, unitKey } from './features.js'
import type { ResolvedAlignOptions } from './options.js'
import { unitsAgree } from './units.js'
import { dateRelation, figuresCompatible, sameActor, within } from './values.js'

/** Units of a length of time (a duration), as the annotator writes them. */
const DURATION = new Set(['second', 'minute', 'hour', 'day', 'night', 'week'])

/** A scored pair, with the evidence for linking it. */
export interface PairScore {
  readonly score: number
  /**
   * The score before it is capped at 1: orders links of equal score by their evidence (a pair
   * whose dates also agree is linked before one that only shares words).
   */
  readonly raw?: number
  readonly reasons: string[]
  /** True when the words of one claim lie within the other's (a truncated or merged quote). */
  readonly contains?: boolean
}

/** Soft Dice overlap of two lemma lists, and containment (the share of the shorter one matched). */
function overlap(
  a: ClaimFeatures,
  b: ClaimFeatures,
  options: ResolvedAlignOptions,
  explain: boolean,
) {
  if (a.lemmas.length === 0 || b.lemmas.length === 0) {
    return { dice: 0, contained: 0, weight: 0, exact: 0, reasons: [] }
  }
  const m = matchLemmas(a.lemmas, b.lemmas, options.lexical)
  const reasons: string[] = []
  if (explain) {
    if (m.exact.length) reasons.push(`shared words: ${[...new Set(m.exact)].sort().join(', ')}`)
    for (const [x, y, s] of m.soft) reasons.push(`${LEXICAL_SIGNALS[s].label}: ${x} ~ ${y}`)
  }
  return {
    exact: m.exact.length,
    weight: m.weight,
    dice: (2 * m.weight) / (a.lemmas.length + b.lemmas.length),
    contained: m.weight / Math.min(a.lemmas.length, b.lemmas.length),
    reasons,
  }
}

/**
 * How strongly two claims state the same thing, by kind, with the reasons. Symmetric (the pair
 * is ordered by index first). Claims of one article are never linked (an article does not
 * confirm itself), except positions, which gather per party and topic, and except when
 * `sameArticle` is true: then two claims of one article are scored as any two claims, to tell
 * whether the article restates one fact (see `restates`). Reasons are written
 * only when `explain` is true (the score is the same), so scoring many candidates stays cheap.
 */
export function scorePair(
  x: ClaimFeatures,
  y: ClaimFeatures,
  options: ResolvedAlignOptions,
  explain = true,
  sameArticle = false,
): PairScore {
  const [a, b] = x.index < y.index ? [x, y] : [y, x]
  const ca = a.claim
  const cb = b.claim
  if (ca.kind !== cb.kind) return { score: 0, reasons: [] }
  if (a.article === b.article && ca.kind !== 'position' && !sameArticle)
    return { score: 0, reasons: [] }
  if (
    a.published &&
    b.published &&
    Math.abs(Date.parse(a.published) - Date.parse(b.published)) > options.days * 86_400_000
  ) {
    return { score: 0, reasons: [] }
  }
  const o = overlap(a, b, options, explain)
  let contains = false
  const reasons = [...o.reasons]
  let score = o.dice
  const actorBonus = () => {
    if (a.actor && b.actor && sameActor(a.actor, b.actor)) {
      reasons.unshift(`same ${a.actors[0]!.field} ${a.actor.key ?? a.actor.name}`)
      return 0.15
    }
    return 0
  }
  switch (ca.kind) {
    case 'quote': {
      // A short quoted phrase ('a house of cards') is a truncation of a longer quote that holds
      // all its words as written (two words at least; three when some match only as synonyms).
      const shortest = Math.min(a.lemmas.length, b.lemmas.length)
      if (
        (shortest >= 3 && o.contained >= 0.9) ||
        (shortest === 2 && o.contained >= 1 && o.exact >= 2)
      ) {
        score = Math.max(score, 0.75)
        reasons.push('one wording contains the other')
        contains = true
      }
      const bonus = actorBonus()
      // One shared word is no evidence that two speakers said the same thing ("main issues").
      if (bonus === 0 && o.weight < 2) score = Math.min(score, options.link - 0.05)
      score += bonus
      break
    }
    case 'quantity': {
      if (cb.kind !== 'quantity') return { score: 0, reasons: [] }
      const shared = () =>
        a.context.length > 0 &&
        b.context.length > 0 &&
        matchLemmas(a.context, b.context, options.lexical).weight > 0
      const fa = a as ClaimFeatures & { claim: typeof ca }
      const fb = b as ClaimFeatures & { claim: typeof cb }
      if (!unitsAgree(fa, fb, shared, (u) => countNoun(u))) return { score: 0, reasons: [] }
      if (!sameUnit(ca.unit, cb.unit) && explain)
        reasons.push(`units of one thing: ${ca.unit ?? 'count'} / ${cb.unit ?? 'count'}`)
      // Figures of one fact belong to one occasion: dates in their sentences that exclude each
      // other (a request in February, a sentence in March) make them different facts.
      // A count as of a day ('12,400 acres by Monday') is one fact with another day's count.
      if (a.when && b.when && !a.asOf && !b.asOf && dateRelation(a.when, b.when) === 'disjoint')
        return { score: 0, reasons: [] }
      // A subject that only repeats the unit ("years", "people", "EUR") does not say what is
      // measured: such figures are one fact only when they are the same figure.
      // Unless their clauses say the same thing happened to what is counted ('customers … without
      // power', 'customers … had lost power').
      // Outlets that disagree on one figure disagree within a factor of a few ('3,500' /
      // '5,300'); figures further apart that share only their clause's words count different
      // things ('3,500 residents' / '2 residents').
      const clause =
        a.context.length && b.context.length && near(ca.value, cb.value)
          ? matchLemmas(a.context, b.context, options.lexical)
          : null
      // A unit that is itself what is counted ('firefighters', 'packs', 'customers'), not a
      // measure, a currency, a share or people in general, says what is measured: its figures
      // within a factor of two are one fact's figures ('about 1,000 firefighters' / 'more than
      // 800 firefighters').
      const counted = countNoun(ca.unit) && within(ca.value, cb.value, 2)
      if (
        (a.measured === 0 || b.measured === 0) &&
        ca.value !== cb.value &&
        !clause?.weight &&
        !counted
      )
        return { score: 0, reasons: [] }
      // Different days of one many-day occasion ('the opening session', 'the second day').
      if (a.day !== null && b.day !== null && a.day !== b.day) return { score: 0, reasons: [] }
      const compatible = figuresCompatible(ca, cb)
      // Different figures are one fact's conflict only in one context: sentences naming only
      // different places ("two hours in Geneva", "four hours in Moscow") measure different things,
      // unless their clauses share two words (or a word and a synonym) on what is measured ('a magnitude 6.1 quake
      // hit southern Greece', 'the magnitude 6.4 earthquake struck the Messinia region').
      if (
        !compatible &&
        (clause?.weight ?? 0) < 1.5 &&
        a.places.length > 0 &&
        b.places.length > 0 &&
        !a.places.some((p) => b.places.includes(p))
      )
        return { score: 0, reasons: [] }
      reasons.unshift(ca.unit ? `same unit: ${ca.unit}` : 'both plain counts')
      if (clause?.weight) {
        const dice = (2 * clause.weight) / (a.context.length + b.context.length)
        if (dice > score) {
          score = dice
          if (explain)
            reasons.push(
              `their clauses share: ${[...new Set(clause.exact)].sort().join(', ')}${clause.soft.map(([x, y]) => `, ${x} ~ ${y}`).join('')}`,
            )
        }
      }
      if (
        a.when &&
        b.when &&
        a.when.granularity === 'day' &&
        dateRelation(a.when, b.when) === 'equal'
      ) {
        score += 0.2
        reasons.push(`both sentences dated ${a.when.start}`)
      } else if (a.when && b.when) reasons.push('dates in their sentences compatible')
      const person = a.people.find((p) => b.people.includes(p))
      if (person) {
        score += 0.25
        reasons.push(`both sentences name ${person}`)
      }
      if (compatible) {
        score += 0.2
        reasons.push(
          ca.value === cb.value ? `same figure: ${ca.value}` : 'figures agree within their hedges',
        )
        // One figure in one unit, in articles of one story at dates that do not exclude each
        // other, is one fact however each outlet names what it measures ('a five-year deal',
        // 'a five-year contract'; '10km deep', 'a depth of 10 kilometres'). Small whole numbers
        // recur by chance ('two hours', 'three days'), so they need a word in common as well.
        if (
          ca.value === cb.value &&
          ca.unit !== null &&
          (distinctive(ca.value) || o.weight > 0 || !!clause?.weight)
        ) {
          score += 0.25
          reasons.push(`same figure in the same unit: ${ca.value} ${unitKey(ca.unit)}`)
        }
        // Two equal lengths of time on one topic, at dates that do not exclude each other, are
        // the length of one occasion however each outlet names it ('two hours of talks', 'the
        // delegations reconvened for about two hours').
        if (DURATION.has(unitKey(ca.unit) ?? '') && ca.topic && ca.topic === cb.topic) {
          score += 0.25
          reasons.push(`both give the length of ${ca.topic}`)
        }
      }
      break
    }
    case 'event': {
      if (cb.kind !== 'event') return { score: 0, reasons: [] }
      const participant = sharedParticipant(ca.participants, cb.participants)
      const samePlace = !!ca.where && !!cb.where && ca.where === cb.where
      const disjoint = !!a.when && !!b.when && dateRelation(a.when, b.when) === 'disjoint'
      // One event needs more than a shared noun ("talks", "trial"): at dates that exclude each
      // other, or in different places, only a shared participant or place, or a description
      // sharing three content words or more ("clubs first met to discuss the striker"), makes
      // it one event (whose date or place the sources then dispute).
      const described = o.weight >= 3
      // A party (a state, a side) takes part in most events of its story: it does not make
      // events at different dates one.
      // Nor does a person at dates months apart: people take part in many events of a story
      // (a round of talks in December, another in February).
      // The gap is between the ranges, whatever their granularity ('1938' and 22 January 2026
      // are decades apart; 'January' and 17 February are weeks apart).
      const far = disjoint && gapDays(a.when!, b.when!) > 31
      const own = participant && !participant.key?.startsWith('party:') && !far ? participant : null
      if (disjoint && !own && !samePlace && !described) return { score: 0, reasons: [] }
      if (ca.where && cb.where && !samePlace && !own && !described) return { score: 0, reasons: [] }
      score += actorBonus()
      if (participant && !(a.actor && b.actor && sameActor(a.actor, b.actor))) {
        score += 0.1
        reasons.push(`same participant: ${participant.key ?? participant.name}`)
      }
      if (a.when && b.when && !disjoint) {
        score += 0.15
        reasons.push('dates compatible')
      } else if (disjoint && a.when!.granularity === 'day' && b.when!.granularity === 'day') {
        // two different days weigh against one event as much as compatible dates weigh for it:
        // a shared description then links only where no claim of the same day does (a coarser
        // date, 'earlier this month', is too loose to weigh against)
        score -= 0.15
        reasons.push('dates disjoint')
      }
      if (phaseOfSameDay(a, b)) {
        score += 0.3
        reasons.push(`the start or end of an event of ${a.when!.start}`)
      }
      if (samePlace) {
        score += 0.1
        reasons.push(`same place: ${ca.where}`)
      }
      break
    }
    case 'position': {
      if (cb.kind !== 'position' || !sameActor(ca.party, cb.party)) return { score: 0, reasons: [] }
      // One party's demand and its refusal on a topic are two positions unless their words meet.
      if (ca.topic && ca.topic === cb.topic && ca.stance === cb.stance) {
        score = 0.6 + 0.4 * o.dice
        reasons.unshift(`same party ${ca.party.key ?? ca.party.name} on topic ${ca.topic}`)
      } else {
        score = o.dice + 0.15
        reasons.unshift(`same party ${ca.party.key ?? ca.party.name}`)
      }
      break
    }
    case 'characterisation': {
      if (cb.kind !== 'characterisation') return { score: 0, reasons: [] }
      // Different people's descriptions share adjectives by chance ("substantive"): they are one
      // statement only when the words are the same.
      if (
        ca.by &&
        cb.by &&
        !sameActor(ca.by, cb.by) &&
        descriptorKey(ca.descriptors) !== descriptorKey(cb.descriptors)
      )
        return { score: 0, reasons: [] }
      const da = new Set(ca.descriptors.map((d) => d.toLowerCase()))
      const shared = cb.descriptors.filter((d) => da.has(d.toLowerCase()))
      if (shared.length) {
        score = Math.max(score, 0.5)
        reasons.push(`same descriptors: ${shared.join(', ')}`)
      }
      score += actorBonus()
      break
    }
  }
  const rounded = Math.round(Math.min(1, score) * 1000) / 1000
  const raw = Math.round(score * 1000) / 1000
  return contains ? { score: rounded, raw, reasons, contains } : { score: rounded, raw, reasons }
}

/**
 * Units that measure or share out rather than name what is counted: lengths, weights, areas,
 * times, shares, money, and people in general.
 */
const MEASURES = new Set([
  'person',
  'people',
  'percent',
  'point',
  'time',
  'year',
  'month',
  'week',
  'day',
  'night',
  'hour',
  'minute',
  'second',
  'kilometre',
  'metre',
  'centimetre',
  'millimetre',
  'mile',
  'foot',
  'kilogram',
  'gram',
  'tonne',
  'ton',
  'pound',
  'acre',
  'hectare',
  'degree',
  'magnitude',
  'euro',
  'dollar',
])

/** True when a unit names what is counted ('firefighter', 'pack'), not a measure or money. */
function countNoun(unit: string | null): boolean {
  const key = unitKey(unit)
  return key !== null && /^[a-z]+$/.test(key) && !MEASURES.has(key)
}

/** True when two figures lie within a factor of three of each other (same sign). */
function near(a: number, b: number): boolean {
  return within(a, b, 3)
}

/** A figure unlikely to recur by chance in one story: not a whole number up to twelve. */
function distinctive(value: number): boolean {
  return !Number.isInteger(value) || Math.abs(value) > 12
}

/** The first participant of `a` that `b` also names (by key or by one name spelled two ways). */
function sharedParticipant(a: readonly Actor[], b: readonly Actor[]): Actor | null {
  for (const x of a) if (b.some((y) => sameActor(x, y))) return x
  return null
}

/** Days between two date ranges that do not overlap (0 when they do). */
function gapDays(a: DateRange, b: DateRange): number {
  const [first, second] = a.end < b.start ? [a, b] : [b, a]
  return Math.max(0, (Date.parse(second.start) - Date.parse(first.end)) / 86_400_000)
}
