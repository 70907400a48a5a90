import { cueVerbs, personPronouns } from '../../lexicon.js'
import { onlySpaceBetween } from '../../words.js'
import type { SpeakerStrategy, Subject } from '../types.js'
import { wordAfterClose } from './after-close.js'

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
    const m = context.mentionAt(st, w2.start)
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
