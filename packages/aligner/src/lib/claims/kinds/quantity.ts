import type { Quantity, QuantityClaim } from '@parallax/schema'
import type { ClaimContext, Placed, SentenceView } from '../context.js'
import type { ClaimLanguage } from '../lang/types.js'
import type { Token } from '../nlp.js'
import {
  clauseAround,
  isBoundary,
  normalise,
  nounPhraseAround,
  nounPhraseFrom,
  tokenAt,
} from '../phrases.js'
import type { ClaimDraft, ClaimExtractor } from '../types.js'

/**
 * Every cardinal quantity annotation is a quantity claim, except ordinals ('second day') and
 * definite references ('the two sides'). `subject` is what the figure measures, as a normalised
 * noun phrase: the counted noun and its participle ('drones launched overnight'), the `of`
 * phrase ('share of the region Russia demands', 'talks'), the noun a compound figure modifies
 * ('session' for 'a six-hour session'), or the clause's subject and verb. `expected` marks a
 * figure in a clause of forecast or plan ('are expected to', 'will').
 */
export const quantityExtractor: ClaimExtractor = {
  linguistic: false,
  extract(context) {
    const drafts: ClaimDraft[] = []
    for (const view of context.sentences) {
      for (const placed of view.quantities) {
        const q = placed.item
        if (q.ordinal) continue
        const claim: Omit<QuantityClaim, 'id' | 'text' | 'provenance' | 'topic'> = {
          kind: 'quantity',
          subject: q.text,
          value: q.value,
          unit: q.unit,
          hedge: q.hedge,
        }
        let focus = q.text
        if (context.linguistic) {
          const analysis = analyse(context, view, placed)
          if (!analysis) continue
          claim.subject = analysis.subject
          if (analysis.expected) claim.expected = true
          focus = analysis.subject
        }
        drafts.push({ claim, span: q.span, sentence: view, text: view.text, focus })
      }
    }
    return drafts
  },
}

interface Analysis {
  readonly subject: string
  readonly expected: boolean
}

