import { cueVerbs } from '../../lexicon.js'
import { wordIndexAt } from '../../words.js'
import type { SpeakerStrategy } from '../types.js'

/** An attribution closing the sentence after a comma: "“…” is the aim, Zelensky said." */
export const closingAttribution: SpeakerStrategy = {
  id: 'closing-attribution',
  find(site, context) {
    const { quote: q, state: st } = site
    if (q.close < 0) return undefined
    const text = st.ctx.text
    const end = site.last.end
    const tail = context.outside(st, q.close + 1, end)
    for (const m of tail.matchAll(/,\s+/gu)) {
      const p = q.close + 1 + m.index + m[0].length
      const subj = context.subjectCandidates(st, p, end).filter((s) => s.start === p)[0]
      if (!subj) continue
      let k = wordIndexAt(st.words, subj.end)
      if (st.words[k] && /ly$/u.test(st.words[k]!.lower) && !cueVerbs.has(st.words[k]!.lower)) k++
      const v = st.words[k]
      if (v && cueVerbs.has(v.lower) && /^\s*(?:[.,;:!?]|$)/u.test(text.slice(v.end, end)))
        return {
          speaker: context.speakerOf(site.block, subj),
          cue: { value: v.value, at: v.start },
        }
    }
    return undefined
  },
}
