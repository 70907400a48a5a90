/**
 * A list repeated from the page chrome above the headline (a news ticker, a menu of headlines,
 * printed again in the sidebar or footer): its items after the headline are page chrome too.
 */
import { wordsOf } from '../shape.js'
import type { DraftBlock } from '../types.js'
import { fold, type Gone, take } from './page-facts.js'

/** Fewest words of a list item compared (shorter items, "Home", "World", repeat by nature). */
const MIN_ITEM_WORDS = 8
/** Fewest items repeated from above the headline that make a repeated list, not a chance match. */
const MIN_REPEATED_ITEMS = 3

/**
 * Removes the list items after the headline that repeat, word for word, list items removed as
 * page chrome above it, when at least three do (one repeated item may be the article's own
 * teaser quoted in a list it belongs to).
 */
export function repeatedChromeList(
  blocks: readonly DraftBlock[],
  gone: Gone,
  headline: number,
): void {
  if (headline < 0) return
  const above = new Set<string>()
  for (let i = 0; i < headline; i++) {
    const block = blocks[i]!
    if (block.kind === 'list-item' && gone.has(i) && wordsOf(block.text).length >= MIN_ITEM_WORDS)
      above.add(fold(block.text))
  }
  const repeated: number[] = []
  for (let i = headline + 1; i < blocks.length; i++)
    if (blocks[i]!.kind === 'list-item' && above.has(fold(blocks[i]!.text))) repeated.push(i)
  if (repeated.length < MIN_REPEATED_ITEMS) return
  for (const i of repeated)
    take(
      gone,
      i,
      'navigation',
      'navigation: a list repeated from the page chrome above the headline',
    )
}
