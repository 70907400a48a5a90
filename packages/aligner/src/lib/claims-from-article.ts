import type {
  Actor,
  Article,
  Claim,
  Provenance,
  QuantityClaim,
  QuoteClaim,
  Span,
} from '@parallax/schema'
import { claimId } from './claim-id.js'
import { sentenceIndex } from './sentence-index.js'

export interface ClaimsOptions {
  /**
   * Claim kinds to produce.
   * @default ['quote', 'quantity']
   */
  readonly kinds?: ReadonlyArray<'quote' | 'quantity'>
}

/**
 * The claims an annotated article makes, each with its provenance (article id, span, sentence):
 * every quotation becomes a quote claim with its speaker (or `null` when the parser could not
 * attribute it), every quantity a quantity claim whose subject is the sentence it appears in.
 * Pure and per article, so it can run wherever the parser ran.
 */
export function claimsFromArticle(
  article: Article,
  options?: Readonly<ClaimsOptions> | null,
): Claim[] {
  const kinds = new Set(options?.kinds ?? ['quote', 'quantity'])
  const { annotations } = article
  const sentenceOf = sentenceIndex(annotations.sentences)
  const entities = new Map(annotations.entities.map((e) => [e.id, e]))
  const dates = new Map(annotations.dates.map((d) => [d.id, d]))
  const claims: Claim[] = []

  if (kinds.has('quote')) {
    for (const q of annotations.quotations) {
      const sentence = sentenceOf(q.span)
      let speaker: Actor | null = null
      if (q.speaker.status === 'attributed') {
        const entity = entities.get(q.speaker.entity)
        speaker = { name: q.speaker.name, key: entity?.key ?? null }
        const role = entity?.roles[0]
        if (role) speaker.role = role
      }
      const claim: QuoteClaim = {
        id: claimId(article.id, 'quote', q.span),
        kind: 'quote',
        text: sentence?.text ?? q.text,
        provenance: sentenceProvenance(article.id, q.span, sentence?.id),
        speaker,
        quote: q.text.replace(/[\s,;:]+$/u, '') || q.text,
        partial: q.kind === 'partial',
      }
      if (q.cue) claim.cue = q.cue
      if (q.channel) claim.channel = q.channel
      const when = q.date ? dates.get(q.date)?.value : undefined
      if (when) claim.when = when
      claims.push(claim)
    }
  }

  if (kinds.has('quantity')) {
    for (const n of annotations.quantities) {
      const sentence = sentenceOf(n.span)
      const claim: QuantityClaim = {
        id: claimId(article.id, 'quantity', n.span),
        kind: 'quantity',
        text: sentence?.text ?? n.text,
        provenance: sentenceProvenance(article.id, n.span, sentence?.id),
        subject: sentence?.text ?? n.text,
        value: n.value,
        unit: n.unit,
        hedge: n.hedge,
      }
      claims.push(claim)
    }
  }

  return claims.sort(
    (a, b) => a.provenance.span.start - b.provenance.span.start || a.id.localeCompare(b.id),
  )
}

function sentenceProvenance(article: string, span: Span, sentence: string | undefined): Provenance {
  return sentence ? { article, span, sentence } : { article, span }
}
