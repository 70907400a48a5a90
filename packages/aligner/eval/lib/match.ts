import type { Claim, Span } from '@parallax/schema'
import type { LocatedMember } from './types.js'

/**
 * Matches each labelled mention to a predicted claim: the same article and kind, and a
 * `provenance.span` that overlaps the anchor's span; of several, the smallest (then the earliest,
 * then the lowest id). `null` where no claim qualifies.
 */
export function matchMentions(
  mentions: Iterable<LocatedMember>,
  articleIds: ReadonlyMap<string, string>,
  claims: readonly Claim[],
): Map<string, Claim | null> {
  const byArticleKind = new Map<string, Claim[]>()
  for (const claim of claims) {
    const key = `${claim.provenance.article}\u0000${claim.kind}`
    const list = byArticleKind.get(key)
    if (list) list.push(claim)
    else byArticleKind.set(key, [claim])
  }
  const matched = new Map<string, Claim | null>()
  for (const mention of mentions) {
    if (matched.has(mention.key)) continue
    const article = articleIds.get(mention.file)
    const candidates = article ? (byArticleKind.get(`${article}\u0000${mention.kind}`) ?? []) : []
    let best: Claim | null = null
    for (const claim of candidates) {
      if (!overlaps(claim.provenance.span, mention.span)) continue
      if (best === null || better(claim, best)) best = claim
    }
    matched.set(mention.key, best)
  }
  return matched
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}

function better(a: Claim, b: Claim): boolean {
  const la = a.provenance.span.end - a.provenance.span.start
  const lb = b.provenance.span.end - b.provenance.span.start
  if (la !== lb) return la < lb
  if (a.provenance.span.start !== b.provenance.span.start)
    return a.provenance.span.start < b.provenance.span.start
  return a.id < b.id
}
