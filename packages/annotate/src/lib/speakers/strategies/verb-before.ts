import { cueVerbs, determiners, findingVerbs } from '../../lexicon.js'
import { onlySpaceBetween, type Word, wordIndexAt } from '../../words.js'
import type { BlockState, QuoteSite, SpeakerContext, SpeakerStrategy, Subject } from '../types.js'

/** Words after which a speech verb is a noun ("the remarks", "his statement", "repeated claims"). */
const nounMarkers: ReadonlySet<string> = new Set([
  ...determiners,
  'whose',
  'such',
  'repeated',
  'regular',
])

/** Speech and finding verbs before the quotation in its clause, not used as nouns ("his remarks"). */
function cuesBefore(context: SpeakerContext, st: BlockState, from: number, open: number): Word[] {
  const cues: Word[] = []
  for (let i = wordIndexAt(st.words, from); i < st.words.length; i++) {
    const w = st.words[i]!
    if (w.start >= open) break
    const prevW = st.words[i - 1]
    const isNoun = prevW !== undefined && (nounMarkers.has(prevW.lower) || prevW.possessive)
    if (
      !context.inQuote(st, w.start) &&
      (cueVerbs.has(w.lower) || findingVerbs.has(w.lower)) &&
      !w.capitalised &&
      !isNoun
    )
      cues.push(w)
  }
  return cues
}

/** The cues to try, nearest first, but the outer verb of "X told Axios that Y said …" before all. */
function cueOrder(context: SpeakerContext, st: BlockState, cues: Word[]): Word[] {
  const nearest = cues[cues.length - 1]
  if (!nearest) return []
  const order: Word[] = []
  const outer = cues.find(
    (c) =>
      c !== nearest &&
      /\bthat\b/u.test(context.outside(st, c.end, nearest.start)) &&
      !/\b(?:while|whereas)\b/u.test(context.outside(st, c.end, nearest.start)),
  )
  if (outer) order.push(outer)
  for (let i = cues.length - 1; i >= 0; i--) if (!order.includes(cues[i]!)) order.push(cues[i]!)
  return order
}

/** A name's relative clause (and appositive) up to the cue: ", an analyst, who had rated …, said". */
const RELATIVE_BEFORE_CUE =
  /^,(?:[^,;:“”"]{1,60},)?\s+(?:who|whom|whose)\b[^;:.!?]*,\s*(?:\p{L}+ly\s+)?$/u

/** The subject of an active cue verb `c` in the clause from `from`. */
function activeSubject(
  context: SpeakerContext,
  st: BlockState,
  from: number,
  c: Word,
): Subject | undefined {
  const text = st.ctx.text
  const all = context.subjectCandidates(st, from, c.start)
  const subs = all.filter((x) => !context.governed(st, x))
  if (/ing$/u.test(c.lower)) {
    // "with Ukraine reporting …": the name right before the -ing verb is its subject.
    const adjacent = all.find((s) => onlySpaceBetween(text, s.end, c.start))
    return adjacent ?? subs.find((s) => s.type !== 'anonymous') ?? subs[0]
  }
  // "Reyes, who rated the stock alongside Mina Cho, said": the main clause's subject, not a
  // name inside the relative clause.
  // The nearest such name to the cue: an earlier one (a dateline's "WASHINGTON, March 3 - …")
  // would take the whole relative clause and the real subject as its appositive.
  for (let k = subs.length - 1; k >= 0; k--) {
    const p = subs[k]!
    if (p.type === 'anonymous') continue
    if (RELATIVE_BEFORE_CUE.test(text.slice(p.end, c.start))) return p
  }
  // "Umerov, the head of … Council, stated": the subject is before the appositive.
  for (let k = subs.length - 2; k >= 0 && subs.length > 0; k--) {
    const p = subs[k]!
    if (p.type !== 'anonymous' && /^,[^,]*,\s*(?:\p{L}+ly\s+)?$/u.test(text.slice(p.end, c.start)))
      return p
  }
  return subs[subs.length - 1]
}

/** The subject of cue `c`: the agent of a passive ("was told by X"), else the active subject. */
function subjectOf(
  context: SpeakerContext,
  site: QuoteSite,
  from: number,
  c: Word,
): Subject | undefined {
  const st = site.state
  const nextW = st.words[wordIndexAt(st.words, c.start) + 1]
  if (nextW?.lower === 'by')
    return context
      .subjectCandidates(st, nextW.end, site.quote.open)
      .find((s) => s.start - nextW.end < 40)
  return activeSubject(context, st, from, c)
}

/**
 * The nearest speech verb before the quotation in the same clause, with its subject ("Zelensky
 * said on Tuesday that “…”"). A finding verb (found, concluded, ruled) counts only with an
 * organisation as its subject.
 */
export const verbBeforeQuote: SpeakerStrategy = {
  id: 'verb-before-quote',
  find(site, context) {
    const st = site.state
    const from = context.clauseStart(st, site.first.start, site.quote.open)
    for (const c of cueOrder(context, st, cuesBefore(context, st, from, site.quote.open))) {
      const subject = subjectOf(context, site, from, c)
      if (
        findingVerbs.has(c.lower) &&
        !(subject?.type === 'mention' && context.entityKind(subject.mention.key) === 'organization')
      )
        continue
      if (subject)
        return {
          speaker: context.speakerOf(site.block, subject),
          cue: { value: c.value, at: c.start },
        }
    }
    return undefined
  },
}
