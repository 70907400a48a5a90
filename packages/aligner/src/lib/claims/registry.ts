import type { ClaimKind } from '@parallax/schema'
import { characterisationExtractor } from './kinds/characterisation.js'
import { eventExtractor } from './kinds/event.js'
import { positionExtractor } from './kinds/position.js'
import { quantityExtractor } from './kinds/quantity.js'
import { quoteExtractor } from './kinds/quote.js'
import type { ClaimExtractor } from './types.js'

/** The built-in claim rules, one per kind: a new kind is one file in `kinds/` and one entry. */
export const builtinClaimExtractors: Readonly<Record<ClaimKind, ClaimExtractor>> = {
  quote: quoteExtractor,
  quantity: quantityExtractor,
  event: eventExtractor,
  position: positionExtractor,
  characterisation: characterisationExtractor,
}
