import type { QuantityClaim } from '@parallax/schema'
import { quantityPhrase } from './describe.js'

/**
 * Words that name a reading on a scale rather than a count: 'a magnitude 6.4 earthquake', 'a
 * Category 4 storm', 'level 3 restrictions'. The number says where on the scale, not how many.
 */
const SCALE_WORDS = 'magnitude|category|level|grade|stage|phase|force|tier'

/**
 * A figure as its sentence reads it: a reading on a scale as the scale word and the number
 * ('magnitude 6.4', hedged 'about magnitude 6.4'), never a count of its unit ('6.4 earthquakes');
 * any other figure as `quantityPhrase` writes it. `sentence` is the text the claim comes from.
 */
export function figurePhrase(claim: QuantityClaim, sentence: string): string {
  const scale = scaleWord(claim, sentence)
  if (scale === null) return quantityPhrase(claim)
  const reading = `${scale} ${String(claim.value)}`
  return quantityPhrase({ value: 0, unit: null, hedge: claim.hedge }).replace(/\b0$/, reading)
}

/**
 * The scale word next to the claim's number in its sentence ('magnitude 6.4', '6.4-magnitude',
 * 'a magnitude of 6.4'), lower-cased unless the sentence capitalises it mid-sentence
 * ('Category 4'); `null` when the number is not read on a scale.
 */
export function scaleWord(claim: Pick<QuantityClaim, 'value'>, sentence: string): string | null {
  const number = String(claim.value).replace('.', '\\.')
  const before = new RegExp(`\\b(${SCALE_WORDS})(?:\\s+of)?\\s+${number}(?![\\d.,]*\\d)`, 'iu')
  const after = new RegExp(`(?<![\\d.,])${number}[-\\s](${SCALE_WORDS})\\b`, 'iu')
  const found = before.exec(sentence) ?? after.exec(sentence)
  if (!found?.[1]) return null
  const word = found[1]
  const opensSentence = found.index === 0
  return /^\p{Lu}/u.test(word) && !opensSentence ? word : word.toLowerCase()
}
