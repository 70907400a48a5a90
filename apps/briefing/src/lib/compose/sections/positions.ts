import type { ClaimCluster, PositionClaim, PositionsSection, Stance } from '@parallax/schema'
import { byWeight, capitalise, listPhrase, mostCommon } from '../describe.js'
import { fragmentReason } from '../readable.js'
import type { ComposeContext, SectionComposer } from '../types.js'
import { scopeValue } from './conflicts.js'
import { partyClause } from './party-clause.js'

type Party = PositionsSection['parties'][number]

const partyKey = (claim: PositionClaim) =>
  claim.party.key ?? `name:${claim.party.name.toLowerCase()}`

/**
 * Positions by party: position clusters grouped by the party most members name, parties ranked
 * by the independent reports behind their positions. Each position has the stance most members
 * give, a one-line summary (the object most members give, else the cluster's label) and each
 * distinct wording (`TIME: “the claim's text”`), cited. The summary keeps only the object, not
 * a clause after it (`scopeValue`); a one-word object ('idea', 'ruling') is said with the clause
 * of its sentence that holds it (`clauseAround`: 'Zelensky has repeatedly rejected the idea'), and
 * any object by that clause when it opens on a name (`named`: 'Russia wants to make a deal'
 * rather than 'Make a deal').
 * Positions that only headlines or fragments state are cut.
 */
export const composePositions: SectionComposer<'positions'> = (context) => {
  const { partiesMax, positionsPerPartyMax } = context.options
  const groups = new Map<string, { key: string; clusters: ClaimCluster[]; names: string[] }>()
  // A position only a headline or a broken fragment states is cut (and counted), not shown.
  const positional = context.clusters.filter((c) => c.kind === 'position')
  const whole = positional.filter((c) => context.isWhole(context.claimsOf(c)))
  let more = positional.length - whole.length
  for (const cluster of whole.sort(byWeight)) {
    const claims = context
      .claimsOf(cluster)
      .filter((c): c is PositionClaim => c.kind === 'position')
    const lead = mostCommon(claims, partyKey)
    if (!lead) continue
    const key = partyKey(lead)
    const group = groups.get(key) ?? { key, clusters: [], names: [] }
    group.clusters.push(cluster)
    for (const c of claims) if (partyKey(c) === key) group.names.push(c.party.name)
    groups.set(key, group)
  }
  const ranked = [...groups.values()].sort(
    (a, b) =>
      weight(b.clusters) - weight(a.clusters) ||
      byWeight(a.clusters[0] as ClaimCluster, b.clusters[0] as ClaimCluster),
  )
  const parties: Party[] = []
  for (const group of ranked) {
    if (parties.length >= partiesMax) {
      more += group.clusters.length
      continue
    }
    const shown = group.clusters.slice(0, positionsPerPartyMax)
    const cut = group.clusters.length - shown.length
    parties.push({
      party: partyName(group.key, group.names),
      ...(cut > 0 ? { more: cut } : {}),
      positions: shown.map((cluster) => position(context, cluster)),
    })
  }
  if (parties.length === 0) return null
  return { kind: 'positions', title: 'Positions by party', ...(more > 0 ? { more } : {}), parties }
}

/** The name that matches the party's key (`party:ukraine` → `Ukraine`), else the most common. */
function partyName(key: string, names: readonly string[]): string {
  const tail = key.replace(/^[a-z]+:/, '').replace(/[-_]+/g, ' ')
  return (
    names.find((name) => name.toLowerCase() === tail) ??
    mostCommon(names, (name) => name) ??
    'Unnamed party'
  )
}

const weight = (clusters: readonly ClaimCluster[]) =>
  clusters.reduce((sum, cluster) => sum + cluster.independent, 0)

function position(context: ComposeContext, cluster: ClaimCluster): Party['positions'][number] {
  const claims = context
    .claimsOf(cluster)
    .filter((c): c is PositionClaim => c.kind === 'position')
    .sort(
      (a, b) =>
        context.sourceNumber(a.provenance.article) - context.sourceNumber(b.provenance.article) ||
        a.provenance.span.start - b.provenance.span.start,
    )
  const stance = (mostCommon(claims, (c) => c.stance)?.stance ?? 'demand') as Stance
  // The object most members give; when every member words it differently, the cluster's label.
  const counts = new Map<string, number>()
  for (const claim of claims)
    counts.set(claim.object.toLowerCase(), (counts.get(claim.object.toLowerCase()) ?? 0) + 1)
  const shared = claims.length === 1 || [...counts.values()].some((count) => count > 1)
  const object = shared
    ? (mostCommon(claims, (c) => c.object.toLowerCase())?.object ?? cluster.label)
    : labelObject(cluster.label, stance)
  const wordings: { text: string; claims: PositionClaim[] }[] = []
  for (const claim of claims) {
    const same = wordings.find((w) => w.text === claim.text)
    if (same) same.claims.push(claim)
    else wordings.push({ text: claim.text, claims: [claim] })
  }
  const lead = thin(object) ? null : leadClause(context, claims, object)
  const told = lead ?? holderClause(context, claims)
  return {
    stance,
    summary: capitalise(
      told ?? (thin(object) ? (clauseOf(context, claims, object) ?? object) : scopeValue(object)),
    ),
    wordings: wordings.slice(0, context.options.wordingsMax).map((wording) => {
      const outlets = [
        ...new Set(wording.claims.map((claim) => context.outlet(claim.provenance.article))),
      ]
      return context.statement(
        `${capitalise(listPhrase(outlets))}: “${wording.text.trim()}”`,
        wording.claims,
      )
    }),
  }
}

