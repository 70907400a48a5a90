import { readByline } from '../clean/byline.js'
import { isPureCredit } from '../clean/captions.js'
import { chromeLineOf, copyrightLine, pageSectionEnders } from '../clean/chrome-lines.js'
import { isNavigationChrome } from '../clean/navigation.js'
import { isPromotion } from '../clean/promotion.js'
import { describesTheSite } from '../markdown/about-the-site.js'
import { articleBlocks, contentRegion, visibleChars } from '../markdown/content-region.js'
import { pageDate } from '../page-date.js'
import { readDateLine } from '../publication-date.js'
import { endsSentence, wordsOf } from '../shape.js'
import { hostLabel, namesSite, splitTitle } from '../title-split.js'
import type { DraftBlock, FoundMetadata, ReadResult, RuleRemoval } from '../types.js'

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
const LINK_BLOCK = 0.7
/** A short line ("Read more: …", "Our Standards: …") half of which is link text is a link block too. */
const SHORT_LINK_BLOCK = 0.5
const SHORT_WORDS = 10
/** Most words of a short label ("Commentary", "Sponsor Message", "42"). */
const LABEL_WORDS = 3
/** Words a paragraph needs to count as article prose when judging whether a page has an article. */
const PROSE_WORDS = 12

const fold = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

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
  closingSections(blocks, facts, gone, headline, metadata)
  outsideRegion(blocks, facts, gone, headline)
  emptyHeadings(blocks, gone)

  const kept = blocks.filter((_, i) => !gone.has(i))
  const chrome = [...gone.values()].filter((g) => g.reason === 'navigation').length
  const diagnostics = [...read.diagnostics]
  if (chrome >= 3 && !kept.some(isProse)) {
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

type Gone = Map<number, Omit<RuleRemoval, 'index'>>

function take(gone: Gone, i: number, reason: RuleRemoval['reason'], detail: string): void {
  if (!gone.has(i)) gone.set(i, { reason, detail })
}

/**
 * The headline: the heading that repeats the title, or a shortened form of it; without a title,
 * the page's only top-level heading (which then gives the title). -1 when none.
 */
function findHeadline(blocks: readonly DraftBlock[], metadata: FoundMetadata): number {
  const title = metadata.title?.value ?? null
  if (title) {
    const t = fold(title)
    return blocks.findIndex((b) => {
      if (b.kind !== 'heading') return false
      const h = fold(b.text)
      return h === t || (wordsOf(h).length >= 3 && t.includes(h))
    })
  }
  const tops = blocks.filter((b) => b.kind === 'heading' && b.level === 1)
  if (tops.length !== 1) return -1
  metadata.title = { value: tops[0]!.text.trim(), origin: 'text' }
  return blocks.indexOf(tops[0]!)
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

/** Headings of closing sections that are lists of links to other pages, not prose about this one. */
const LIST_SECTION =
  /^(?:related|explore more|more (?:on|about|stories|from)|most (?:read|viewed|popular|shared)|read next|what to read|you (?:may|might)|recommended|we recommend|discover more|latest|trending|popular|top stories|around the web|from our partners)\b/i

/** Paragraphs of article prose before a paragraph describing the site can be its closing "About". */
const MIN_PROSE_BEFORE_ABOUT = 3

/**
 * Whether a heading opens a closing section: a known section ender, the site's "More …" teasers
 * ("More Harbour Times", "More from the Harbour Times"), or the author's bio box ("About Jane
 * Roe", "Über …", "À propos de …") named by the page's byline.
 */
function closingHeading(metadata: FoundMetadata): (heading: string) => boolean {
  const host = metadata.url ? hostLabel(metadata.url.value) : null
  const site = metadata.outlet?.value ?? null
  const byline = metadata.byline ? fold(metadata.byline.value) : ''
  return (heading) => {
    if (pageSectionEnders.test(heading)) return true
    const more = /^more (?:from |of )?(.{2,60})$/i.exec(heading)?.[1]
    if (more !== undefined && namesSite(more, host, site)) return true
    const about = fold(
      /^(?:about|über|à propos de|sobre|acerca de)\s+(.{3,60})$/i.exec(heading)?.[1] ?? '',
    )
    return about.length >= 3 && byline.length > 0 && ` ${byline} `.includes(` ${about} `)
  }
}

/**
 * Takes the closing section under heading `i` up to the next heading of its level or above (a
 * linked heading inside it is a teaser's title, not the next section); a list of links
 * ("Related articles") may stand inside the article, so it also ends at prose. Returns the
 * index after the section.
 */
function takeSection(
  blocks: readonly DraftBlock[],
  facts: readonly BlockFacts[],
  gone: Gone,
  i: number,
): number {
  const block = blocks[i]!
  take(gone, i, 'boilerplate', 'boilerplate: a closing section of the page')
  const list = LIST_SECTION.test(block.text.trim())
  let j = i + 1
  while (
    j < blocks.length &&
    !(endsSection(blocks[j]!, block) && facts[j]!.links < LINK_BLOCK) &&
    !(list && isProse(blocks[j]!) && facts[j]!.links < SHORT_LINK_BLOCK)
  ) {
    take(gone, j, 'boilerplate', `boilerplate: under "${block.text.trim()}"`)
    j++
  }
  return j
}

/**
 * Sections that close a page ("About the authors", "Most viewed"), the site describing itself
 * after the article's prose, and the footer from a copyright line on.
 */
function closingSections(
  blocks: readonly DraftBlock[],
  facts: readonly BlockFacts[],
  gone: Gone,
  headline: number,
  metadata: FoundMetadata,
): void {
  const host = metadata.url ? hostLabel(metadata.url.value) : null
  const site = metadata.outlet?.value ?? null
  const closing = closingHeading(metadata)
  let prose = 0
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!
    const text = block.text.trim()
    if (i > headline && !gone.has(i) && isProse(block)) prose++
    if (block.kind === 'heading' && closing(text)) {
      i = takeSection(blocks, facts, gone, i) - 1
    } else if (
      i > headline &&
      prose >= MIN_PROSE_BEFORE_ABOUT &&
      block.kind === 'paragraph' &&
      describesTheSite(text, host, site)
    ) {
      take(
        gone,
        i,
        'boilerplate',
        'boilerplate: the site describing itself (an "About us" paragraph)',
      )
    } else if (i > headline && copyrightLine.test(text)) {
      take(gone, i, 'boilerplate', 'boilerplate: copyright line')
      if (!blocks.slice(i + 1).some(isProse))
        for (let j = i + 1; j < blocks.length; j++)
          take(gone, j, 'boilerplate', 'boilerplate: page footer after the copyright line')
    }
  }
}

const endsSection = (block: DraftBlock, heading: DraftBlock) =>
  block.kind === 'heading' && (block.level ?? 2) <= (heading.level ?? 2)

/** Blocks outside the page's article: its main run of prose and what belongs with it (see `articleBlocks`). */
function outsideRegion(
  blocks: readonly DraftBlock[],
  facts: readonly BlockFacts[],
  gone: Gone,
  headline: number,
): void {
  const scored = blocks.map((b, i) => ({
    chars: visibleChars(b.text),
    links: facts[i]!.card ? 1 : facts[i]!.links,
    heading: b.kind === 'heading',
    gone: gone.has(i),
  }))
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

/** Letters of scripts written without spaces between words; about two make a word. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu
/** A sentence end in the full-width punctuation of those scripts. */
const FULL_WIDTH_END = /[。！？][」』）)"”]*\s*$/

/**
 * Article prose: a paragraph or list item of a dozen words or more that ends a sentence (in
 * Chinese, Japanese or Thai, two letters count as a word and `。` ends a sentence).
 */
function isProse(block: DraftBlock): boolean {
  if (block.kind === 'heading') return false
  const text = block.text.trim()
  const words = wordsOf(text).length + (text.match(UNSPACED)?.length ?? 0) / 2
  return words >= PROSE_WORDS && (endsSentence(text) || FULL_WIDTH_END.test(text))
}

/** Text a cleaning rule removes with its own, more specific reason (promotion, credit, chrome). */
function ruledOut(text: string): boolean {
  return (
    isPromotion(text) ||
    isNavigationChrome(text) ||
    isPureCredit(text) ||
    chromeLineOf(text) !== null
  )
}
