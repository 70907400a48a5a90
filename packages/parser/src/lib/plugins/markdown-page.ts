import { readByline } from '../clean/byline.js'
import { copyrightLine, pageSectionEnders } from '../clean/chrome-lines.js'
import { closingSections } from '../markdown/closing-sections.js'
import {
  articleBlocks,
  contentRegion,
  isLinkDenseBlock,
  visibleChars,
} from '../markdown/content-region.js'
import { dateStamps } from '../markdown/date-stamps.js'
import { figureCaptions } from '../markdown/figure-captions.js'
import {
  type BlockFacts,
  endsSection,
  fold,
  type Gone,
  isProse,
  LINK_BLOCK,
  PROSE_WORDS,
  proseWords,
  ruledOut,
  SHORT_LINK_BLOCK,
  take,
} from '../markdown/page-facts.js'
import { pageFooter } from '../markdown/page-footer.js'
import { repeatedChromeList } from '../markdown/repeated-list.js'
import { pageDate } from '../page-date.js'
import { readDateLine } from '../publication-date.js'
import { endsSentence, wordsOf } from '../shape.js'
import { hostLabel, splitTitle } from '../title-split.js'
import type { DraftBlock, FoundMetadata, ReadResult } from '../types.js'

export type { BlockFacts } from '../markdown/page-facts.js'

/**
 * Fewest words of a heading right under the headline that is the standfirst: a sentence, with its
 * full stop, that sums up the story ("Officials say the risk is low, but many are worried."), not
 * the heading of the first section nor a subtitle without one ("Three reasons the governor
 * changed her mind, and one reason to doubt it"), which is kept.
 */
const STANDFIRST_WORDS = 12
/** Most words of a short line that half link text makes a link block. */
const SHORT_WORDS = 10
/** Most words of a short label ("Commentary", "Sponsor Message", "42"). */
const LABEL_WORDS = 3
/** A link to an author page ("/authors/jane-roe", "/profile/…", "/people/…", "@handle"). */
const AUTHOR_HREF =
  /\/(?:authors?|profiles?|people|staff|by|writers?|journalists?|contributors?)\/|\/@[\w.-]+\/?$/i

/**
 * Page-level reading of a whole crawled page, after the blocks are made: genre rules with
 * reasons, no outlet names.
 * - the headline: the heading that repeats the front matter's title (or a shortened form of it)
 *   is the title; everything above it is masthead, menus and banners (`navigation`);
 * - blocks that are nearly all link text are menus, share bars or related links (`navigation`),
 *   except a link to an author page, which is the byline (`byline`);
 * - short labels without a sentence ("Commentary", "Subscribe", "42") (`navigation`);
 * - lines that only state the publication date (`byline`, and the date is kept as a fallback);
 * - sections that close an article page ("About the authors", "Endnotes", "Most viewed") and the
 *   footer from a copyright line on (`boilerplate`); a heading left with nothing under it;
 * - list items repeating a list removed above the headline (a ticker printed twice) (`navigation`);
 * - a page whose text is links and labels with no article prose gives an error (no article).
 * The title's site suffix and the outlet come from comparing the title with the headline and the
 * URL's host; the date falls back to the URL, date lines and the dateline (see `pageDate`).
 */
