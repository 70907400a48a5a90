import type { Actor, QuoteClaim } from '@parallax/schema'
import type { ClaimDraft, ClaimExtractor } from '../types.js'

/**
 * Every quotation annotation is a quote claim: the speaker as an `Actor` (name as written, the
 * entity's key and first role) or `null` when the parser could not attribute it; the span is
 * the quoted words. A quote over several sentences keeps their joined text and no sentence id.
 */
export const quoteExtractor: ClaimExtractor = {
  linguistic: false,
  extract(context) {
    const drafts: ClaimDraft[] = []
    const sentences = context.article.annotations.sentences
    for (const q of context.article.annotations.quotations) {
      let speaker: Actor | null = null
      if (q.speaker.status === 'attributed') {
        const entity = context.entity(q.speaker.entity)
        speaker = entity
          ? context.actor(entity, q.speaker.name)
          : { name: q.speaker.name, key: null }
      }
      const claim: Omit<QuoteClaim, 'id' | 'text' | 'provenance' | 'topic'> = {
        kind: 'quote',
        speaker,
        quote: q.text.replace(/[\s,;:]+$/u, '') || q.text,
        partial: q.kind === 'partial',
      }
      if (q.cue) claim.cue = q.cue
      if (q.channel) claim.channel = q.channel
      const when = q.date ? context.date(q.date)?.value : undefined
      if (when) claim.when = when
      const sentence = context.sentenceAt(q.span)
      const text = sentence
        ? sentence.text
        : sentences
            .filter((s) => s.span.end > q.span.start && s.span.start < q.span.end)
            .map((s) => s.text)
            .join(' ') || q.text
      drafts.push({ claim, span: q.span, text, focus: q.text, ...(sentence ? { sentence } : {}) })
    }
    return drafts
  },
}