function analyse(
  context: ClaimContext,
  view: SentenceView,
  placed: Placed<Quantity>,
): Analysis | undefined {
  const lang = context.language
  const tokens = view.tokens
  const first = tokenAt(tokens, placed.start)
  let last = first
  while (last + 1 < tokens.length && tokens[last + 1]!.start < placed.end) last++
  const before = tokens[first - 1]
  if (before && (before.lower === 'the' || /^(its|their|his|her|our)$/.test(before.lower)))
    return undefined
  const unit = placed.item.unit
  const norm = (a: number, b: number) => normalise(view.text, tokens, a, b, lang.dropLeading)
  const [clauseStart, clauseEnd] = clauseAround(tokens, first)
  const expected = isExpected(tokens, clauseStart, clauseEnd, lang.expectation)
  const compound =
    /\d-|[a-z]-[a-z]/i.test(placed.item.text) &&
    tokens[last + 1] &&
    /NOUN|ADJ/.test(tokens[last + 1]!.pos)
  if (compound) {
    const measured =
      unit !== null && (lang.durationUnits.includes(unit) || lang.measureUnits.includes(unit))
    if (!measured) return undefined
    const np = nounPhraseFrom(tokens, last + 1, { ofChain: 1 })
    if (np) return { subject: withRelative(tokens, np, norm), expected }
  }
  const next = tokens[last + 1]
  if (next?.lower === 'of') {
    const np = nounPhraseFrom(tokens, last + 2, { ofChain: 1 })
    if (np) {
      const what = withRelative(tokens, np, norm)
      const share = unit !== null && lang.shareUnits.includes(unit)
      return { subject: share ? `share of ${what}` : what, expected }
    }
  }
  const measure =
    unit !== null &&
    (lang.durationUnits.includes(unit) ||
      lang.shareUnits.includes(unit) ||
      lang.measureUnits.includes(unit) ||
      /^[A-Z]{3}$/.test(unit))
  // A figure that modifies a noun ('a $2 billion plant', 'a ₹3 lakh crore budget').
  if (measure && next?.pos === 'NOUN' && !lang.durationUnits.includes(unit ?? '')) {
    const np = nounPhraseFrom(tokens, last + 1, { ofChain: 1 })
    if (np) return { subject: withRelative(tokens, np, norm), expected }
  }
  // The counted noun inside the figure ('43 drones', 'a million people').
  let noun = -1
  for (let k = first; k <= last; k++)
    if (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN') noun = k
  if (noun >= 0 && !measure) {
    let a = first
    for (let k = first; k < noun; k++)
      if (tokens[k]!.pos === 'NUM' || lang.scaleWords.includes(tokens[k]!.lower)) a = k + 1
    const participle = participleAfter(tokens, noun, lang)
    if (participle) {
      const [v, adv] = participle
      const tail = adv > v ? ` ${tokens[adv]!.lower}` : ''
      return { subject: `${norm(a, noun)} ${tokens[v]!.lower}${tail}`, expected }
    }
    const verb = governingVerb(tokens, first, clauseStart, lang)
    if (verb !== undefined)
      return { subject: `${norm(a, noun)} ${pastParticiple(tokens[verb]!, lang)}`, expected }
    return { subject: norm(a, noun), expected }
  }
  // A bare figure after a preposition ('from 62 to 64'): the noun phrase it belongs to.
  if (unit === null && (before?.pos === 'ADP' || before?.pos === 'PART')) {
    for (let k = first - 1; k >= clauseStart; k--) {
      const t = tokens[k]!
      if (t.pos === 'NOUN' || t.pos === 'PROPN') {
        const [a, b] = nounPhraseAround(tokens, k)
        return { subject: norm(a, Math.min(b, k)), expected }
      }
    }
  }
  // Otherwise the clause's subject and verb ('the talks lasted', 'the EU pledged').
  const verb = governingVerb(tokens, first, clauseStart, lang)
  if (verb !== undefined) {
    // A bare count is elliptical ('kills four people and injures 40'): the nearest noun.
    // A measure belongs to the clause's subject, its first noun phrase.
    const lasts = lang.durationVerbs.includes(tokens[verb]!.lemma)
    // '…the first day of talks, which lasted six hours': the relative clause's antecedent.
    const rel = tokens[clauseStart - 1]
    if (unit !== null && rel && /^(which|that)$/.test(rel.lower)) {
      const h = nearestNoun(tokens, clauseStart - 1, 0)
      if (h !== undefined) {
        let a = nounPhraseAround(tokens, h)[0]
        while (tokens[a - 1]?.lower === 'of' && tokens[a - 2]?.pos === 'NOUN')
          a = nounPhraseAround(tokens, a - 2)[0]
        const verbForm = lasts ? '' : ` ${pastParticiple(tokens[verb]!, lang)}`
        return { subject: `${norm(a, h)}${verbForm}`, expected }
      }
    }
    const k =
      unit === null
        ? nearestNoun(tokens, verb, clauseStart)
        : (firstNoun(tokens, verb, clauseStart) ?? (lasts ? firstNoun(tokens, verb, 0) : undefined))
    if (k !== undefined) {
      let [a] = nounPhraseAround(tokens, k)
      a = Math.max(a, k < clauseStart ? 0 : clauseStart)
      while (a < k && (tokens[a]!.pos === 'NUM' || tokens[a]!.pos === 'DET')) a++
      const lasting =
        lang.durationUnits.includes(unit ?? '') && lang.durationVerbs.includes(tokens[verb]!.lemma)
      const verbForm = lasting ? '' : ` ${pastParticiple(tokens[verb]!, lang)}`
      return { subject: `${norm(a, k)}${verbForm}`, expected }
    }
  }
  // 'refunds of more than 40 billion shillings': the noun the figure belongs to.
  if (before?.lower === 'of') {
    const k = nearestNoun(tokens, first - 1, clauseStart)
    if (k !== undefined)
      return { subject: norm(Math.max(nounPhraseAround(tokens, k)[0], clauseStart), k), expected }
  }
  const chain = participleAfter(tokens, last, lang)
  if (chain) return { subject: tokens[chain[0]]!.lower, expected }
  // Nothing around it: the figure's own words without the number, else its unit.
  const own = noun >= 0 ? norm(noun, noun) : ''
  return { subject: own || placed.item.unit || placed.item.text, expected }
}

function nearestNoun(tokens: readonly Token[], before: number, from: number): number | undefined {
  for (let k = before - 1; k >= from; k--) if (/^(NOUN|PROPN)$/.test(tokens[k]!.pos)) return k
  return undefined
}

/** Head of the clause's first noun phrase: its first noun and the nouns compounded with it. */
function firstNoun(tokens: readonly Token[], before: number, from: number): number | undefined {
  for (let k = from; k < before; k++) {
    if (!/^(NOUN|PROPN)$/.test(tokens[k]!.pos)) continue
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

/** The verb a figure is the object of, within two tokens to its left in the clause. */
function governingVerb(
  tokens: readonly Token[],
  first: number,
  clauseStart: number,
  lang: ClaimLanguage,
): number | undefined {
  for (let k = first - 1; k >= Math.max(clauseStart, first - 3); k--) {
    const t = tokens[k]!
    if (t.pos === 'VERB') return lang.speechVerbs.includes(t.lemma) ? undefined : k
    if (!['ADV', 'ADP', 'DET', 'ADJ', 'PART'].includes(t.pos)) return undefined
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

/** The verb's past participle: 'launched', 'spent'; regular verbs take -ed. */
function pastParticiple(verb: Token, lang: ClaimLanguage): string {
  const lemma = verb.lemma
  const irregular = lang.participles[lemma]
  if (irregular) return irregular
  if (/(ed|en)$/.test(verb.lower) && verb.lower !== lemma) return verb.lower
  if (lemma.endsWith('e')) return `${lemma}d`
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ied`
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
