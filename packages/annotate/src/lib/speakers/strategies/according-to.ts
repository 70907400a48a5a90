import type { SpeakerStrategy } from '../types.js'

/** "according to X" anywhere in the quotation's sentences (outside the quoted words). */
export const accordingTo: SpeakerStrategy = {
  id: 'according-to',
  find(site, context) {
    const st = site.state
    const span = context.outside(st, site.first.start, site.last.end)
    const m = /\baccording to\s+/iu.exec(span)
    if (!m) return undefined
    const at = site.first.start + m.index + m[0].length
    const first = context
      .subjectCandidates(st, at, site.last.end)
      .filter((s) => s.start - at < 40)[0]
    if (!first) return undefined
    return {
      speaker: context.speakerOf(site.block, first, 'according-to'),
      cue: { value: 'according to', at: site.quote.open },
    }
  },
}
