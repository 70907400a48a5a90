import type { Alignment, Claim, ClaimCluster, SinceLastSection } from '@parallax/schema'
import { matchClusters } from './match-clusters.js'

/** The kind of change, as the section shows it. */
export type ChangeKind = SinceLastSection['items'][number]['change']

/** One change found between two runs: what to say, and the current claims it rests on. */
export interface Change {
  readonly change: ChangeKind
  readonly text: string
  /** Current claim ids the statement cites. */
  readonly claims: readonly string[]
  /** Rank: lower first. */
  readonly order: number
  readonly independent: number
  readonly position: number
}

// New quotes and new facts share a rank: the better corroborated come first, whatever their kind.
const ORDER = {
  resolved: 0,
  changedFigure: 1,
  movedPosition: 2,
  newConflict: 3,
  newQuote: 4,
  newFact: 4,
}

/** How a conflict's field reads in a sentence; other fields read as their name. */
const FIELD_WORDS: Readonly<Record<string, string>> = {
  speaker: 'who said it',
  'speaker.name': 'the speaker’s name',
  when: 'when it happened',
  value: 'the figure',
  stance: 'the stance',
  party: 'whose position it is',
  'party.name': 'the party’s name',
}

/**
 * Compares the current alignment with the previous run's: conflicts resolved or new, figures
 * whose values changed, positions whose stance moved, new quotes and new facts. Every change
 * rests on current claims, so it can be cited.
 */
export function findChanges(
  current: Alignment,
  previous: Alignment,
  previousDate: string,
): Change[] {
  const matched = matchClusters(previous, current)
  const claims = new Map(current.claims.map((c) => [c.id, c]))
  const prevClaims = new Map(previous.claims.map((c) => [c.id, c]))
  const changes: Change[] = []
  current.clusters.forEach((cluster, position) => {
    const before = matched.get(cluster.id)
    const members = cluster.claims.filter((id) => claims.has(id))
    if (members.length === 0) return
    const add = (change: ChangeKind, order: number, text: string): void => {
      changes.push({
        change,
        text,
        claims: members,
        order,
        independent: cluster.independent,
        position,
      })
    }
    const conflict = cluster.relation === 'conflict'
    if (!before) {
      if (conflict) add('new', ORDER.newConflict, newConflict(cluster))
      else if (cluster.kind === 'quote') add('new', ORDER.newQuote, newQuote(cluster, claims))
      else add('new', ORDER.newFact, sentence(claims.get(members[0] as string) as Claim))
      return
    }
    if (before.relation === 'conflict' && !conflict) {
      add(
        'resolved',
        ORDER.resolved,
        `Sources now agree on ${cluster.label}, disputed on ${previousDate}${agreedValue(cluster, claims)}.`,
      )
      return
    }
    if (before.relation !== 'conflict' && conflict) {
      add('new', ORDER.newConflict, newConflict(cluster))
      return
    }
    if (cluster.kind === 'quantity') {
      const now = figures(cluster, claims)
      const then = figures(before, prevClaims)
      if (now.length > 0 && then.length > 0 && now.join() !== then.join())
        add(
          'changed',
          ORDER.changedFigure,
          `${capital(cluster.label)}: now ${list(now)}, was ${list(then)} on ${previousDate}.`,
        )
      return
    }
    if (cluster.kind === 'position') {
      const now = stances(cluster, claims)
      const then = stances(before, prevClaims)
      if (now.length > 0 && then.length > 0 && now.join() !== then.join()) {
        const party = partyOf(cluster, claims) ?? capital(cluster.label)
        add(
          'changed',
          ORDER.movedPosition,
          `${party} moved from ${list(then)} to ${list(now)} since ${previousDate}: ${objectOf(cluster, claims)}.`,
        )
      }
    }
  })
  return changes.sort(
    (a, b) => a.order - b.order || b.independent - a.independent || a.position - b.position,
  )
}

function newConflict(cluster: ClaimCluster): string {
  const detail = cluster.conflicts?.[0]
  const on = detail ? (FIELD_WORDS[detail.field] ?? detail.field) : 'the facts'
  const why = detail?.explanation ? ` (${detail.explanation})` : ''
  return `New conflict on ${on} (${cluster.label}): ${accounts(cluster)}${why}.`
}

function accounts(cluster: ClaimCluster): string {
  const values = cluster.conflicts?.[0]?.values.map((v) => v.value).filter(Boolean) ?? []
  return values.length > 0
    ? values.map((v) => `“${v}”`).join(' or ')
    : `${cluster.claims.length} differing accounts`
}

function agreedValue(cluster: ClaimCluster, claims: ReadonlyMap<string, Claim>): string {
  const values = cluster.kind === 'quantity' ? figures(cluster, claims) : []
  return values.length === 1 ? `: ${values[0]}` : ''
}

function newQuote(cluster: ClaimCluster, claims: ReadonlyMap<string, Claim>): string {
  const claim = claims.get(cluster.claims[0] as string) as Claim
  if (claim.kind !== 'quote') return sentence(claim)
  const speaker = claim.speaker?.name
  return speaker ? `${speaker}: “${claim.quote}”` : `“${claim.quote}”`
}

/** The distinct figures of a quantity cluster, as displayed, sorted. */
function figures(cluster: ClaimCluster, claims: ReadonlyMap<string, Claim>): string[] {
  const out = new Set<string>()
  for (const id of cluster.claims) {
    const claim = claims.get(id)
    if (claim?.kind === 'quantity')
      out.add(
        `${claim.hedge ? `${claim.hedge.replace('-', ' ')} ` : ''}${claim.value.toLocaleString('en-US')}${claim.unit ? ` ${claim.unit}` : ''}`,
      )
  }
  return [...out].sort()
}

function stances(cluster: ClaimCluster, claims: ReadonlyMap<string, Claim>): string[] {
  const out = new Set<string>()
  for (const id of cluster.claims) {
    const claim = claims.get(id)
    if (claim?.kind === 'position') out.add(claim.stance)
  }
  return [...out].sort()
}

function objectOf(cluster: ClaimCluster, claims: ReadonlyMap<string, Claim>): string {
  for (const id of cluster.claims) {
    const claim = claims.get(id)
    if (claim?.kind === 'position') return claim.object
  }
  return cluster.label
}

function partyOf(cluster: ClaimCluster, claims: ReadonlyMap<string, Claim>): string | null {
  for (const id of cluster.claims) {
    const claim = claims.get(id)
    if (claim?.kind === 'position') return claim.party.name
  }
  return null
}

const list = (values: readonly string[]): string => values.join(' / ')
const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)
const sentence = (claim: Claim): string => claim.text.trim()
