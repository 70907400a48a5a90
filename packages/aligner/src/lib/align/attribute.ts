import type { QuantityClaim } from '@parallax/schema'
import { numbersIn } from '../lexical/numbers.js'

/** A number joined by a hyphen to a word, then the noun it describes: '48-hour strike'. */
const COMPOUND = /(?:^|[\s(“"'‘])([\p{L}\d][\p{L}\d.,]*)-(\p{L}+)\s+\p{L}/gu

/**
 * True when the figure is written as a compound modifier of the thing it measures ('a 48-hour
 * strike', 'the two-day walkout', 'a 6.1-magnitude quake'): a property fixed when the thing is
 * named, not a count that grows as the days pass, so another day's different figure for it is
 * a different account of one fact, not an update.
 */
export function isAttribute(claim: QuantityClaim): boolean {
  if (!claim.unit) return false
  const unit = claim.unit.toLowerCase()
  for (const m of claim.text.matchAll(COMPOUND)) {
    const word = m[2]!.toLowerCase()
    if (word !== unit && word !== `${unit}s`) continue
    if (numbersIn([m[1]!.toLowerCase()]).includes(claim.value)) return true
  }
  return false
}
