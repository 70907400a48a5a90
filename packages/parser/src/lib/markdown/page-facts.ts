/**
 * What the page-level reading of a Markdown page (`readPage`) shares between its rules: the facts
 * kept per block, the link-share thresholds, the record of removed blocks, and what counts as
 * article prose.
 */
import { isPureCredit } from '../clean/captions.js'
import { chromeLineOf } from '../clean/chrome-lines.js'
import { isNavigationChrome } from '../clean/navigation.js'
import { isPromotion } from '../clean/promotion.js'
import { endsSentence, wordsOf } from '../shape.js'
import type { DraftBlock, RuleRemoval } from '../types.js'

/** What the Markdown reader knows of a block beyond its text. */
export interface BlockFacts {
  /** Share (0–1) of the block's text that is link text. */
  links: number
  /** The block is set apart in emphasis or strong as a whole. */
  setApart: boolean
  /** Link targets inside the block, in order. */
  hrefs: string[]
  /** The block is a table row (its cells are data, not labels). */
  row: boolean
  /** The block lies inside a link wrapped around whole blocks (a teaser card; see `cardLinkBlocks`). */
  card: boolean
}

/** Share of link text from which a block reads as a menu, share bar or related-links entry. */
export const LINK_BLOCK = 0.7
/** A short line ("Read more: …", "Our Standards: …") half of which is link text is a link block too. */
export const SHORT_LINK_BLOCK = 0.5
/** Words a paragraph needs to count as article prose when judging whether a page has an article. */
export const PROSE_WORDS = 12

export const fold = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/** Blocks removed by the page rules, by index, with their reason. */
export type Gone = Map<number, Omit<RuleRemoval, 'index'>>

export function take(gone: Gone, i: number, reason: RuleRemoval['reason'], detail: string): void {
  if (!gone.has(i)) gone.set(i, { reason, detail })
}

/** Whether `block` ends the section under `heading`: a heading of its level or above. */
export const endsSection = (block: DraftBlock, heading: DraftBlock) =>
  block.kind === 'heading' && (block.level ?? 2) <= (heading.level ?? 2)

/** Letters of scripts written without spaces between words; about two make a word. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu
/** A sentence end in the full-width punctuation of those scripts. */
const FULL_WIDTH_END = /[。！？][」』）)"”]*\s*$/

/** Words of `text`, two letters of a script written without spaces counting as one. */
export function proseWords(text: string): number {
  return wordsOf(text).length + (text.match(UNSPACED)?.length ?? 0) / 2
}

/**
 * Article prose: a paragraph or list item of a dozen words or more that ends a sentence (in
 * Chinese, Japanese or Thai, two letters count as a word and `。` ends a sentence).
 */
export function isProse(block: DraftBlock): boolean {
  if (block.kind === 'heading') return false
  const text = block.text.trim()
  return proseWords(text) >= PROSE_WORDS && (endsSentence(text) || FULL_WIDTH_END.test(text))
}

/** Text a cleaning rule removes with its own, more specific reason (promotion, credit, chrome). */
export function ruledOut(text: string): boolean {
  return (
    isPromotion(text) ||
    isNavigationChrome(text) ||
    isPureCredit(text) ||
    chromeLineOf(text) !== null
  )
}
