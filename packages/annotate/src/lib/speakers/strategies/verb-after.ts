import { cueVerbs, personPronouns } from '../../lexicon.js'
import { isRolePrefix } from '../../names/name-words.js'
import { onlySpaceBetween } from '../../words.js'
import type { QuoteSite, SpeakerContext, SpeakerStrategy, Subject } from '../types.js'
import { wordAfterClose } from './after-close.js'

/**
 * The person named in apposition to a role phrase at `at`: "the mayor, Nikos Papadakis," or
 * "the mayor, Nikos Papadakis." at the end of the sentence.
 */
function apposedName(site: QuoteSite, context: SpeakerContext, at: number) {
  const st = site.state
  const apposed = context.appositiveSubject(st, at)
  if (apposed) return apposed.mention
  const m = st.mentions.find((x) => x.start > at && x.start - at < 80 && x.form !== 'pronoun')
  if (!m || !context.eligible(st, m) || !/^\s*(?:[.;!?]|$)/u.test(st.ctx.text.slice(m.end)))
    return undefined
  const lead = /^(?:the|a|an|its|his|her|their|our)\s+([^,.;:!?“”"]+?),\s+$/iu.exec(
    st.ctx.text.slice(at, m.start),
  )
  return lead && isRolePrefix(`${lead[1]} `) ? m : undefined
}

/** A speech verb right after the closing mark, then its subject: "…,” said Zelensky" / "…,” said a resident". */
export const verbAfterQuote: SpeakerStrategy = {
  id: 'verb-after-quote',
  find(site, context) {
    const after = wordAfterClose(site)
    if (!after || !cueVerbs.has(after.word.lower)) return undefined
    const st = site.state
    const w1 = after.word
    const w2 = st.words[after.i + 1]
    if (!w2 || /ing$/u.test(w1.lower) || !onlySpaceBetween(st.ctx.text, w1.end, w2.start))
      return undefined
    // "…,” said the mayor, Nikos Papadakis, …": the name in apposition to the role is the subject.
    const m = context.mentionAt(st, w2.start) ?? apposedName(site, context, w2.start)
    const phrase = m ? undefined : context.speakerPhrase(st, after.i + 1)
    const subject: Subject | undefined =
      m && !m.possessive
        ? { type: 'mention', mention: m, start: m.start, end: m.end }
        : personPronouns.has(w2.lower)
          ? { type: 'pronoun', word: w2, start: w2.start, end: w2.end }
          : phrase?.start === w2.start
            ? phrase
            : undefined
    if (!subject) return undefined
    return {
      speaker: context.speakerOf(site.block, subject),
      cue: { value: w1.value, at: w1.start },
    }
  },
}