/**
 * The object part of a position cluster's label: the row already shows the party and the stance,
 * so a label that opens with them, with or without a topic (`Ukraine refusal on territory: any
 * land concessions`, `Nikos Papadakis demand: prefabricated homes`), gives only what follows its
 * colon (`any land concessions`, `prefabricated homes`).
 */
export function labelObject(label: string, stance: Stance): string {
  const colon = label.indexOf(': ')
  if (colon < 0) return label
  const head = label.slice(0, colon).toLowerCase()
  const rest = label.slice(colon + 2).trim()
  // 'Union demand on pay', or a name and the stance ('Nikos Papadakis demand'); not a phrase of
  // its own ('Union’s pay demand: how much').
  const named = new RegExp(`^(?:\\p{Lu}[\\p{L}.-]*\\s+)+${stance}$`, 'u').test(
    label.slice(0, colon),
  )
  const topical = new RegExp(`\\b${stance} on [\\p{L}-]+$`, 'u').test(head)
  return (named || topical) && rest.length > 0 ? rest : label
}

/**
 * True when a clause opens on a name (`Ukraine has repeatedly rejected…`, `Russia wants to make a
 * deal…`), not on a pronoun (`We need…`): it says who holds the position, so it reads on its own where the bare object
 * (`make a deal`) does not.
 */
export function named(clause: string): boolean {
  const text = clause.trim()
  return (
    /^\p{Lu}/u.test(text) &&
    !/^(?:I|We|You|He|She|It|They|This|That|These|Those|There)\b/.test(text)
  )
}

/** A one-word object ('idea', 'ruling', 'continuation'): it says nothing without its clause. */
export function thin(object: string): boolean {
  return object.trim().split(/\s+/).length < 2
}

/** A reporting verb opening a clause ('said the defence would …'), dropped from a summary. */
const reporting = /^(?:(?:said|says|told \S+|added|adds|stated|announced)\s+)?(?:that\s+)?/i

/**
 * The clause of a member's sentence that holds a thin object, between stops, commas, dashes and
 * quotation marks, without an opening reporting verb, when it is 3 to 16 words
 * (`Zelensky has repeatedly rejected the idea`, `the defence would challenge the ruling`);
 * still a piece of the cited sentence. `null` when no member has one.
 */
export function clauseAround(sentence: string, object: string): string | null {
  const at = sentence.toLowerCase().indexOf(object.trim().toLowerCase())
  if (at < 0) return null
  const bounds = /[,;:–—“”"()]|[.!?](?=\s|$)/g
  let start = 0
  let end = sentence.length
  for (const found of sentence.matchAll(bounds)) {
    const index = found.index ?? 0
    if (index < at) start = index + 1
    else if (index >= at + object.trim().length) {
      end = index
      break
    }
  }
  const clause = sentence.slice(start, end).trim().replace(reporting, '')
  const words = clause.split(/\s+/).filter(Boolean).length
  return words >= 3 && words <= 16 ? clause : null
}

/**
 * The clause holding the object (`clauseAround`) of a member's whole sentence (no headline, no
 * fragment) when it opens that sentence or a quotation in it, on a name (`named`): it says who
 * holds the position ('Russia wants to make a deal…'). `null` when no member has one.
 */
function leadClause(
  context: ComposeContext,
  claims: readonly PositionClaim[],
  object: string,
): string | null {
  for (const claim of claims) {
    const sentence = context.sentenceText(claim)
    if (fragmentReason(sentence) !== null) continue
    const clause = clauseAround(sentence, object)
    if (!clause || !named(clause)) continue
    const before = sentence.slice(0, sentence.indexOf(clause)).trim()
    if (before === '' || /[“"‘:]$/.test(before)) return clause
  }
  return null
}

/** The first member whose whole sentence tells the position from its holder's name (`partyClause`). */
function holderClause(context: ComposeContext, claims: readonly PositionClaim[]): string | null {
  for (const claim of claims) {
    const sentence = context.sentenceText(claim)
    if (fragmentReason(sentence) !== null) continue
    const clause = partyClause(claim, sentence)
    if (clause) return clause
  }
  return null
}

function clauseOf(
  context: ComposeContext,
  claims: readonly PositionClaim[],
  object: string,
): string | null {
  for (const claim of claims) {
    const clause = clauseAround(context.sentenceText(claim), object)
    if (clause) return clause
  }
  return null
}
