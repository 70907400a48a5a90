import type { SpeakerStrategy } from '../types.js'

/** The second half of a quotation split by its attribution: "“…,” said X, “but …”". */
export const splitQuote: SpeakerStrategy = {
  id: 'split-quote',
  find(site, context) {
    const { previous, quote: q } = site
    if (
      !previous ||
      previous.block !== site.block ||
      previous.speaker.status !== 'attributed' ||
      previous.quote.close < 0 ||
      site.previousCueAt <= previous.quote.close ||
      site.previousCueAt >= q.open
    )
      return undefined
    const between = context.outside(site.state, previous.quote.close + 1, q.open)
    if (!/,\s*$/u.test(between) || /[.!?]/u.test(between.replace(/(?:\p{Lu}\.)+/gu, '')))
      return undefined
    return { speaker: { status: 'attributed', key: previous.speaker.key, via: 'continuation' } }
  },
}
