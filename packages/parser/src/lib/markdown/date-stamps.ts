/**
 * Date stamps around a crawled page's article: the lines that state when it was posted or
 * updated, often with the byline or the site ("Chris Davies - Nov 19, 2019, 10:31 pm CST",
 * "Updated on: November 19, 2019 / 10:07 AM / CBS News", "sexta-feira, 22 de outubro de 2010 às
 * 20:13", "Posted on Maret 30, 2015 by Admin"). HTML pages set them in a header or footer element
 * outside the article's body; a Markdown clip keeps them as lines. They are read by their shape,
 * not their words, so the rule holds in any language: a line of at most ten words that is not a
 * sentence (a time may end it: "6:18 p.m."), with a year or a clock time and at least one more
 * number (a day or a time). Inside the article's body such a line
 * can be a timeline entry ("12 March 2019 – talks begin"), so only the article's header (before
 * its first paragraph of prose) and its footer (after its last) are read.
 */
import type { DraftBlock } from '../types.js'
import { type BlockFacts, type Gone, isProse, take } from './page-facts.js'

/** Most tokens with letters in a date stamp (weekdays, months, zones, "Updated", a name, a site). */
const MAX_WORDS = 10
/** A year of the last or this century, standing alone or glued to a time ("20194:29"). */
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d(?!\d?[:.]\d\d))/
/** A clock time ("6:55", "18.54" is read as a number pair only with a year). */
const CLOCK = /(?<!\d)\d{1,2}:\d\d(?!\d)/
const NUMBER = /\d+/g
const WORD = /\p{L}[\p{L}\p{N}]*/gu
/** A time at the end of the line ("6:18 p.m."): its dots end no sentence. */
const TIME_END = /\d[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*$/i
/** A line that ends a sentence (in any script), a quotation, or leads into what follows (`:`). */
const SENTENCE_END = /[.!?…。！？:：]["'”’»)\]]*\s*$|["”’»]\s*$/

/** Whether `text` reads as a date stamp: short, not a sentence, a year or a time and another number. */
export function isDateStamp(text: string): boolean {
  const line = text.trim()
  if (SENTENCE_END.test(line) && !TIME_END.test(line)) return false
  const anchor = YEAR.exec(line) ?? CLOCK.exec(line)
  if (!anchor) return false
  if ((line.match(WORD)?.length ?? 0) > MAX_WORDS) return false
  // Another number besides the year or time: a day, a month's number or a time.
  const rest = line.slice(0, anchor.index) + line.slice(anchor.index + anchor[0].length)
  return (rest.match(NUMBER)?.length ?? 0) >= 1
}

/**
 * Removes date stamps among the kept paragraphs and list items (not table rows, which are data) before the
 * article's first prose and after its last.
 */
export function dateStamps(
  blocks: readonly DraftBlock[],
  facts: readonly BlockFacts[],
  gone: Gone,
  headline: number,
): void {
  let first = -1
  let last = -1
  for (let i = headline + 1; i < blocks.length; i++) {
    if (gone.has(i) || !isProse(blocks[i]!)) continue
    if (first < 0) first = i
    last = i
  }
  if (first < 0) return
  for (let i = headline + 1; i < blocks.length; i++) {
    if (i >= first && i <= last) continue
    const block = blocks[i]!
    if (gone.has(i) || block.kind === 'heading' || block.kind === 'quote') continue
    if (!facts[i]!.row && isDateStamp(block.text))
      take(gone, i, 'byline', 'byline: a date stamp in the article header or footer')
  }
}
