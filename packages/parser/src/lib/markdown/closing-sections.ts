/**
 * Sections that close a crawled page, read from its Markdown blocks: sections under a closing
 * heading ("About the authors", "Most viewed", "More from <site>", the byline author's bio box),
 * the site describing itself after the article, and the footer from a copyright line on.
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
  SHORT_LINK_BLOCK,
  take,
} from './page-facts.js'

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
export function closingSections(
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
