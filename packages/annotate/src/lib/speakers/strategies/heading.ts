import type { SpeakerStrategy } from '../types.js'

/** A quotation in a heading has no speaker: headings do not say who spoke. */
export const inHeading: SpeakerStrategy = {
  id: 'in-heading',
  find(site) {
    if (site.state.ctx.block.kind !== 'heading') return undefined
    return {
      speaker: { status: 'unknown', reason: 'quotation in a heading, where no speaker is given' },
    }
  },
}
