import type { ClaimCluster, QuantityClaim } from '@parallax/schema'
import { sentenceOf } from './citations.js'
import { sharedDay } from './dating.js'
import { capitalise, clusterHeading, dateLabel, isDuration, pluralUnit } from './describe.js'
import { endsOnVerb, subjectReadsWell } from './readable.js'
import type { ComposeContext } from './types.js'

/** A time of day read as a figure ('3:42 a.m.' → 3 and 42 'a.m.'): a clock time, not a quantity. */
export function isClockTime(claim: Pick<QuantityClaim, 'unit'>): boolean {
  return claim.unit !== null && /^[ap]\.?m\.?$/i.test(claim.unit.trim())
}

/**
 * True when a figure is a page number: its number follows 'Page' or 'p.' in the source text
 * ('SPORT Page 46 Demirel mania'), as a print edition's running head or page furniture gives it.
 */
export function isPageNumber(context: ComposeContext, claim: QuantityClaim): boolean {
  const sentence = sentenceOf(context.article(claim.provenance.article), claim)
  const start = claim.provenance.span.start - sentence.span.start
  const end = claim.provenance.span.end - sentence.span.start
  if (start < 0 || end > sentence.raw.length) return false
  const before = sentence.raw.slice(Math.max(0, start - 8), start)
  return /\b(?:page|p\.)\s*$/i.test(before) || /^\s*page\s+\d/i.test(sentence.raw.slice(start, end))
}

/** Words that already name an occasion, so a figure's subject needs no day added. */
const occasionWord =
  /\b(?:day|days|night|morning|afternoon|evening|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,4})\b/i

/**
 * True when a figure's subject names nothing but its unit or a bare verb ('years' for 8 years,
 * 'put' for €214 million): the label a reader cannot use.
 */
export function bareSubject(claim: Pick<QuantityClaim, 'subject' | 'unit'>): boolean {
  const words = claim.subject
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w))
  const unit = claim.unit?.toLowerCase()
  if (words.length === 0) return true
  if (unit && words.every((w) => w === unit || w === pluralUnit(unit))) return true
  return words.length === 1 && endsOnVerb(words[0] as string)
}

/** The day most of a length of time's sentences give, added to a subject naming no occasion. */
function withDay(context: ComposeContext, claims: readonly QuantityClaim[], claim: QuantityClaim) {
  const subject = claim.subject.trim()
  if (!isDuration(claim) || occasionWord.test(subject)) return subject
  const day = sharedDay(claims.map((c) => context.day(c)))
  return day ? `${subject} on ${dateLabel(day)}` : subject
}

/**
 * What a figure measures, as a noun phrase for a templated sentence: the first claim's subject
 * when it reads as one (`subjectReadsWell`); when that subject is bare (`bareSubject`: 'years'),
 * the first other claim's that reads as one, not ending on a verb first (the cluster's other
 * accounts often name what the first leaves to its unit: 'years' → 'anniversary of the
 * conflict'). A length of time whose subject names no occasion gains the day most of its
 * sentences give ('the talks' → 'the talks on 18 February 2026'). `null` when none reads well.
 */
export function figureSubject(
  context: ComposeContext,
  claims: readonly QuantityClaim[],
): { subject: string; claim: QuantityClaim } | null {
  const figures = claims.filter((claim) => !isClockTime(claim))
  const lead = figures[0]
  if (!lead) return null
  let claim: QuantityClaim | undefined = lead
  if (bareSubject(lead)) {
    const usable = figures.filter((c) => !bareSubject(c) && subjectReadsWell(c))
    claim = usable.find((c) => !endsOnVerb(c.subject)) ?? usable[0]
  } else if (!subjectReadsWell(lead)) claim = undefined
  return claim ? { subject: withDay(context, figures, claim), claim } : null
}

/** Words that open the phrase a bare unit is followed by: `years in prison`, `km southwest of X`. */
const after =
  /^\s*((?:in|of|for|from|behind|ahead|(?:north|south)?(?:east|west)(?:ward)?|north|south|deep|long|high|wide|away|below|above)\b(?:\s+(?:of|from)\b)?(?:\s+(?!(?:and|or|but|for|from|with|in|on|at|by|to|after|before|when|while|as|is|are|was|were|has|have|had|who|which|that|will|would|could)\b)[\p{L}\p{M}'’-]+){0,2})/iu

/**
 * The words a figure's sentence puts right after it when they say what it measures (`eight
 * years in prison` → `in prison`, `25 km southwest of Kalamata` → `southwest of Kalamata`), else
 * `null`.
 */
export function phraseAfter(context: ComposeContext, claim: QuantityClaim): string | null {
  const article = context.article(claim.provenance.article)
  const sentence = sentenceOf(article, claim)
  const offset = claim.provenance.span.end - sentence.span.start
  if (offset < 0 || offset > sentence.raw.length) return null
  const found = after.exec(sentence.raw.slice(offset).replace(/\s+/g, ' '))
  const phrase = found?.[1]?.trim()
  return phrase && /\p{L}{2}/u.test(phrase) ? phrase : null
}

/**
 * What a figure's sentence says moved to it or stands at it, when its own subject only names the
 * unit: the noun phrase after a possessive or an article and before `to`, `at` or `of`, past an
 * optional `by …` step (`cut its main rate by 25 basis points to 3.75%` → `main rate`, `reduce
 * its bond purchases to 8 billion crowns` → `bond purchases`); `null` when there is none or it
 * ends on a verb.
 */
export function phraseBefore(context: ComposeContext, claim: QuantityClaim): string | null {
  const sentence = sentenceOf(context.article(claim.provenance.article), claim)
  const start = claim.provenance.span.start - sentence.span.start
  if (start < 0 || start > sentence.raw.length) return null
  const found = before.exec(sentence.raw.slice(0, start).replace(/\s+/g, ' '))
  const phrase = found?.[1]?.trim()
  return phrase && !endsOnVerb(phrase) ? phrase : null
}

const before =
  /\b(?:its|their|his|her|the|a|an)\s+((?:[\p{Ll}'’-]+\s+){0,2}[\p{Ll}'’-]{3,})\s+(?:by\s+[^,;]{1,40}?\s+)?(?:to|at|of)\s+(?:(?:about|around|nearly|almost|some|just)\s+)?[€£$]?\s*$/u

/**
 * A heading for a quantity cluster: `Length of the talks on 18 February 2026`, `Anniversary of
 * the conflict`, else, when every subject only names the unit, the unit with what follows it in
 * the sentence (`Years in prison`), else the cluster's heading (`clusterHeading`).
 */
export function figureHeading(
  context: ComposeContext,
  cluster: ClaimCluster,
  claims: readonly QuantityClaim[],
): string {
  const figures = claims.filter((claim) => !isClockTime(claim))
  const first = figures[0]
  if (!first) return capitalise(cluster.label)
  if (!bareSubject(first))
    return clusterHeading({ ...first, subject: withDay(context, figures, first) }, cluster.label)
  const named =
    figures.find((c) => !bareSubject(c) && subjectReadsWell(c)) ??
    figures.find((c) => !bareSubject(c))
  if (named)
    return clusterHeading({ ...named, subject: withDay(context, figures, named) }, cluster.label)
  if (first.unit && !/^[A-Z]{3}$/.test(first.unit))
    for (const claim of figures) {
      const phrase = phraseAfter(context, claim)
      if (phrase) return capitalise(`${pluralUnit(first.unit)} ${phrase}`)
    }
  for (const claim of figures) {
    const phrase = phraseBefore(context, claim)
    if (phrase) return capitalise(phrase)
  }
  return clusterHeading(first, cluster.label)
}
