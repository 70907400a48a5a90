import { cueVerbs, personPronouns } from '../../lexicon.js'
import { onlySpaceBetween } from '../../words.js'
import type { SpeakerStrategy } from '../types.js'
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
    const cue = { value: w1.value, at: w1.start }
    if (m && !m.possessive)
      return {
        speaker: context.speakerOf(site.block, {
          type: 'mention',
          mention: m,
          start: m.start,
          end: m.end,
        }),
        cue,
      }
    if (personPronouns.has(w2.lower))
      return {
        speaker: context.speakerOf(site.block, {
          type: 'pronoun',
          word: w2,
          start: w2.start,
          end: w2.end,
        }),
        cue,
      }
    if (phrase && phrase.start === w2.start)
      return { speaker: context.speakerOf(site.block, phrase), cue }
    return undefined
  },
}
