import type { ClaimCluster, FiguresSection, QuantityClaim, Statement } from '@parallax/schema'
import {
  byWeight,
  capitalise,
  countWord,
  isDuration,
  listPhrase,
  measuredPhrase,
  pluralUnit,
} from '../describe.js'
import { figureHeading, figureSubject, isClockTime, isPageNumber } from '../figure-subject.js'
import { figurePhrase } from '../scale-reading.js'
import type { ComposeContext, SectionComposer } from '../types.js'

type Row = FiguresSection['rows'][number]

/**
 * Figures: quantity clusters ranked by independent reports; each row says whether the sources
 * agree, conflict or stand alone, with one account per displayed value and a template summary
 * ("Three independent reports say the first day of talks lasted 6 hours; TIME says nearly 6 hours.").
 * Forecasts are left out when a reported outcome exists for the same cluster. Background (a
 * cluster whose every claim is background to the briefing's date, as the bottom line judges it:
 * an earlier quake's toll) ranks after the story's own figures, so the cut takes it first.
 */
export const composeFigures: SectionComposer<'figures'> = (context) => {
  const past = (cluster: ClaimCluster) =>
    context.claimsOf(cluster).every((claim) => context.background(claim))
  // A heading that names nothing ('9') is no row; one that only names the unit ('Kilometres')
  // ranks after those that say what was counted, so the cut takes it first.
  const headings = new Map<string, string>()
  for (const c of context.clusters)
    if (c.kind === 'quantity' && isFigure(context, c))
      headings.set(c.id, figureHeading(context, c, quantities(context, c)))
  const vague = (cluster: ClaimCluster) => unitOnly(context, cluster, headings.get(cluster.id))
  const ranked = context.clusters
    .filter((c) => headings.has(c.id) && /\p{L}{2}/u.test(headings.get(c.id) as string))
    .sort(
      (a, b) =>
        Number(past(a)) - Number(past(b)) || Number(vague(a)) - Number(vague(b)) || byWeight(a, b),
    )
  const shown = ranked.slice(0, context.options.figuresMax)
  const rows = shown.map((cluster) => figureRow(context, cluster)).filter((r) => r !== null)
  if (rows.length === 0) return null
  const more = ranked.length - shown.length
  return { kind: 'figures', title: 'Figures', ...(more > 0 ? { more } : {}), rows }
}

/** True when a figure heading only names a unit of the cluster's figures ('Kilometres'). */
function unitOnly(context: ComposeContext, cluster: ClaimCluster, heading = ''): boolean {
  const words = heading.trim().toLowerCase()
  return quantities(context, cluster).some(
    (claim) =>
      claim.unit !== null &&
      [claim.unit, pluralUnit(claim.unit)].some((unit) => unit.toLowerCase() === words),
  )
}

interface ValueGroup {
  value: string
  claims: QuantityClaim[]
  outlets: string[]
}

/** The cluster's figures grouped by displayed value, most claims first (outcomes over forecasts). */
function valueGroups(context: ComposeContext, cluster: ClaimCluster): ValueGroup[] {
  const all = quantities(context, cluster)
  const outcomes = all.filter((claim) => !claim.expected)
  const groups: ValueGroup[] = []
  for (const claim of outcomes.length > 0 ? outcomes : all) {
    const value = figurePhrase(claim, context.sentenceText(claim))
    let group = groups.find((g) => g.value === value)
    if (!group) {
      group = { value, claims: [], outlets: [] }
      groups.push(group)
    }
    group.claims.push(claim)
    const outlet = context.outlet(claim.provenance.article)
    if (!group.outlets.includes(outlet)) group.outlets.push(outlet)
  }
  return groups.sort((a, b) => b.claims.length - a.claims.length)
}

/**
 * One templated sentence over a quantity cluster, cited to every figure in it: "Three
 * independent reports put X at 6 hours" when all give one value, else "TIME and BBC News put X
 * at 6 hours; The Moscow Times says nearly 6 hours". `null` for a cluster without figures or
 * none of whose subjects reads as a noun phrase (`figureSubject`: no "put the years at 8 years").
 */
export function figureSummary(context: ComposeContext, cluster: ClaimCluster): Statement | null {
  const groups = valueGroups(context, cluster)
  const lead = groups[0]
  if (!lead) return null
  const named = figureSubject(
    context,
    groups.flatMap((g) => g.claims),
  )
  if (!named) return null
  const first = named.claim
  const subject = measuredPhrase(named.subject)
  const plural = cluster.independent > 1 && groups.length === 1 ? true : lead.outlets.length > 1
  const who =
    cluster.independent > 1 && groups.length === 1
      ? `${capitalise(countWord(cluster.independent))} independent reports`
      : capitalise(listPhrase(lead.outlets))
  // A length of time is said as how long something lasted ("say the talks lasted 2 hours"), any
  // other figure as a value put on what it measures ("put the death toll at 9").
  const opening = isDuration(first)
    ? `${who} ${plural ? 'say' : 'says'} ${subject} lasted ${lead.value}`
    : `${who} ${plural ? 'put' : 'puts'} ${subject} at ${lead.value}`
  const others = groups
    .slice(1)
    .map((g) => `${listPhrase(g.outlets)} ${g.outlets.length > 1 ? 'say' : 'says'} ${g.value}`)
  return context.statement(
    `${[opening, ...others].join('; ')}.`,
    groups.flatMap((g) => g.claims),
  )
}

/**
 * The cluster's figures, without clock times read as figures ('3:42 a.m.') nor page numbers of a
 * print edition's running head ('SPORT Page 46 Demirel mania: …' read as 46 manias).
 */
export function quantities(context: ComposeContext, cluster: ClaimCluster): QuantityClaim[] {
  return context
    .claimsOf(cluster)
    .filter(
      (c): c is QuantityClaim =>
        c.kind === 'quantity' && !isClockTime(c) && !isPageNumber(context, c),
    )
}

/** True when the cluster holds a figure (not only clock times). */
export function isFigure(context: ComposeContext, cluster: ClaimCluster): boolean {
  return quantities(context, cluster).length > 0
}

function figureRow(context: ComposeContext, cluster: ClaimCluster): Row | null {
  const groups = valueGroups(context, cluster)
  const lead = groups[0]
  if (!lead) return null
  const agreement: Row['agreement'] =
    cluster.relation === 'conflict' ? 'conflict' : cluster.independent <= 1 ? 'single' : 'agree'
  const accounts = groups.slice(0, context.options.wordingsMax).map((group) => ({
    value: group.value,
    statement: context.extract(group.claims),
  }))
  const summary = figureSummary(context, cluster)
  return {
    label: figureHeading(
      context,
      cluster,
      groups.flatMap((g) => g.claims),
    ),
    value: agreement === 'conflict' ? groups.map((g) => g.value).join(' or ') : lead.value,
    agreement,
    accounts,
    ...(summary && groups.length > 1 ? { summary } : {}),
  }
}
