import type { Article, Claim, ClaimKind, Provenance } from '@parallax/schema'
import { claimId } from './claim-id.js'
import { claimContext } from './claims/context.js'
import { builtinClaimExtractors } from './claims/registry.js'
import { topicOf } from './claims/topic.js'
import type { ClaimDraft, ClaimExtractor } from './claims/types.js'

export interface ClaimsOptions {
  /**
   * Names of the extractors to run (the claim kinds, for the built-in ones).
   * @default every key of `extractors`
   */
  readonly kinds?: readonly string[]
  /**
   * The claim rules by name. Pass `{ ...builtinClaimExtractors, mine: myExtractor }` to add one,
   * or leave a built-in out to replace it.
   * @default builtinClaimExtractors
   */
  readonly extractors?: Readonly<Record<string, ClaimExtractor>>
}

/**
 * The claims an annotated article makes, all five kinds by default (quote, quantity, event,
 * position, characterisation), each with its provenance (article id, the source span of its key
 * annotation or phrase, the sentence that contains it), its sentence as `text`, and a `topic` key
 * when one fits. Rules that read words run only when `article.language` is English or unknown.
 * Pure and deterministic: claims come sorted by span start, then kind, then id.
 */
export function claimsFromArticle(
  article: Article,
  options?: Readonly<ClaimsOptions> | null,
): Claim[] {
  const extractors: Readonly<Record<string, ClaimExtractor>> =
    options?.extractors ?? builtinClaimExtractors
  const names = options?.kinds ?? Object.keys(extractors)
  const context = claimContext(article)
  const drafts: ClaimDraft[] = []
  for (const name of names) {
    const extractor = extractors[name]
    if (!extractor)
      throw new Error(
        `claimsFromArticle: no claim extractor named '${name}' (known: ${Object.keys(extractors).join(', ')})`,
      )
    if (extractor.linguistic && !context.linguistic) continue
    for (const draft of extractor.extract(context)) drafts.push(draft)
  }
  drafts.sort(
    (a, b) =>
      a.span.start - b.span.start ||
      a.claim.kind.localeCompare(b.claim.kind) ||
      a.span.end - b.span.end ||
      JSON.stringify(a.claim).localeCompare(JSON.stringify(b.claim)),
  )
  const seen = new Map<string, number>()
  const claims: Claim[] = []
  for (const draft of drafts) {
    const base = claimId(article.id, draft.claim.kind as ClaimKind, draft.span)
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    const provenance: Provenance = { article: article.id, span: draft.span }
    if (draft.sentence) provenance.sentence = draft.sentence.sentence.id
    const topic =
      draft.topic ??
      (context.linguistic
        ? topicOf(context.language, draft.sentence?.tokens ?? [], draft.focus)
        : undefined)
    const claim = {
      id: claimId(article.id, draft.claim.kind as ClaimKind, draft.span, n),
      ...draft.claim,
      text: draft.text,
      provenance,
      ...(topic ? { topic } : {}),
    } as Claim
    claims.push(claim)
  }
  return claims
}
