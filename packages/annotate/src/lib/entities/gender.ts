import { english } from '../../lang/en/index.js'
import type { BlockContext } from '../block-context.js'
import { honorificGender } from '../names/person-keys.js'
import type { EntityIndex, MentionDraft } from '../resolve-entities.js'

type Gender = 'male' | 'female'

const genderOf = new Map<string, Gender>()
for (const g of ['male', 'female'] as const)
  for (const w of english.genderWords[g]) genderOf.set(w, g)
const pronouns = new Set(['he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself'])
/** The first of `pronouns` in a text, as a word. */
const pronounPattern = new RegExp(`\\b(${[...pronouns].join('|')})\\b`, 'iu')

/** Quoted stretches of a sentence blanked out: a pronoun inside a quote is the speaker's, not the narrator's. */
const unquoted = (s: string) =>
  s.replace(/“[^”]*”?|"[^"]*"?|«[^»]*»?/gu, (q) => ' '.repeat(q.length))

/**
 * Whether the name at `start` is the object of a preposition ("Speaking after Chandrasekaran, she
 * told reporters", "met with Putin"): not the subject a later pronoun refers back to.
 */
export function isPrepositionObject(text: string, start: number): boolean {
  return /\b(?:after|before|with|by|for|from|to|of|about|against|at|in|on|than|like|alongside|besides?|behind|toward|towards|without|between|among|under|over)\s+(?:the\s+)?$/iu.test(
    text.slice(Math.max(0, start - 16), start),
  )
}

/** The single answer of a list of votes, if they agree. */
function agreed(votes: readonly Gender[]): Gender | undefined {
  const first = votes[0]
  return first && votes.every((v) => v === first) ? first : undefined
}

/**
 * Gender evidence for the people of an article, strongest first: (1) an honorific before a
 * mention ("Mr. Trump", "Ms Brennan") or a gendered role noun ("spokeswoman", "first lady",
 * "son-in-law"); (2) the first name (compromise's first-name list, already on the entity); (3)
 * co-reference: the first third-person pronoun of a sentence that names exactly one person
 * before it, possessives aside ("Chandrasekaran said his client would appeal"), quotes left out;
 * votes must agree. An entity keeps `unknown` when the evidence is missing or split.
 */
export function inferGenders(index: EntityIndex, contexts: readonly BlockContext[]): void {
  const strong = new Map<string, Gender[]>()
  const pronounVotes = new Map<string, Gender[]>()
  const vote = (map: Map<string, Gender[]>, key: string, g: Gender) => {
    const list = map.get(key) ?? []
    list.push(g)
    map.set(key, list)
  }
  const isPerson = (key: string) => index.entities.get(key)?.kind === 'person'
  for (const e of index.entities.values()) {
    if (e.kind !== 'person') continue
    for (const role of e.roles)
      for (const w of role.toLowerCase().split(/\s+/u)) {
        const g = genderOf.get(w.replace(/['’]s$|\.$/gu, ''))
        if (g && !pronouns.has(w)) vote(strong, e.key, g)
      }
  }
  contexts.forEach((ctx, b) => {
    const mentions = index.byBlock[b] ?? []
    for (const m of mentions) {
      if (!isPerson(m.key)) continue
      const g = honorificGender(ctx.text.slice(Math.max(0, m.start - 6), m.start))
      if (g) vote(strong, m.key, g)
    }
    for (const sentence of ctx.sentences)
      votePronouns(ctx, sentence, mentions, isPerson, (k, g) => vote(pronounVotes, k, g))
  })
  for (const e of index.entities.values()) {
    if (e.kind !== 'person') continue
    const g =
      agreed(strong.get(e.key) ?? []) ??
      (e.gender !== 'unknown' ? e.gender : agreed(pronounVotes.get(e.key) ?? []))
    if (g) e.gender = g
  }
}

/** One co-reference vote per sentence: its first pronoun, after exactly one named person (possessives aside). */
function votePronouns(
  ctx: BlockContext,
  sentence: { start: number; end: number },
  mentions: readonly MentionDraft[],
  isPerson: (key: string) => boolean,
  vote: (key: string, g: Gender) => void,
): void {
  const text = unquoted(ctx.text.slice(sentence.start, sentence.end))
  const p = pronounPattern.exec(text)
  if (!p) return
  const at = sentence.start + p.index
  const before = mentions.filter(
    (m) =>
      m.start >= sentence.start &&
      m.end <= at &&
      !m.possessive &&
      isPerson(m.key) &&
      !isPrepositionObject(ctx.text, m.start),
  )
  const keys = new Set(before.map((m) => m.key))
  if (keys.size !== 1) return
  vote([...keys][0]!, genderOf.get(p[1]!.toLowerCase())!)
}
