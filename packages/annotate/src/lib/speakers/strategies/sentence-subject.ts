import type { SpeakerStrategy } from '../types.js'

/** The named subject opening the quotation's clause, for scare quotes and quoted terms. */
export const sentenceSubject: SpeakerStrategy = {
  id: 'sentence-subject',
  find(site, context) {
    const st = site.state
    const text = st.ctx.text
    const from = context.clauseStart(st, site.first.start, site.quote.open)
    const lead = /^\s*(?:[^,]{0,40},\s+)?/u.exec(text.slice(from, site.quote.open))![0].length
    const first = context
      .subjectCandidates(st, from, site.quote.open)
      .find(
        (s) =>
          s.start === from + lead || s.start === from + /^\s*/u.exec(text.slice(from))![0].length,
      )
    if (first?.type !== 'mention') return undefined
    return { speaker: context.speakerOf(site.block, first) }
  },
}
