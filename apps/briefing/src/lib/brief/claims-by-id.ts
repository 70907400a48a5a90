import type { Claim } from '@parallax/schema'
import type { CollectedArticle } from './collect.js'

/** Each article's claims, extracted in the parse workers, by article id. */
export function claimsById(articles: readonly CollectedArticle[]): Map<string, readonly Claim[]> {
  const out = new Map<string, readonly Claim[]>()
  for (const a of articles) if (a.claims) out.set(a.article.id, a.claims)
  return out
}
