/**
 * A heading over a run of teaser cards, judged by the cards' shape, not by the heading's words
 * (which may be in any language: "You may like", "Você pode gostar…", "Ti potrebbe interessare").
 */
import type { DraftBlock } from '../types.js'
import {
  type BlockFacts,
  endsSection,
  fold,
  type Gone,
  LINK_BLOCK,
  PROSE_WORDS,
  proseWords,
  take,
} from './page-facts.js'

/** Fewest cards in a row under a heading that make its section a list of teasers. */
export const MIN_TEASER_CARDS = 3

/**
 * Whether the section under heading `i` is a run of teaser cards: every paragraph of a dozen words
 * or more in it (an excerpt, often cut off with "…")
 * is led by link blocks (a share bar, a "Read more" line, a kicker link) whose text is the same
 * for every card — one template repeated at least three times, each time over one excerpt — and
 * nothing else but more such link blocks stands in it. An article's own paragraphs are not each
 * led by the same line of links. Returns the index after the section, or -1.
 */
export function teaserRunEnd(
  blocks: readonly DraftBlock[],
  facts: readonly BlockFacts[],
  gone: Gone,
  i: number,
): number {
  const heading = blocks[i]!
  let lead: string | null = null
  let pending: string[] = []
  let cards = 0
  let j = i + 1
  for (; j < blocks.length && !endsSection(blocks[j]!, heading); j++) {
    const block = blocks[j]!
    const linky = facts[j]!.links >= LINK_BLOCK || facts[j]!.card
    const excerpt = !linky && block.kind !== 'heading' && proseWords(block.text) >= PROSE_WORDS
    if (linky && block.kind !== 'heading') {
      pending.push(fold(block.text))
    } else if (excerpt) {
      const key = pending.join(' ')
      if (key === '' || (lead !== null && key !== lead)) return -1
      lead = key
      pending = []
      cards++
    } else if (!gone.has(j) || block.kind === 'heading') return -1
  }
  return cards >= MIN_TEASER_CARDS ? j : -1
}

/**
 * Removes the section under heading `i` when it is a run of teaser cards (see `teaserRunEnd`).
 * Returns the index after the section, or -1 when it is not one.
 */
export function takeTeaserRun(
  blocks: readonly DraftBlock[],
  facts: readonly BlockFacts[],
  gone: Gone,
  i: number,
): number {
  const end = teaserRunEnd(blocks, facts, gone, i)
  if (end < 0) return -1
  const heading = blocks[i]!.text.trim()
  take(gone, i, 'boilerplate', 'boilerplate: heading of a run of teaser cards')
  for (let j = i + 1; j < end; j++)
    take(gone, j, 'boilerplate', `boilerplate: a teaser card under "${heading}"`)
  return end
}
