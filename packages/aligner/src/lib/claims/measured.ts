import type { Quantity } from '@parallax/schema'
import type { Placed, SentenceView } from './context.js'
import type { ClaimLanguage } from './lang/types.js'
import type { Token } from './nlp.js'
import {
  clauseAround,
  isBoundary,
  normalise,
  nounPhraseAround,
  nounPhraseFrom,
  tokenAt,
} from './phrases.js'

/** What a figure measures, and whether it is a forecast. */
export interface Measured {
  readonly subject: string
  readonly expected: boolean
  /** The counted noun, for an elliptical figure after it ('kills four people and injures 40'). */
  readonly counted?: string
}

/** The figure before this one in the sentence: a conversion or ellipsis may reuse it. */
export interface PreviousFigure {
  readonly end: number
  readonly measured: Measured
}

/**
 * What a figure measures, as a normalised noun phrase; `undefined` for a figure that is no
 * claim (a definite reference 'the two sides', a compound that names 'a 28-point plan').
 */
export function measuredBy(
  lang: ClaimLanguage,
  view: SentenceView,
  placed: Placed<Quantity>,
  previous: PreviousFigure | undefined,
): Measured | undefined {
  const tokens = view.tokens
  const first = tokenAt(tokens, placed.start)
  let last = first
  while (last + 1 < tokens.length && tokens[last + 1]!.start < placed.end) last++
  const before = tokens[first - 1]
  const next = tokens[last + 1]
  const unit = placed.item.unit
  // An age states a fact even after 'the': 'the 22-year-old striker' is 22 years old.
  const age = lang.ageForm.test(placed.item.text)
  // 'the two sides' refers back; 'the £18 million they received', an age and a compound measure
  // ('the six-hour opening session', 'the 40km cordon') still state a figure.
  const compoundMeasure =
    unit !== null &&
    (lang.durationUnits.includes(unit) || lang.measureUnits.includes(unit)) &&
    /\d[-‑]?[a-z]|[a-z][-‑][a-z]/i.test(placed.item.text)
  const definite =
    before?.lower === 'the' &&
    !age &&
    !compoundMeasure &&
    !(unit !== null && /^[A-Z]{3}$/.test(unit))
  if (before && (definite || /^(its|their|his|her|our)$/.test(before.lower))) return undefined
  const norm = (a: number, b: number) => normalise(view.text, tokens, a, b, lang.dropLeading)
  const [clauseStart, clauseEnd] = clauseAround(tokens, first)
  const expected = isExpected(tokens, clauseStart, clauseEnd, lang.expectation)
  const out = (said: string, counted?: string): Measured => {
    const subject = said.trim() || unit || placed.item.text
    return counted ? { subject, expected, counted } : { subject, expected }
  }
  if (age) return out(lang.ageSubject)
  const isDuration = unit !== null && lang.durationUnits.includes(unit)
  const isMeasure =
    unit !== null &&
    (isDuration ||
      lang.shareUnits.includes(unit) ||
      lang.measureUnits.includes(unit) ||
      /^[A-Z]{3}$/.test(unit))

  // A conversion of the figure before: '1.3 trillion lira, or about $36 billion'.
  if (
    previous &&
    /^[\s,(]*(or|about|roughly|some|around|approximately|\s)*[\s(]*$/i.test(
      view.text.slice(previous.end, placed.start),
    )
  )
    return out(previous.measured.subject)
  // A compound figure names a kind of thing: 'a six-hour session', but not 'a 28-point plan'.
  if (/\d[-‑]|[a-z][-‑][a-z]/i.test(placed.item.text) && next && /NOUN|PROPN|ADJ/.test(next.pos)) {
    if (!isDuration && !(unit !== null && lang.measureUnits.includes(unit))) return undefined
    const np = nounPhraseFrom(tokens, last + 1, { ofChain: 1 })
    if (np) return out(withRelative(tokens, np, norm))
  }
  // 'four hours of talks', '20% of the region Russia demands'
  if (next?.lower === 'of') {
    const np = nounPhraseFrom(tokens, last + 2, { ofChain: 1 })
    if (np) {
      const what = withRelative(tokens, np, norm)
      return out(unit !== null && lang.shareUnits.includes(unit) ? `share of ${what}` : what)
    }
  }
  // A figure modifying a noun: 'a $2 billion plant'.
  const misread = next?.pos === 'VERB' && tokens[last + 2]?.pos === 'NOUN' // 'a 7% pay rise'
  if (isMeasure && !isDuration && (next?.pos === 'NOUN' || misread)) {
    const np = nounPhraseFrom(tokens, misread ? last + 2 : last + 1, { ofChain: 1 })
    if (np) return out(withRelative(tokens, [last + 1, np[1]], norm))
  }
  // The counted noun inside the figure ('43 drones', 'a million people') and its verb.
  let noun = -1
  for (let k = first; k <= last; k++) if (/^(NOUN|PROPN)$/.test(tokens[k]!.pos)) noun = k
  if (noun >= 0 && !isMeasure) {
    let a = first
    for (let k = first; k < noun; k++)
      if (tokens[k]!.pos === 'NUM' || lang.scaleWords.includes(tokens[k]!.lower)) a = k + 1
    // a partitive's 'of the' or 'of its': 'five of the seven members'
    while (a < noun && (tokens[a]!.lower === 'of' || /^(DET|PRON|NUM)$/.test(tokens[a]!.pos))) a++
    const counted = norm(a, noun)
    const participle = participleAfter(tokens, noun, lang)
    if (participle) {
      const [v, adv] = participle
      const tail = adv > v ? ` ${tokens[adv]!.lower}` : ''
      return out(`${counted} ${tokens[v]!.lower}${tail}`, counted)
    }
    const verb = verbBefore(tokens, first, clauseStart, lang, 3)
    if (verb !== undefined) return out(`${counted} ${pastParticiple(tokens[verb]!, lang)}`, counted)
    return out(counted, counted)
  }
  // 'a fee of about £42 million', 'an opening bid of £30 million': the noun the figure sizes.
  if (before?.lower === 'of' && tokens[first - 2]?.pos === 'NOUN' && first - 2 >= clauseStart) {
    const h = first - 2
    return out(norm(Math.max(nounPhraseAround(tokens, h)[0], clauseStart), h))
  }
  const adp = before?.pos === 'ADP' || before?.pos === 'PART'
  const verb = verbBefore(tokens, first, clauseStart, lang, adp ? 8 : 3)
  if (verb !== undefined) {
    const participle = pastParticiple(tokens[verb]!, lang)
    const lasts = lang.durationVerbs.includes(tokens[verb]!.lemma)
    // 'the toll rose to 14', 'reached 13': the figure is the subject's level, not a change
    const level =
      lang.changeVerbs.includes(tokens[verb]!.lemma) &&
      (verb === first - 1 || (verb === first - 2 && /^(to|at)$/.test(before?.lower ?? '')))
    const verbForm = (isDuration && lasts) || level ? '' : ` ${participle}`
    // 'raise the pension age from 62 to 64': the verb's object.
    const object = adp ? nounBetween(view, verb, first) : undefined
    if (object !== undefined && unit === null) {
      const [a] = nounPhraseAround(tokens, object)
      return out(norm(Math.max(a, verb + 1), object))
    }
    // 'kills four people and injures 40': the noun counted just before.
    if (unit === null && !adp && previous?.measured.counted)
      return out(`${previous.measured.counted} ${participle}`)
    // '…the first day of talks, which lasted six hours': the relative clause's antecedent.
    const rel = tokens[clauseStart - 1]
    if (
      rel &&
      (rel.lower === 'which' || (rel.lower === 'that' && tokens[clauseStart - 2]?.pos === 'NOUN'))
    ) {
      const h = nearestNoun(tokens, clauseStart - 1, 0)
      if (h !== undefined) return out(`${withOf(tokens, h, norm)}${verbForm}`)
    }
    // The clause's subject: its first noun phrase after any speech verb, not a speaker.
    let from = clauseStart
    for (let k = clauseStart; k < verb; k++)
      if (tokens[k]!.pos === 'VERB' && lang.speechVerbs.includes(tokens[k]!.lemma)) from = k + 1
    const h = firstNoun(view, verb, from) ?? (lasts ? firstNoun(view, verb, 0) : undefined)
    if (h !== undefined) return out(`${withOf(tokens, h, norm, from)}${verbForm}`)
  }
  // 'refunds of more than 40 billion shillings': the noun the figure belongs to.
  if (before?.lower === 'of') {
    const h = nearestNoun(tokens, first - 1, clauseStart)
    if (h !== undefined) return out(norm(Math.max(nounPhraseAround(tokens, h)[0], clauseStart), h))
  }
  const chain = participleAfter(tokens, last, lang)
  if (chain) return out(tokens[chain[0]]!.lower)
  // A rate: '£120,000 a week'.
  const per =
    /^(a|an|per)$/.test(next?.lower ?? '') &&
    lang.durationUnits.includes(tokens[last + 2]?.lemma ?? '')
      ? ` per ${tokens[last + 2]!.lemma}`
      : ''
  // A contact relative clause: 'the £18 million they received' → 'received'.
  if (next?.pos === 'PRON' && tokens[last + 2]?.pos === 'VERB')
    return out(`${pastParticiple(tokens[last + 2]!, lang)}${per}`)
  // Only a verb to go by: 'will earn around £120,000 a week' → 'earned per week'.
  if (verb !== undefined) return out(`${pastParticiple(tokens[verb]!, lang)}${per}`)
  // Nothing around it: the figure's own noun, else its unit, else its words.
  return out((noun >= 0 ? norm(noun, noun) : '') || unit || placed.item.text)
}

/** The noun phrase headed at `h` with the `of` phrase it heads: 'first day of talks'. */
function withOf(
  tokens: readonly Token[],
  h: number,
  norm: (a: number, b: number) => string,
  floor = 0,
): string {
  const low = h < floor ? 0 : floor
  let [a, b] = nounPhraseAround(tokens, h)
  while (tokens[a - 1]?.lower === 'of' && tokens[a - 2]?.pos === 'NOUN' && a - 2 >= low)
    a = nounPhraseAround(tokens, a - 2)[0]
  a = Math.max(a, low)
  // an `of` phrase with a figure is not part of what is measured ('refunds of 40 billion')
  if (b > h && tokens.slice(h + 1, b + 1).some((t) => t.pos === 'VERB' || t.pos === 'NUM')) b = h
  return norm(a, b)
}

function nearestNoun(tokens: readonly Token[], before: number, from: number): number | undefined {
  for (let k = before - 1; k >= from; k--) if (/^(NOUN|PROPN)$/.test(tokens[k]!.pos)) return k
  return undefined
}

/** Whether token `k` lies in a mention of an actor or in a date (not what a figure measures). */
function aside(view: SentenceView, k: number): boolean {
  const t = view.tokens[k]!
  return (
    view.mentions.some((m) => m.entity.kind !== 'place' && m.start <= t.start && m.end >= t.end) ||
    view.dates.some((d) => d.start <= t.start && d.end >= t.end)
  )
}

/** A noun between the verb and the figure that is the verb's object. */
function nounBetween(view: SentenceView, verb: number, first: number): number | undefined {
  for (let k = first - 1; k > verb; k--)
    if (/^(NOUN|PROPN)$/.test(view.tokens[k]!.pos) && !aside(view, k)) return k
  return undefined
}

/** Head of the first noun phrase in `[from, before)`: its nouns compounded, actors skipped. */
function firstNoun(view: SentenceView, before: number, from: number): number | undefined {
  const tokens = view.tokens
  for (let k = from; k < before; k++) {
    if (!/^(NOUN|PROPN)$/.test(tokens[k]!.pos) || aside(view, k)) continue
    let h = k
    while (h + 1 < before && /^(NOUN|PROPN)$/.test(tokens[h + 1]!.pos)) h++
    return h
  }
  return undefined
}

/** A participle right after the counted noun, with an adverb: 'drones launched overnight'. */
function participleAfter(
  tokens: readonly Token[],
  noun: number,
  lang: ClaimLanguage,
): [number, number] | undefined {
  let k = noun + 1
  while (
    tokens[k]?.pos === 'AUX' ||
    tokens[k]?.pos === 'PART' ||
    (tokens[k]?.pos === 'VERB' &&
      tokens[k + 1]?.pos === 'PART' &&
      lang.expectation.includes(tokens[k]!.lemma))
  )
    k++
  const verb = tokens[k]
  if (verb?.pos !== 'VERB' || !/(ed|en|wn|ne|t)$/.test(verb.lower)) return undefined
  if (lang.speechVerbs.includes(verb.lemma) || lang.expectation.includes(verb.lemma))
    return undefined
  const adv = tokens[k + 1]
  const withAdv =
    adv &&
    (adv.pos === 'ADV' || (adv.pos === 'ADJ' && tokens[k + 2]?.pos !== 'NOUN')) &&
    !isBoundary(adv)
  return [k, withAdv ? k + 1 : k]
}

/** The verb a figure depends on, within `reach` tokens to its left in the clause. */
function verbBefore(
  tokens: readonly Token[],
  first: number,
  clauseStart: number,
  lang: ClaimLanguage,
  reach: number,
): number | undefined {
  for (let k = first - 1; k >= Math.max(clauseStart, first - reach); k--) {
    const t = tokens[k]!
    if (t.pos === 'VERB') return lang.speechVerbs.includes(t.lemma) ? undefined : k
    if (t.pos === 'AUX') return undefined
    if (reach <= 3 && !['ADV', 'ADP', 'DET', 'ADJ', 'PART'].includes(t.pos)) return undefined
  }
  return undefined
}

/** A reduced relative clause after the noun phrase ('the region Russia demands'). */
function withRelative(
  tokens: readonly Token[],
  np: [number, number],
  norm: (a: number, b: number) => string,
): string {
  const [a, b] = np
  const who = tokens[b + 1]
  const verb = tokens[b + 2]
  if (who && verb && (who.pos === 'PROPN' || who.pos === 'PRON') && verb.pos === 'VERB')
    return norm(a, b + 2)
  return norm(a, b)
}

/** The verb's past participle: 'launched', 'fallen'; regular verbs take -ed. */
function pastParticiple(verb: Token, lang: ClaimLanguage): string {
  const lemma = verb.lemma
  const irregular = lang.participles[lemma]
  if (irregular) return irregular
  if (/ed$/.test(verb.lower) && verb.lower !== lemma) return verb.lower
  if (lemma.endsWith('e')) return `${lemma}d`
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ied`
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(lemma)) return `${lemma}${lemma.at(-1)}ed`
  return `${lemma}ed`
}

function isExpected(
  tokens: readonly Token[],
  a: number,
  b: number,
  cues: readonly string[],
): boolean {
  for (let k = a; k <= b; k++) {
    const t = tokens[k]!
    if (t.pos !== 'VERB' && t.pos !== 'AUX' && t.pos !== 'ADJ') continue
    if (!cues.includes(t.lemma) && !cues.includes(t.lower)) continue
    if ((t.lemma === 'set' || t.lemma === 'due') && tokens[k + 1]?.lower !== 'to') continue
    return true
  }
  return false
}