export function readPage(
  read: ReadResult,
  facts: readonly BlockFacts[],
  file: string | null,
): ReadResult {
  const { blocks, metadata } = read
  const gone: Gone = new Map()
  const headline = findHeadline(blocks, metadata)
  if (headline >= 0) {
    for (let i = 0; i < headline; i++)
      if (!ruledOut(blocks[i]!.text))
        take(gone, i, 'navigation', 'navigation: page chrome above the headline')
    take(gone, headline, 'title', 'title: heading repeating the title')
    const next = blocks[headline + 1]
    if (
      next?.kind === 'heading' &&
      proseWords(next.text) >= STANDFIRST_WORDS &&
      endsSentence(next.text.trim())
    )
      take(
        gone,
        headline + 1,
        'title',
        'title: the standfirst, set as a heading under the headline',
      )
  }
  if (metadata.title) {
    const split = splitTitle(metadata.title.value, {
      headline: headline >= 0 ? blocks[headline]!.text.trim() : null,
      host: metadata.url ? hostLabel(metadata.url.value) : null,
      site: metadata.outlet?.value ?? null,
    })
    metadata.title = { value: split.title, origin: metadata.title.origin }
    if (split.outlet && !metadata.outlet)
      metadata.outlet = { value: split.outlet, origin: 'title-suffix' }
  }
  const dateLines: string[] = []
  blocks.forEach((block, i) => {
    if (!gone.has(i)) markBlock(block, facts[i]!, i, gone, metadata, dateLines)
  })
  figureCaptions(
    blocks,
    gone,
    read.removed.filter((r) => r.detail === 'markup: Markdown image').map((r) => r.span),
  )
  const inset = closingSections(blocks, facts, gone, headline, metadata)
  repeatedChromeList(blocks, gone, headline)
  outsideRegion(blocks, facts, gone, headline, inset)
  dateStamps(blocks, facts, gone, headline)
  pageFooter(blocks, gone, headline, metadata)
  emptyHeadings(blocks, gone)

  const kept = blocks.filter((_, i) => !gone.has(i))
  const chrome = [...gone.values()].filter((g) => g.reason === 'navigation').length
  const diagnostics = [...read.diagnostics]
  if (chrome >= 3 && !kept.some(isArticleText)) {
    diagnostics.push({
      file,
      line: null,
      column: null,
      offset: null,
      severity: 'error',
      code: 'parse/no-article',
      message: `a page of links and labels (${chrome} blocks of page chrome) with no article prose: an index, topic or live-blog front page`,
      expected: `at least one paragraph of ${PROSE_WORDS} or more words ending a sentence`,
    })
  }
  const body = blocks.filter((b, i) => i > headline && !gone.has(i) && !ruledOut(b.text))
  const date = pageDate(metadata, body, dateLines, file)
  for (const d of date.diagnostics) diagnostics.push(d)
  if (date.published) metadata.published = date.published

  const removed = [...read.removed]
  for (const [i, g] of [...gone.entries()].sort((x, y) => x[0] - y[0]))
    removed.push({ span: blocks[i]!.span, reason: g.reason, detail: g.detail })
  return { blocks: kept, removed, metadata, diagnostics }
}

/**
 * Fewest words of a paragraph that is article text though it ends without a sentence's full stop
 * (a text whose last line is a title-like closing phrase: "… Um Amor de Verdade").
 */
const LONG_PARAGRAPH_WORDS = 3 * PROSE_WORDS

/** Article text that shows a page has an article: prose, or a long paragraph without a full stop. */
const isArticleText = (block: DraftBlock) =>
  isProse(block) || (block.kind === 'paragraph' && proseWords(block.text) >= LONG_PARAGRAPH_WORDS)

/**
 * The headline: the heading that repeats the title, or a shortened form of it; without a title,
 * the page's only top-level heading (which then gives the title). -1 when none.
 */
function findHeadline(blocks: readonly DraftBlock[], metadata: FoundMetadata): number {
  const title = metadata.title?.value ?? null
  if (title) {
    const t = fold(title)
    const found = blocks.findIndex((b) => {
      if (b.kind !== 'heading') return false
      const h = fold(b.text)
      return h === t || (wordsOf(h).length >= 3 && t.includes(h))
    })
    return found > 0 && fold(blocks[found]!.text) !== t
      ? (retoldHeadline(blocks, found, t) ?? found)
      : found
  }
  const tops = blocks.filter((b) => b.kind === 'heading' && b.level === 1)
  if (tops.length !== 1) return -1
  metadata.title = { value: tops[0]!.text.trim(), origin: 'text' }
  return blocks.indexOf(tops[0]!)
}

/** Share of the shorter side's words a retold headline shares with the title. */
const RETOLD_SHARE = 0.5

/**
 * A page's one top-level heading above a lower heading that only repeats part of the title
 * (a recipe card's "Spiced Honey Pear Jam", a teaser) is the headline when it retells the title
 * in other words ("Homemade Spiced Honey Pear Jam for the Holidays" for "Spiced Honey Pear Jam
 * Recipe"): the part repeated lower down is a box inside or after the article.
 */
function retoldHeadline(
  blocks: readonly DraftBlock[],
  found: number,
  title: string,
): number | null {
  if ((blocks[found]!.level ?? 1) <= 1) return null
  const tops = blocks.flatMap((b, i) => (b.kind === 'heading' && b.level === 1 ? [i] : []))
  if (tops.length !== 1 || tops[0]! > found) return null
  const words = new Set(title.split(' '))
  const h = fold(blocks[tops[0]!]!.text).split(' ')
  const shared = h.filter((w) => words.has(w)).length
  return shared / Math.min(h.length, words.size) >= RETOLD_SHARE ? tops[0]! : null
}

