import { sentenceAt } from '../block-context.js'
import { createSpeakerContext, type SpeakerRun } from './context.js'
import { channelOf, clauseAround, statementDate } from './quote-details.js'
import type {
  AttributedQuote,
  Attribution,
  AttributionInput,
  BlockState,
  QuoteSite,
  SpeakerFound,
  SpeakerStrategy,
} from './types.js'

const noSpeaker: SpeakerFound = {
  speaker: {
    status: 'unknown',
    reason: 'no speaker: no speech verb, "according to" or named source near the quotation',
  },
}

/** The first strategy's finding for a quotation, or "no speaker". */
function findSpeaker(
  strategies: readonly SpeakerStrategy[],
  site: QuoteSite,
  run: SpeakerRun,
): SpeakerFound {
  for (const strategy of strategies) {
    const found = strategy.find(site, run)
    if (found) return found
  }
  return noSpeaker
}

/** A quotation attributed from a strategy's finding, with its channel and date. */
function attributed(
  site: QuoteSite,
  run: SpeakerRun,
  source: string,
  found: SpeakerFound,
): AttributedQuote {
  const result: AttributedQuote = { block: site.block, quote: site.quote, speaker: found.speaker }
  if (found.continues !== undefined) result.continues = found.continues
  if (found.cue) result.cue = found.cue.value
  if (site.quote.continued && result.continues === undefined && site.previous)
    result.continues = site.position - 1
  const clause = clauseAround(site, run)
  const channel = channelOf(site, run, source, clause)
  if (channel && found.cue) result.channel = channel
  const date = statementDate(site, run, clause, found.cue?.at ?? site.quote.open)
  if (date && found.cue) result.date = date
  return result
}

/**
 * Attribute every quotation to its speaker, in document order, trying `strategies` in order
 * (see `builtinSpeakerStrategies`: a cue right after the quote, "according to X", a speech verb
 * before it, an attribution closing the sentence, the quote it continues, the sentence's
 * subject). Pronouns resolve to the most recent compatible person (preferring the previous
 * sentence's speaker or subject); unnamed sources, plural subjects and coordinated speakers give
 * 'unknown' or 'ambiguous' with a reason. Returns the quotations and the pronoun mentions made;
 * the input is left as it is.
 */
export function attributeSpeakers(
  input: AttributionInput,
  strategies: readonly SpeakerStrategy[],
): Attribution {
  const run = createSpeakerContext(input)
  const out: AttributedQuote[] = []
  let previous: AttributedQuote | undefined
  let previousEnd: { block: number; sentence: number } | undefined
  let previousCueAt = -1
  run.states.forEach((st: BlockState, b) => {
    for (const q of st.quotes) {
      const firstSentence = sentenceAt(st.ctx, q.open)
      const lastSentence = q.close < 0 ? st.ctx.sentences.length - 1 : sentenceAt(st.ctx, q.close)
      const site: QuoteSite = {
        block: b,
        state: st,
        quote: q,
        firstSentence,
        lastSentence,
        first: st.ctx.sentences[firstSentence]!,
        last: st.ctx.sentences[lastSentence]!,
        previousCueAt,
        position: out.length,
        ...(previous ? { previous } : {}),
        ...(previousEnd ? { previousEnd } : {}),
      }
      const found = findSpeaker(strategies, site, run)
      const result = attributed(site, run, input.source, found)
      if (result.speaker.status === 'attributed')
        for (let s = firstSentence; s <= lastSentence; s++)
          run.sentenceSpeaker.set(`${b}:${s}`, result.speaker.key)
      out.push(result)
      previous = result
      previousCueAt = found.cue ? found.cue.at : -1
      previousEnd = { block: b, sentence: lastSentence }
    }
  })
  return { quotes: out, pronounMentions: run.pronounMentions }
}
