/**
 * Sections that close a crawled page, read from its Markdown blocks: sections under a closing
 * heading ("About the authors", "Most viewed", "More from <site>", the byline author's bio box),
 * a heading over a run of teaser cards in any language (see `teaserRunEnd`), the site describing
 * itself after the article, and the footer from a copyright line on.
 */
import { copyrightLine, pageSectionEnders } from '../clean/chrome-lines.js'
import { hostLabel, namesSite } from '../title-split.js'
import type { DraftBlock, FoundMetadata } from '../types.js'
import { describesTheSite } from './about-the-site.js'
import {
  type BlockFacts,
  endsSection,
  fold,
  type Gone,
  isProse,
  LINK_BLOCK,
  PROSE_WORDS,
  proseWords,
  SHORT_LINK_BLOCK,
  take,
} from './page-facts.js'
import { takeTeaserRun } from './teaser-run.js'

/** Headings of closing sections that are lists of links to other pages, not prose about this one. */
const LIST_SECTION =
  /^(?:related|explore more|more (?:on|about|stories|from)|most (?:read|viewed|popular|shared)|read next|what to read|you (?:may|might)|recommended|we recommend|discover more|latest|trending|popular|top stories|around the web|from our partners)\b/i

/**
 * Headings of a newsletter sign-up box ("Newsletter", "Sign Up for e-mail newsletters",
 * "Newsletter sign up", "Subscribe to our mailing list", "Breaking News Emails"): its pitch may read as prose, so the box ends where the article's prose
 * resumes or at the next heading.
 */
const SIGN_UP_BOX =
  /^(?:(?:sign up|subscribe|register) (?:for|to) (?:our |the )?.{0,40}|get (?:our|the) .{0,40})?\b(?:[\p{L}-]+ ){0,3}(?:e-?mail )?(?:newsletters?|mailing list|e-?mails|e-?mail alerts)(?: sign[- ]?up)?\s*[:!]?$/iu

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
    if (pageSectionEnders.test(heading) || SIGN_UP_BOX.test(heading)) return true
    const more = /^more (?:from |of )?(.{2,60})$/i.exec(heading)?.[1]
    if (more !== undefined && namesSite(more, host, site)) return true
    const about = fold(
      /^(?:about|über|à propos de|sobre|acerca de)\s+(.{3,60})$/i.exec(heading)?.[1] ?? '',
    )
    return about.length >= 3 && byline.length > 0 && ` ${byline} `.includes(` ${about} `)
  }
}

/** Paragraphs of prose in a row that show the article goes on after a box (not a footer's line). */
const RESUMING_PROSE = 2

/**
 * Blocks that are not prose (an embedded post, its removed label) the article may go on across
 * after a list of teasers set inside it.
 */
const RESUMING_GAP = 2

/**
 * Whether the article's prose goes on at block `j`: block `j` and the next blocks are paragraphs
 * of prose, with at most `gap` other blocks among them and no heading. After a sign-up box the
 * gap is 0: a pitch with a sign-up link under it is one paragraph, not the article going on.
 */
function resumes(blocks: readonly DraftBlock[], gone: Gone, j: number, gap = 0): boolean {
  let prose = 0
  let other = 0
  for (let k = j; k < blocks.length && prose < RESUMING_PROSE; k++) {
    const block = blocks[k]!
    if (!gone.has(k) && isProse(block)) prose++
    else if (k === j || block.kind === 'heading' || ++other > gap) return false
  }
  return prose >= RESUMING_PROSE
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
  inset: Set<number>,
): number {
  const block = blocks[i]!
  take(gone, i, 'boilerplate', 'boilerplate: a closing section of the page')
  const list = LIST_SECTION.test(block.text.trim())
  const box = SIGN_UP_BOX.test(block.text.trim())
  // In a list of teasers, a heading of the list's own level over a headline that is not prose
  // ("RANDY ANDY" over "Andrew parties in unearthed pics") is the next teaser's kicker.
  const teaserKicker = (j: number) =>
    list &&
    blocks[j]!.kind === 'heading' &&
    blocks[j]!.level === block.level &&
    blocks[j + 1] !== undefined &&
    blocks[j + 1]!.kind !== 'heading' &&
    !isProse(blocks[j + 1]!)
  let j = i + 1
  while (
    j < blocks.length &&
    !(endsSection(blocks[j]!, block) && facts[j]!.links < LINK_BLOCK && !teaserKicker(j)) &&
    !(list && isProse(blocks[j]!) && facts[j]!.links < SHORT_LINK_BLOCK) &&
    !(box && resumes(blocks, gone, j))
  ) {
    take(gone, j, 'boilerplate', `boilerplate: under "${block.text.trim()}"`)
    j++
  }
  // A list of teasers (or a sign-up box) that the article's prose goes on after is a box set
  // inside the article.
  if (
    (list || box) &&
    j < blocks.length &&
    !endsSection(blocks[j]!, block) &&
    resumes(blocks, gone, j, list ? RESUMING_GAP : 0)
  )
    for (let k = i; k < j; k++) inset.add(k)
  return j
}

/**
 * Sections that close a page ("About the authors", "Most viewed"), the site describing itself
 * after the article's prose, and the footer from a copyright line on. Returns the indices of
 * the lists of teasers that prose follows: boxes set inside the article, which the choice of
 * the article's run of prose reads as neither prose nor chrome.
 */
export function closingSections(
  blocks: readonly DraftBlock[],
  facts: readonly BlockFacts[],
  gone: Gone,
  headline: number,
  metadata: FoundMetadata,
): Set<number> {
  const inset = new Set<number>()
  const host = metadata.url ? hostLabel(metadata.url.value) : null
  const site = metadata.outlet?.value ?? null
  const closing = closingHeading(metadata)
  // Teaser runs are looked for under headings after the first paragraph of article text.
  const firstText = blocks.findIndex(
    (b, k) => k > headline && !gone.has(k) && proseWords(b.text) >= PROSE_WORDS,
  )
  /** The index after the closing section or teaser run under heading `i`, or -1. */
  const sectionEnd = (i: number) => {
    if (blocks[i]!.kind !== 'heading') return -1
    if (closing(blocks[i]!.text.trim())) return takeSection(blocks, facts, gone, i, inset)
    return firstText >= 0 && i > firstText ? takeTeaserRun(blocks, facts, gone, i) : -1
  }
  let prose = 0
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!
    const text = block.text.trim()
    if (i > headline && !gone.has(i) && isProse(block)) prose++
    const end = sectionEnd(i)
    if (end >= 0) {
      i = end - 1
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
  return inset
}
