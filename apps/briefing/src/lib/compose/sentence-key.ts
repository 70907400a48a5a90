import type { Claim } from '@parallax/schema'
import type { ComposeContext } from './types.js'

/**
 * Where a claim rests, as its article and the readable text of its sentence: claims of one
 * sentence, and of the same words repeated in one article, share the key.
 */
export const sentenceKey = (context: ComposeContext, claim: Claim): string =>
  `${claim.provenance.article}\u0000${context.sentenceText(claim)}`
