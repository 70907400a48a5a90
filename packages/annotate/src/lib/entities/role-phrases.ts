import type { BlockContext } from '../block-context.js'
import {
  academicEvidence,
  academicTitles,
  isTitleWord,
  leaderTitles,
  organizationHeads,
  titleModifiers,
} from '../lexicon.js'
import { partyByWord, partyOfPhrase } from '../parties.js'
import type { EntityDraft, EntityIndex, MentionDraft } from '../resolve-entities.js'
import { onlySpaceBetween, splitWords } from '../words.js'

/** A document position (block index, offset) as one sortable number. */
export const position = (block: number, offset: number) => block * 1e7 + offset

/** The title words of a role phrase ("Russia’s chief negotiator" → negotiator, chief). */
function roleHead(role: string): string[] {
  return role
    .toLowerCase()
    .split(/[\s]+/u)
    .map((w) => w.replace(/['’]s$/u, ''))
    .filter((w) => isTitleWord(w))
}

/** The people of the article and the words of their roles, gathered once for all blocks. */
export interface RolePeople {
  readonly people: readonly EntityDraft[]
  /** Lower-case words of the roles the text gave people ("regional", "cabinet", "chief"). */
  readonly roleVocabulary: ReadonlySet<string>
}

/**
 * The people a role phrase can refer to. Pass 3 adds mentions only (no people, no roles), so
 * `resolveEntities` gathers them once, not once per block: per block, it made pass 3 quadratic in
 * the article's length (an 8 MB text spent 43 s of 62 here).
 */
export function rolePeople(index: EntityIndex): RolePeople {
  const people = [...index.entities.values()].filter((e) => e.kind === 'person')
  const roleVocabulary = new Set<string>()
  for (const e of people)
    for (const r of e.roles) for (const w of r.toLowerCase().split(/\s+/u)) roleVocabulary.add(w)
  return { people, roleVocabulary }
}

// Pass 3 of `resolveEntities`: role phrases ("the Ukrainian president") and organisation
// descriptions ("the board") resolved to the one entity the text gave that role or head.

// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: pre-existing (44); to split by pattern (issue 9)
export function addRolePhrasesTo(
  index: EntityIndex,
  ctx: BlockContext,
  b: number,
  people: RolePeople = rolePeople(index),
): void {
  const words = splitWords(ctx.text)
  const taken = index.byBlock[b]!
  const { people: list, roleVocabulary } = people
  for (let k = 0; k < words.length; k++) {
    if (words[k]!.lower !== 'the') continue
    let h = k + 1
    const mods: string[] = []
    while (h < words.length && h <= k + 4) {
      const w = words[h]!
      if (!onlySpaceBetween(ctx.text, words[h - 1]!.end, w.start)) break
      if (isTitleWord(w.lower) && !titleModifiers.has(w.lower)) break
      if (
        !(titleModifiers.has(w.lower) || partyByWord(w.value) || roleVocabulary.has(w.lower)) ||
        w.possessive
      ) {
        h = -1
        break
      }
      mods.push(w.value)
      h++
    }
    if (h < 0 || h >= words.length) continue
    // A multi-word title ends at its last title word ("the prime minister", "the chief executive").
    while (
      h + 1 < words.length &&
      !words[h]!.possessive &&
      isTitleWord(words[h + 1]!.lower) &&
      !words[h + 1]!.capitalised &&
      onlySpaceBetween(ctx.text, words[h]!.end, words[h + 1]!.start)
    ) {
      mods.push(words[h]!.value)
      h++
    }
    const head = words[h]!
    if (!isTitleWord(head.lower) || head.possessive) continue
    if (!onlySpaceBetween(ctx.text, words[h - 1]!.end, head.start)) continue
    const next = words[h + 1]
    // A title right before a name, or "the head of …", is not a standalone role phrase.
    if (
      next &&
      onlySpaceBetween(ctx.text, head.end, next.start) &&
      (next.capitalised || next.lower === 'of')
    )
      continue
    if (/^,\s+\p{Lu}/u.test(ctx.text.slice(head.end))) continue
    const start = words[k]!.start
    const end = head.end
    if (taken.some((m) => m.start < end && start < m.end)) continue
    const party = partyOfPhrase(mods.join(' '))?.key
    const wanted = head.lower
    // Words of the phrase a role must contain ("regional", "cabinet"; not "top" or a demonym).
    const required = mods
      .map((m) => m.toLowerCase())
      .filter((m) => !titleModifiers.has(m) && !partyByWord(m))
    const former = mods.some((m) => /^(?:former|ex)$/iu.test(m))
    const fits = (r: string, exact: boolean) => {
      const lower = r.toLowerCase()
      const ws = lower.split(/\s+/u).map((w) => w.replace(/['’]s$/u, ''))
      if (!required.every((m) => ws.includes(m))) return false
      // "the chief minister" is not someone the text calls "a former chief minister", and
      // "the former president" is not the sitting one.
      if (former !== /\b(?:former|ex-)/u.test(lower)) return false
      return roleHead(r).some(
        (t) => t === wanted || (!exact && leaderTitles.has(t) && leaderTitles.has(wanted)),
      )
    }
    const pick = (exact: boolean) =>
      list.filter((e) => (!party || e.party === party) && e.roles.some((r) => fits(r, exact)))
    let candidates = pick(true)
    if (candidates.length === 0) candidates = pick(false)
    // "the professor": the one academic (by occupation or university affiliation).
    if (candidates.length === 0 && academicTitles.has(wanted) && required.length === 0 && !former)
      candidates = list.filter((e) =>
        [...e.roles, ...e.affiliations].some((r) => academicEvidence.test(r)),
      )
    if (candidates.length !== 1) continue
    const m: MentionDraft = {
      block: b,
      start,
      end,
      key: candidates[0]!.key,
      form: 'role',
      possessive: false,
      modifier: false,
    }
    index.mentions.push(m)
    taken.push(m)
  }
}

/** The article's organisations by the head noun their name ends in ("board"), gathered once. */
export function organizationsByHead(index: EntityIndex): Map<string, EntityDraft[]> {
  const byHead = new Map<string, EntityDraft[]>()
  for (const e of index.entities.values()) {
    if (e.kind !== 'organization') continue
    const head = e.name.split(/\s+/u).pop()?.toLowerCase()
    if (!head || !organizationHeads.has(head) || head === 'government') continue
    const list = byHead.get(head) ?? []
    list.push(e)
    byHead.set(head, list)
  }
  return byHead
}

/**
 * Definite descriptions of an organisation named earlier ("the board" after "the Ghana Cocoa
 * Board"): "the" and an organisation head noun that ends exactly one organisation's name in the
 * article. Not "the government" (a party), not "the board of …" or "the board chairman".
 */
export function addOrganizationDescriptionsTo(
  index: EntityIndex,
  ctx: BlockContext,
  b: number,
  byHead: ReadonlyMap<string, readonly EntityDraft[]> = organizationsByHead(index),
): void {
  if (byHead.size === 0) return
  const text = ctx.text
  const words = splitWords(text)
  const taken = index.byBlock[b]!
  for (let k = 0; k + 1 < words.length; k++) {
    if (words[k]!.lower !== 'the') continue
    const head = words[k + 1]!
    if (head.capitalised || !onlySpaceBetween(text, words[k]!.end, head.start)) continue
    const orgs = byHead.get(head.lower)
    if (orgs?.length !== 1) continue
    const next = words[k + 2]
    if (
      !head.possessive &&
      next &&
      onlySpaceBetween(text, head.end, next.start) &&
      (next.lower === 'of' || next.capitalised || isTitleWord(next.lower))
    )
      continue
    const start = words[k]!.start
    const org = orgs[0]!
    if (org.first >= position(b, start)) continue
    if (taken.some((m) => m.start < head.end && start < m.end)) continue
    const m: MentionDraft = {
      block: b,
      start,
      end: head.end,
      key: org.key,
      form: 'role',
      possessive: head.possessive,
      modifier: false,
    }
    index.mentions.push(m)
    taken.push(m)
  }
}
