import { cueVerbs, personPronouns, tellVerbs } from '../../lexicon.js'
import { isRoleWord, isTitle, isTitleQualifier } from '../../names/name-words.js'
import { onlySpaceBetween, wordIndexAt } from '../../words.js'
import type { BlockState, QuoteSite, SpeakerContext, SpeakerStrategy, Subject } from '../types.js'
import { type AfterClose, wordAfterClose } from './after-close.js'

/** Words that may follow a cue verb and still leave the subject-verb pair an attribution. */
const okAfterCue = new Set(
  'outside inside near across in on at to after before during earlier later last this over via while when as from shortly recently then yesterday today tonight adding urging noting according without with and but amid ahead following late early by'.split(
    ' ',
  ),
)

/** The subject at the word after the closing mark, and where the words after it start. */
function subjectAt(
  site: QuoteSite,
  context: SpeakerContext,
  after: AfterClose,
): { subject: Subject; end: number } | undefined {
  const st = site.state
  const text = st.ctx.text
  const { at, word: w1 } = after
  const titled = titledMention(site, context, after)
  if (titled) return { subject: titled, end: titled.end }
  const m = context.mentionAt(st, at)
  if (m && context.eligible(st, m)) {
    let end = m.end
    // "…,” Jane Roe, director of the Centre, wrote on X.": skip the appositive.
    const appo = /^,\s+[^,.;:!?“”"]{2,90},\s+/u.exec(text.slice(end))
    const next = appo ? st.words[wordIndexAt(st.words, end + appo[0].length)] : undefined
    if (appo && next?.start === end + appo[0].length && cueVerbs.has(next.lower))
      end += appo[0].length
    return { subject: { type: 'mention', mention: m, start: m.start, end: m.end }, end }
  }
  if (personPronouns.has(w1.lower))
    return { subject: { type: 'pronoun', word: w1, start: w1.start, end: w1.end }, end: w1.end }
  if (w1.lower === 'they')
    return {
      subject: { type: 'plural', phrase: w1.value, start: w1.start, end: w1.end },
      end: w1.end,
    }
  const apposed = context.appositiveSubject(st, at)
  if (apposed)
    return {
      subject: { type: 'mention', mention: apposed.mention, start: at, end: apposed.end },
      end: apposed.end,
    }
  const anon = context
    .subjectCandidates(st, at, Math.min(site.last.end, at + 60))
    .find((s) => (s.type === 'anonymous' || s.type === 'plural') && s.start === at)
  return anon ? { subject: anon, end: anon.end } : undefined
}

/**
 * A person named after role words written before the name, right after the closing mark:
 * "…,” presiding judge Helena Conceição said" / "…,” CMVM chairman Luís Teixeira said". At most
 * five words, no punctuation, and the word before the name is a title.
 */
function titledMention(
  site: QuoteSite,
  context: SpeakerContext,
  after: AfterClose,
): Subject | undefined {
  const st = site.state
  const text = st.ctx.text
  for (let k = after.i + 1; k <= after.i + 5 && k < st.words.length; k++) {
    const w = st.words[k]!
    if (!onlySpaceBetween(text, st.words[k - 1]!.end, w.start)) return undefined
    const m = context.mentionAt(st, w.start)
    if (!m || m.start !== w.start) {
      if (!(isRoleWord(w) || isTitleQualifier(w) || /^\p{Ll}+ing$/u.test(w.value))) return undefined
      continue
    }
    if (k === after.i + 1 && !isTitle(st.words[after.i]!)) return undefined
    if (!context.eligible(st, m) || m.possessive || !isTitle(st.words[k - 1]!)) return undefined
    return { type: 'mention', mention: m, start: m.start, end: m.end }
  }
  return undefined
}

/** The cue verb right after a subject ending at `end` (an -ly adverb may stand between). */
function verbAfter(st: BlockState, end: number) {
  const text = st.ctx.text
  let k = wordIndexAt(st.words, end)
  if (st.words[k] && /ly$/u.test(st.words[k]!.lower) && !cueVerbs.has(st.words[k]!.lower)) k++
  const v = st.words[k]
  if (!v || !cueVerbs.has(v.lower)) return undefined
  if (!onlySpaceBetween(text, Math.max(st.words[k - 1]?.end ?? end, end), v.start)) return undefined
  const rest = text.slice(v.end)
  const nextWord = st.words[k + 1]
  const ok =
    /^\s*(?:[.,;:!?—–]|$)/u.test(rest) ||
    (nextWord !== undefined &&
      (okAfterCue.has(nextWord.lower) || /ly$/u.test(nextWord.lower) || tellVerbs.has(v.lower)))
  return ok ? v : undefined
}

/** A subject right after the closing mark, then a speech verb: "…,” he said" / "…,” Zelensky told TIME". */
export const subjectAfterQuote: SpeakerStrategy = {
  id: 'subject-after-quote',
  find(site, context) {
    const after = wordAfterClose(site)
    if (!after || cueVerbs.has(after.word.lower)) return undefined
    const found = subjectAt(site, context, after)
    if (!found) return undefined
    const v = verbAfter(site.state, found.end)
    if (!v) return undefined
    return {
      speaker: context.speakerOf(site.block, found.subject),
      cue: { value: v.value, at: v.start },
    }
  },
}
