import type { ClaimKind, Span } from '@parallax/schema'

/**
 * A claim's stable id: article id, kind and the span it rests on. The same article parsed again
 * gives the same ids, so claims can be cached, compared across runs and archived.
 */
export function claimId(article: string, kind: ClaimKind, span: Span): string {
  return `${article}:${kind}:${span.start}-${span.end}`
}
