import type { SpeakerStrategy } from '../types.js'

/**
 * A quotation that opens a sentence right after an attributed one (the next sentence, or the
 * next paragraph when the quotation was left open there) continues it: same speaker.
 */
export const continuation: SpeakerStrategy = {
  id: 'continuation',
  find(site) {
    const { previous, previousEnd, quote: q } = site
    if (previous?.speaker.status !== 'attributed' || !previousEnd) return undefined
    const startsSentence = site.state.ctx.text.slice(site.first.start, q.open).trim() === ''
    const adjacent =
      (previousEnd.block === site.block &&
        (previousEnd.sentence === site.firstSentence - 1 ||
          previousEnd.sentence === site.firstSentence)) ||
      q.continued
    if (!startsSentence || !adjacent) return undefined
    return {
      speaker: { status: 'attributed', key: previous.speaker.key, via: 'continuation' },
      ...(q.continued ? { continues: site.position - 1 } : {}),
    }
  },
}
