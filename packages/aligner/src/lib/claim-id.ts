import type { ClaimKind, Span } from '@parallax/schema'

/**
 * A claim's stable id: `<article id>:<kind>:<span start>`, and `:<n>` (n = 2, 3…) for the n-th
 * claim of one kind that starts at the same offset. The same article parsed again gives the same
 * ids, so claims can be cached, compared across runs and archived.
 */
export function claimId(article: string, kind: ClaimKind | string, span: Span, n = 1): string {
  return n > 1 ? `${article}:${kind}:${span.start}:${n}` : `${article}:${kind}:${span.start}`
}
