import type { Actor, ConflictDetail } from '@parallax/schema'
import { foldName } from '../lexical/names.js'
import { isWordnetEntry } from '../lexical/wordnet.js'
import type { ClaimFeatures } from './features.js'

/** Nouns that head a title written before a name ("Redhill manager Graham Keane"). */
const ROLE_NOUNS = new Set(
  `manager director chairman chairwoman chair president prosecutor minister secretary spokesman
  spokeswoman spokesperson lawyer attorney judge coach chief head officer founder governor mayor
  ambassador envoy negotiator adviser advisor commander chancellor senator official editor captain
  executive professor leader owner deputy general agent ceo cfo premier commissioner inspector
  superintendent treasurer mediator representative counsel`.split(/\s+/),
)
const FORMER = /^(former|ex|then|outgoing)$/i
/** Words that make a title another, lower post: "deputy fire chief" is not the "fire chief". */
const RANK = /^(deputy|vice|assistant|associate|acting|interim|under)$/i
const POSSESSIVE = /^(his|her|their|its|our|my)$|['’]s$/i
const STOP = /[,.;:"“”()!?]/

/**
 * The title written just before an actor's name in the claim's sentence ("Former Redhill manager
 * Graham Keane said", "Deputy prosecutor-general Marta Lobo"): the word before the name must be a
 * title noun, and up to three modifiers before it are kept. Null when there is none.
 */
export function titleBefore(text: string, name: string): string | null {
  const at = text.indexOf(name)
  if (at <= 0 || name.trim().split(/\s+/).length < 2) return null
  const before = text.slice(0, at).trimEnd().split(/\s+/)
  const head = before[before.length - 1] ?? ''
  if (!head || STOP.test(head) || !ROLE_NOUNS.has(head.toLowerCase().split('-')[0]!)) return null
  const title = [head]
  for (let i = before.length - 2; i >= 0 && title.length < 4; i--) {
    const w = before[i]!
    if (!w || STOP.test(w) || /^(the|a|an|and|or|of|by|to|as|with|from|said|says)$/i.test(w)) break
    if (!/^\p{Lu}/u.test(w) && !FORMER.test(w.replace(/-$/, '')) && !/^[a-z-]+$/.test(w)) break
    title.unshift(w)
  }
  return title.join(' ')
}

/**
 * A title's words as compared: lower-cased, without "former", possessives, figures ("41-year-old")
 * or names of organisations (a capitalised word that is no English word: "Redhill", "CMVM").
 */
function titleWords(role: string): string[] {
  let words = wordsCache.get(role)
  if (!words) {
    words = computeTitleWords(role)
    wordsCache.set(role, words)
  }
  return words
}

/** Titles repeat across thousands of claims: each is split once per process. */
const wordsCache = new Map<string, string[]>()
const partsCache = new Map<string, TitleParts>()

/** A title's head noun, the body it is of ('of the council', "the authority's"), its words. */
interface TitleParts {
  readonly head: string
  readonly of: string
  /** The noun that owns the title ("the authority's chief executive" → authority), or ''. */
  readonly owner: string
  readonly words: string[]
}

function computeTitleWords(role: string): string[] {
  return role
    .split(/\s+/)
    .map((w) => w.replace(/\./g, ''))
    .filter((w) => w && !POSSESSIVE.test(w) && !/\d/.test(w))
    .filter((w) => !/^\p{Lu}/u.test(w) || isWordnetEntry(w.toLowerCase()))
    .flatMap((w) => w.split('-'))
    .filter((w) => w && !FORMER.test(w))
    .map((w) => w.toLowerCase())
}

function isFormer(role: string): boolean {
  return role.split(/[\s-]+/).some((w) => FORMER.test(w))
}

const contains = (a: readonly string[], b: readonly string[]) => b.every((w) => a.includes(w))

interface Held {
  readonly role: string
  readonly claim: string
  readonly field: string
}

/**
 * Role conflicts of each person across all claims, wherever they sit: one title given as held
 * and as former (hard), or two titles of one rank that contradict each other, neither a part of
 * the other ("technical director" / "sporting director", soft). A title missing from an actor is
 * read from the words before the name. Returns each conflict with the claim it belongs to (the
 * first claim of its second value), so the caller attaches it to that claim's cluster. Given
 * `clusterOf` (claim id → cluster), a conflict whose cluster holds claims of two titles cites
 * only that cluster's claims, the ones its reader sees; else it cites every claim of each title.
 */
export function roleConflicts(
  features: readonly ClaimFeatures[],
  bodies: ReadonlySet<string> = new Set(),
  clusterOf?: ReadonlyMap<string, number>,
): Array<{ claim: string; detail: ConflictDetail }> {
  const cite = (claim: string, held: readonly Held[]): readonly Held[] => {
    const home = clusterOf?.get(claim)
    if (home === undefined) return held
    const here = held.filter((h) => clusterOf!.get(h.claim) === home)
    return new Set(here.map(titleKey)).size > 1 ? here : held
  }
  // Words naming the body a person serves ('Kremlin', 'U.S.', 'Russian') say whom, not which
  // post: 'Kremlin negotiator' and 'chief Russian negotiator' are one title.
  const prefixes = new Set([...bodies].filter((b) => b.length >= 5).map((b) => b.slice(0, 5)))
  const isBody = (w: string) => bodies.has(w) || (w.length >= 5 && prefixes.has(w.slice(0, 5)))
  const titlesDiffer = (x: string, y: string) => differ(x, y, isBody)
  const keyOf = (actor: Actor) => actor.key ?? `name:${foldName(actor.name)}`
  // The title an article gives a person holds for all of that person's claims in the article
  // ("Redhill manager Graham Keane called…" and, later, "…," Keane said).
  const inArticle = new Map<string, Set<string>>()
  for (const f of features)
    for (const { actor } of f.actors) {
      const role = roleOf(actor, f.claim.text)
      if (!role || role.split(/\s+/).length > 6) continue
      const k = `${f.article}|${keyOf(actor)}`
      inArticle.set(k, (inArticle.get(k) ?? new Set()).add(role))
    }
  const byPerson = new Map<string, Held[]>()
  const seen = new Set<string>()
  for (const f of features)
    for (const { field, actor } of f.actors) {
      const key = keyOf(actor)
      const given = inArticle.get(`${f.article}|${key}`)
      const own = roleOf(actor, f.claim.text)
      const role =
        own && own.split(/\s+/).length <= 6 ? own : given?.size === 1 ? [...given][0]! : null
      if (!role) continue
      const seenKey = `${key}|${f.claim.id}|${role}`
      if (seen.has(seenKey)) continue
      seen.add(seenKey)
      const list = byPerson.get(key) ?? []
      list.push({ role, claim: f.claim.id, field })
      byPerson.set(key, list)
    }
  const out: Array<{ claim: string; detail: ConflictDetail }> = []
  for (const list of byPerson.values()) {
    const former = list.filter((h) => isFormer(h.role))
    const sitting = list.filter((h) => !isFormer(h.role))
    // Compared by distinct title, not by claim: one person can have thousands of claims but
    // only a handful of titles, so this stays linear in the claims.
    const sittingRoles = distinct(sitting.map((h) => h.role))
    const formerRoles = distinct(former.map((h) => h.role))
    const sameRank = (x: string, y: string) => {
      const a = titleWords(x)
      const b = titleWords(y)
      return a.length > 0 && b.length > 0 && (contains(a, b) || contains(b, a))
    }
    const hardRoles = new Set(formerRoles.filter((f) => sittingRoles.some((s) => sameRank(f, s))))
    const hard = former.filter((f) => hardRoles.has(f.role))
    if (hard.length) {
      const heldRoles = new Set(
        sittingRoles.filter((s) => [...hardRoles].some((f) => sameRank(f, s))),
      )
      const held = sitting.filter((s) => heldRoles.has(s.role))
      out.push({
        claim: hard[0]!.claim,
        detail: conflict(
          `${list[0]!.field}.role`,
          'hard',
          cite(hard[0]!.claim, [...held, ...hard]),
          'a role described as held and as former',
        ),
      })
      continue
    }
    const clashRoles = new Set(
      sittingRoles.filter((x) => sittingRoles.some((y) => titlesDiffer(x, y))),
    )
    const clash = sitting.filter((h) => clashRoles.has(h.role))
    if (clash.length > 1) {
      const first = clash[0]!
      const other = clash.find((h) => titlesDiffer(h.role, first.role)) ?? clash[1]!
      // Two named offices of one rank ('Civil Protection Minister' / 'Interior Minister') cannot
      // both be held: hard. Other titles that differ are the same post described two ways: soft.
      const offices = clashRoles.size > 0 && otherOffices([...clashRoles], isBody)
      out.push({
        claim: other.claim,
        detail: conflict(
          `${list[0]!.field}.role`,
          offices ? 'hard' : 'soft',
          cite(other.claim, clash),
          offices ? 'one person given two different offices' : 'one person given different titles',
        ),
      })
    }
  }
  return out
}

/**
 * The title's head, what it is of and who owns it: "deputy prosecutor-general" → prosecutor;
 * "head of the council" → head, of "council"; "the authority's director" → director, owner
 * "authority".
 */
function titleParts(role: string): TitleParts {
  let parts = partsCache.get(role)
  if (!parts) {
    parts = computeTitleParts(role)
    partsCache.set(role, parts)
  }
  return parts
}

function computeTitleParts(role: string): TitleParts {
  const [title = '', org = ''] = role.toLowerCase().split(/\s+of\s+/)
  const own = title.split(/\s+/).filter((w) => w && !FORMER.test(w) && !POSSESSIVE.test(w))
  const head = (own[own.length - 1] ?? '').split('-')[0]!
  // A possessive noun (not a pronoun) before the title names who the title is of.
  const owner =
    title
      .split(/\s+/)
      .find((w) => /['’]s$/.test(w))
      ?.replace(/['’]s$/, '') ?? ''
  return {
    head,
    of: titleWords(org)
      .filter((w) => !/^(the|a|an)$/.test(w))
      .join(' '),
    owner,
    words: titleWords(role),
  }
}

/**
 * Two titles of one person that contradict each other: one head noun with modifiers neither of
 * which includes the other ("technical director" / "sporting director"), one with a rank word the
 * other lacks ("fire chief" / "deputy fire chief"), or different heads of one organisation ("head
 * of the council" / "secretary of the council", "the authority's chief executive" / "the
 * authority's director of food safety"). A title that only adds
 * words to the other ("manager" / "Redhill manager") or another word for it without the same
 * organisation ("civil protection chief" / "head of civil protection") is no conflict, nor are
 * titles that differ only in words naming the body served (`isBody`: "Kremlin negotiator" /
 * "chief Russian negotiator").
 */
function differ(x: string, y: string, isBody: (word: string) => boolean): boolean {
  const a = titleParts(x)
  const b = titleParts(y)
  if (!a.head || !b.head) return false
  if (a.head === b.head) {
    const wa = a.words.filter((w) => !isBody(w))
    const wb = b.words.filter((w) => !isBody(w))
    if (rankOf(wa) !== rankOf(wb)) return true
    return !contains(wa, wb) && !contains(wb, wa)
  }
  return (!!a.of && a.of === b.of) || (!!a.owner && a.owner === b.owner)
}

/**
 * True when titles of one head and rank each name their office with capitalised words of the
 * language (not names of bodies: 'Kremlin', 'Marlow') and no two share one: 'Civil Protection
 * Minister' / 'Interior Minister'. Lower-case descriptions ('technical director') are no office.
 */
function otherOffices(roles: readonly string[], isBody: (word: string) => boolean): boolean {
  const named = roles.map((role) => {
    const words = role.split(/\s+/).filter((w) => !POSSESSIVE.test(w) && !FORMER.test(w))
    const head = (words[words.length - 1] ?? '').toLowerCase()
    const office = words
      .slice(0, -1)
      .filter((w) => /^\p{Lu}\p{Ll}/u.test(w) && !RANK.test(w))
      .map((w) => w.toLowerCase())
      .filter((w) => isWordnetEntry(w) && !isBody(w))
    return { head, rank: rankOf(titleWords(role)), office }
  })
  if (named.some((n) => n.office.length === 0)) return false
  return named.every((a) =>
    named.every(
      (b) =>
        a === b ||
        (a.head === b.head && a.rank === b.rank && !a.office.some((w) => b.office.includes(w))),
    ),
  )
}

/** The rank words of a title, as a key ('deputy'; '' for none). */
function rankOf(words: readonly string[]): string {
  return words
    .filter((w) => RANK.test(w))
    .sort()
    .join(' ')
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)]
}

/** One title however written: its compared words, and whether it is former. */
function titleKey(h: Held): string {
  return titleWords(h.role).join(' ') + (isFormer(h.role) ? ' (former)' : '')
}

function roleOf(actor: Actor, text: string): string | null {
  return actor.role ?? titleBefore(text, actor.name)
}

function conflict(
  field: string,
  severity: ConflictDetail['severity'],
  held: readonly Held[],
  explanation: string,
): ConflictDetail {
  const map = new Map<string, Set<string>>()
  for (const h of held) {
    const key = titleKey(h)
    const claims = map.get(key) ?? new Set<string>()
    claims.add(h.claim)
    map.set(key, claims)
  }
  const labels = new Map(held.map((h) => [titleKey(h), h.role]))
  return {
    field,
    severity,
    values: [...map].map(([k, claims]) => ({ value: labels.get(k)!, claims: [...claims] })),
    explanation,
  }
}
