import type { Actor, ConflictDetail } from '@parallax/schema'
import { matchLemmas } from '../lexical/compare.js'
import { firstName, foldName, sameNameSpelling, surname } from '../lexical/names.js'
import {
  blockedPairs,
  type CrossClusterOptions,
  type CrossConflict,
  disjointSets,
  hostOf,
  mutualBest,
  type Profile,
  profile,
} from './cross-profile.js'
import type { ClaimFeatures } from './features.js'

/** Kinds whose claims are someone's words or stance, so the person is part of the fact. */
const SPOKEN = new Set(['quote', 'position', 'characterisation'])

/** How much of what two clusters say must be shared (soft Dice of their content lemmas). */
const OVERLAP = 0.5

interface Named {
  readonly field: string
  readonly actor: Actor
  readonly claim: string
}

/** The named people (first name and surname) a member speaks as, with the field naming them. */
function peopleOf(m: ClaimFeatures): Named[] {
  return m.actors.flatMap(({ field, actor }) =>
    firstName(actor.name) && !actor.key?.startsWith('party:')
      ? [{ field, actor, claim: m.claim.id }]
      : [],
  )
}

/**
 * Name conflicts across clusters ('Donal Brennan denied …' / 'Declan Brennan denied …'): two
 * clusters of one kind (quote, position, characterisation) with no article in common, saying
 * the same thing (the same stance; half their content words shared, synonyms counted), whose
 * people share a surname under first names that are not spellings of one name, and each the
 * other's closest such cluster. The scorer keeps such claims apart (different names are
 * different people unless the words say otherwise); read together, they are one person given
 * two first names: a hard name conflict. Blocked on kind and folded surname (near-linear).
 */
export function nameConflicts(
  features: readonly ClaimFeatures[],
  clusters: ReadonlyArray<{ readonly members: readonly number[] }>,
  options: Readonly<CrossClusterOptions>,
): CrossConflict[] {
  const keyed: Array<{ profile: Profile; keys: string[] }> = []
  const people = new Map<number, Named[]>()
  clusters.forEach((c, i) => {
    const members = c.members.map((m) => features[m]!)
    const kind = members[0]?.claim.kind
    if (!kind || !SPOKEN.has(kind) || members.some((m) => m.claim.kind !== kind)) return
    const named = members.flatMap(peopleOf)
    if (named.length === 0) return
    people.set(i, named)
    const surnames = [...new Set(named.map((n) => foldName(surname(n.actor.name))))].sort()
    keyed.push({ profile: profile(i, members), keys: surnames.map((s) => `${kind}|${s}`) })
  })
  const candidates: Array<{ a: Profile; b: Profile; weight: number; clash: Named[] }> = []
  for (const [a, b] of blockedPairs(keyed, options)) {
    if (!disjointSets(a.articles, b.articles) || !sameStance(a, b)) continue
    const clash = clashing(people.get(a.index)!, people.get(b.index)!)
    if (!clash) continue
    const m = matchLemmas(a.lemmas, b.lemmas, options.lexical)
    const dice = (2 * m.weight) / (a.lemmas.length + b.lemmas.length || 1)
    if (m.weight < 2 || dice < OVERLAP) continue
    candidates.push({ a, b, weight: dice, clash })
  }
  return mutualBest(candidates).map(({ a, b, clash }) => {
    return { claim: hostOf(a, b).members[0]!.claim.id, detail: nameDetail(clash) }
  })
}

/** Positions must take one stance ('denied' / 'rejected'); other kinds have none. */
function sameStance(a: Profile, b: Profile): boolean {
  const stances = (p: Profile) =>
    new Set(p.members.map((m) => (m.claim.kind === 'position' ? m.claim.stance : '')))
  const sa = stances(a)
  for (const s of stances(b)) if (sa.has(s)) return true
  return false
}

/**
 * The people of two clusters who share a surname under different first names, when no first
 * name of one is a spelling of a first name of the other for that surname; else null.
 */
function clashing(a: readonly Named[], b: readonly Named[]): Named[] | null {
  const out: Named[] = []
  for (const x of a)
    for (const y of b) {
      if (!sameNameSpelling(surname(x.actor.name), surname(y.actor.name))) continue
      if (sameNameSpelling(firstName(x.actor.name)!, firstName(y.actor.name)!)) return null
      if (!out.includes(x)) out.push(x)
      if (!out.includes(y)) out.push(y)
    }
  return out.length > 0 ? out : null
}

function nameDetail(clash: readonly Named[]): ConflictDetail {
  const values: ConflictDetail['values'] = []
  for (const n of clash) {
    const first = firstName(n.actor.name)!
    const side = values.find((v) => sameNameSpelling(firstName(v.value)!, first))
    if (side) {
      if (!side.claims.includes(n.claim)) side.claims.push(n.claim)
    } else values.push({ value: n.actor.name, claims: [n.claim] })
  }
  return {
    field: `${clash[0]!.field}.name`,
    severity: 'hard',
    values,
    explanation:
      'different first names for one person, in clusters saying the same thing that were not linked',
  }
}