/** Normalise a date line as pages print it ("Tue 7 Oct 2025", "January 27, 20255:02 AM ET"). */
const dateLineText = (text: string) =>
  text
    .replace(/^(?:\p{L}{3}) (?=\d)/u, '')
    .replace(/\b((?:19|20)\d\d)(\d{1,2}:\d{2})/, '$1 $2')
    .replace(/\s+(?:updated|modified)\s+\d+\s+(?:minutes?|hours?|days?)\s+ago$/i, '')

/** Link blocks (or the byline's author link), section labels, date lines and short labels. */
function markBlock(
  block: DraftBlock,
  fact: BlockFacts,
  i: number,
  gone: Gone,
  metadata: FoundMetadata,
  dateLines: string[],
): void {
  const text = block.text.trim()
  const words = wordsOf(text).length
  if (fact.links >= LINK_BLOCK || (fact.links >= SHORT_LINK_BLOCK && words <= SHORT_WORDS)) {
    if (/^by\b/i.test(text)) return
    if (fact.hrefs.length > 0 && fact.hrefs.every((h) => AUTHOR_HREF.test(h))) {
      take(gone, i, 'byline', 'byline: link to an author page')
      if (!metadata.byline && words <= 8) metadata.byline = { value: text, origin: 'text' }
    } else if (/^https?:\/\/\S+$/.test(text))
      take(gone, i, 'boilerplate', 'boilerplate: a bare URL (endnote or source list)')
    else
      take(
        gone,
        i,
        'navigation',
        'navigation: a block of link text (menu, share bar, related links)',
      )
    return
  }
  if (block.kind === 'heading') return
  if (words <= 8 && pageSectionEnders.test(text)) {
    take(gone, i, 'navigation', 'navigation: the label of a section of page chrome')
    return
  }
  const date = readDateLine(dateLineText(text))
  if (date) {
    take(gone, i, 'byline', 'byline: a line that only states the date')
    dateLines.push(date.date)
    return
  }
  const label =
    words <= LABEL_WORDS &&
    !fact.setApart &&
    !fact.row &&
    !endsSentence(text) &&
    !/["”’]$/.test(text)
  if (label && !/^by\s/i.test(text) && !copyrightLine.test(text) && !ruledOut(text))
    take(gone, i, 'navigation', 'navigation: a short label, not a sentence')
}

/** Visible characters outside its links that make a link-heavy paragraph prose (html-extract's paragraph minimum). */
const INLINED_PROSE_MIN = 40

/** Blocks outside the page's article: its main run of prose and what belongs with it (see `articleBlocks`). */
function outsideRegion(
  blocks: readonly DraftBlock[],
  facts: readonly BlockFacts[],
  gone: Gone,
  headline: number,
  inset: ReadonlySet<number>,
): void {
  const scored = blocks.map((b, i) => {
    if (inset.has(i)) return { chars: 0, links: 0, heading: false, gone: false, inset: true }
    const chars = visibleChars(b.text)
    const links = facts[i]!.card ? 1 : facts[i]!.links
    // A paragraph that ends a sentence with a sentence's worth of text outside its links is
    // prose a widget was inlined into (a hover card, a list of related headlines): the article
    // goes on across it, so it counts for neither side.
    const inlined =
      (gone.get(i)?.reason === 'navigation' || isLinkDenseBlock(chars, links)) &&
      b.kind === 'paragraph' &&
      !facts[i]!.card &&
      endsSentence(b.text.trim()) &&
      chars * (1 - links) >= INLINED_PROSE_MIN
    return inlined
      ? { chars: 0, links: 0, heading: false, gone: false }
      : {
          chars,
          links,
          heading: b.kind === 'heading',
          gone: gone.has(i),
          row: facts[i]!.row,
          item: b.kind === 'list-item',
        }
  })
  const region = contentRegion(scored)
  if (region === null) return
  const article = articleBlocks(scored, region, headline)
  for (let i = 0; i < blocks.length; i++)
    // A byline line is left to the byline rule, which records its names.
    if (!article.has(i) && !ruledOut(blocks[i]!.text) && readByline(blocks[i]!.text) === null)
      take(gone, i, 'boilerplate', 'boilerplate: outside the main run of article prose')
}

/** A heading whose section holds only removed blocks goes with them. */
function emptyHeadings(blocks: readonly DraftBlock[], gone: Gone): void {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i]!
    if (block.kind !== 'heading' || gone.has(i)) continue
    let j = i + 1
    while (j < blocks.length && gone.has(j)) j++
    const next = blocks[j]
    if (j > i + 1 && (!next || endsSection(next, block)))
      take(gone, i, 'navigation', 'navigation: heading of a section that holds only page chrome')
  }
}
