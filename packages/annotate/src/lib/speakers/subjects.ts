import { isRolePrefix, isTitleQualifier } from '../find-names.js'
import {
  anonymousSpeakers,
  articles,
  cueVerbs,
  indefiniteOpeners,
  personPronouns,
  placePrepositions,
  roleStoppers,
} from '../lexicon.js'
import type { MentionDraft } from '../resolve-entities.js'
import { onlySpaceBetween, splitWords, type Word, wordIndexAt } from '../words.js'
import type { BlockState, SpeakerContext, Subject } from './types.js'

/** What the subject helpers need from the speaker context. */
type Helpers = Pick<SpeakerContext, 'eligible' | 'inQuote'>

/**
 * Length of a restrictive relative clause that ends at its main clause's speech verb: " who
 * moved to the city in 2024 " in "A civil servant who moved to the city in 2024 said …". The
 * relative clause's own verb (the first word) is skipped; 0 when no speech verb follows.
 */
function restrictiveRelative(after: string): number {
  const m = /^\s+(?:who|that)\s+[^,.;:!?“”"()—–]{1,100}/u.exec(after)
  if (!m) return 0
  const words = splitWords(m[0])
  for (let k = 2; k < words.length && k <= 14; k++)
    if (cueVerbs.has(words[k]!.lower) && !/ing$/u.test(words[k]!.lower)) return words[k]!.start
  return 0
}

/** Prepositions whose object is not the subject of the next verb ("Observers from the AU said"). */
const subjectBlockers = new Set([
  ...placePrepositions,
  'of',
  'with',
  'for',
  'by',
  'about',
  'against',
])

/**
 * An -ed or -ing word used as an adjective inside a noun phrase ("one retired teacher", "an
 * injured worker"): the next word, right after it, is a lower-case word that is no speech verb
 * or function word.
 */
function isAdjectivalParticiple(st: BlockState, k: number): boolean {
  const w = st.words[k]!
  const next = st.words[k + 1]
  return (
    /(?:ed|ing)$/u.test(w.lower) &&
    !w.capitalised &&
    next !== undefined &&
    !next.capitalised &&
    onlySpaceBetween(st.ctx.text, w.end, next.start) &&
    !roleStoppers.has(next.lower) &&
    !cueVerbs.has(next.lower) &&
    /^\p{Ll}+$/u.test(next.value)
  )
}

/** The last word of the noun phrase opening at word `i` ("one resident", "the union leaders"). */
function phraseHead(st: BlockState, i: number): Word | undefined {
  const text = st.ctx.text
  let head: Word | undefined
  for (let k = i + 1; k < st.words.length && k <= i + 4; k++) {
    const w = st.words[k]!
    if (!onlySpaceBetween(text, st.words[k - 1]!.end, w.start) && !st.words[k - 1]!.possessive)
      break
    if (w.capitalised || roleStoppers.has(w.lower) || cueVerbs.has(w.lower)) break
    if (/ly$/u.test(w.lower)) break
    if (!isTitleQualifier(w) && !isAdjectivalParticiple(st, k)) break
    head = w
  }
  return head
}

/**
 * An unnamed speaker written as a noun phrase and used as the subject of a speech verb, or
 * right after one: "one resident said", "said a mother of three", "A union organiser, who
 * declined to be named, said" (unnamed source); "the union leaders said" (a group).
 */
export function speakerPhrase(st: BlockState, i: number): Subject | undefined {
  const text = st.ctx.text
  const opener = st.words[i]!
  const definite = opener.lower === 'the'
  const head = phraseHead(st, i)
  // "one of his supporters", "a mother of three".
  const of = /^\s+of\s+(?:(?:the|his|her|their|its|our)\s+)?[\p{Ll}\d]+/u.exec(
    text.slice((head ?? opener).end),
  )
  if (!head && !(of && !definite && opener.lower !== 'a' && opener.lower !== 'an')) return undefined
  let end = (head ?? opener).end
  if (of && !definite) end += of[0].length
  if (definite && !/s$/u.test(head?.lower ?? '')) return undefined
  if (st.mentions.some((m) => m.start < end && opener.start < m.end)) return undefined
  // The phrase must be the subject of a speech verb ("…, who declined to be named, said") or follow one.
  const after = text.slice(end)
  const appositive =
    /^,\s+who\b[^,.;“”"]*,\s+/u.exec(after)?.[0].length ?? restrictiveRelative(after)
  const rest = after.slice(appositive)
  const verb = /^\s*(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u.exec(rest)?.[1]
  const prev = st.words[i - 1]
  const follows =
    prev !== undefined && cueVerbs.has(prev.lower) && onlySpaceBetween(text, prev.end, opener.start)
  if (!(verb && cueVerbs.has(verb)) && !(follows && !definite)) return undefined
  const phrase = text.slice(opener.start, end)
  return definite
    ? { type: 'plural', phrase, start: opener.start, end }
    : { type: 'anonymous', phrase, start: opener.start, end }
}

/**
 * A name given after its role in an appositive, as the subject at `p`: "the bank's governor,
 * Kazuo Ueda, told …" / "the CGT's leader, Philippe Martinez, said …" / "its chief executive,
 * Jane Roe, said …". `end` is after the comma that closes the appositive.
 */
export function appositiveSubject(
  helpers: Helpers,
  st: BlockState,
  p: number,
): { mention: MentionDraft; end: number } | undefined {
  const text = st.ctx.text
  const m = st.mentions.find(
    (x) => x.start > p && x.start - p < 80 && x.form !== 'pronoun' && helpers.eligible(st, x),
  )
  if (!m) return undefined
  const lead =
    /^(?:(?:the|a|an|its|his|her|their|our|The|A|An|Its|His|Her|Their|Our)\s+)?([^,.;:!?“”"]+?),\s+$/u.exec(
      text.slice(p, m.start),
    )
  if (!lead || !isRolePrefix(`${lead[1]} `)) return undefined
  const close = /^,\s+/u.exec(text.slice(m.end))
  if (!close) return undefined
  return { mention: m, end: m.end + close[0].length }
}

/** Whether a subject candidate is the object of a preposition ("Observers from the AU"). */
export function governed(st: BlockState, s: Subject): boolean {
  if (s.type === 'pronoun') return false
  let k = wordIndexAt(st.words, s.start) - 1
  while (k >= 0 && articles.has(st.words[k]!.lower)) k--
  const w = st.words[k]
  const nextStart = st.words[k + 1]?.start ?? s.start
  return (
    w !== undefined &&
    subjectBlockers.has(w.lower) &&
    onlySpaceBetween(st.ctx.text, w.end, nextStart)
  )
}

/** "Ukrainian officials", "two senior diplomats": an anonymous source noun with its modifiers. */
function anonymousPhrase(st: BlockState, i: number): Subject {
  const w = st.words[i]!
  let a = i
  while (
    a > 0 &&
    i - a < 3 &&
    !st.words[a - 1]!.possessive &&
    /^\p{Ll}|^\p{Lu}\p{Ll}+an$|^\p{Lu}\p{Ll}+ian$/u.test(st.words[a - 1]!.value) &&
    !cueVerbs.has(st.words[a - 1]!.lower) &&
    onlySpaceBetween(st.ctx.text, st.words[a - 1]!.end, st.words[a]!.start) &&
    !['that', 'and', 'but', 'the', 'which', 'who'].includes(st.words[a - 1]!.lower)
  )
    a--
  const phrase = st.ctx.text.slice(st.words[a]!.start, w.end)
  return { type: 'anonymous', phrase, start: st.words[a]!.start, end: w.end }
}

/** The subject word `i` opens when it is not a name: a pronoun, "they", or an unnamed phrase. */
function wordSubject(st: BlockState, i: number): Subject | undefined {
  const w = st.words[i]!
  if (personPronouns.has(w.lower)) return { type: 'pronoun', word: w, start: w.start, end: w.end }
  if (w.lower === 'they') return { type: 'plural', phrase: w.value, start: w.start, end: w.end }
  if (
    indefiniteOpeners.has(w.lower) ||
    (w.lower === 'the' && !st.mentions.some((m) => m.start === w.start))
  )
    return speakerPhrase(st, i)
  if (
    anonymousSpeakers.has(w.lower) &&
    (!w.capitalised || st.ctx.sentences.some((s) => s.start === w.start))
  )
    return anonymousPhrase(st, i)
  return undefined
}

/** Candidate subjects between `from` and `to`: eligible mentions, pronouns and unnamed phrases. */
export function subjectCandidates(
  helpers: Helpers,
  st: BlockState,
  from: number,
  to: number,
): Subject[] {
  const subjects: Subject[] = []
  for (const m of st.mentions) {
    if (m.start < from) continue
    if (m.end > to) break
    if (helpers.eligible(st, m))
      subjects.push({ type: 'mention', mention: m, start: m.start, end: m.end })
  }
  for (let i = wordIndexAt(st.words, from); i < st.words.length; i++) {
    const w = st.words[i]!
    if (w.end > to) break
    if (helpers.inQuote(st, w.start)) continue
    const subject = wordSubject(st, i)
    if (subject) subjects.push(subject)
  }
  return subjects.sort((x, y) => x.start - y.start)
}
