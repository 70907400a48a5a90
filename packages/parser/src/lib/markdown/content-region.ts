/**
 * The main content region of a whole crawled page read as Markdown: the contiguous run of blocks
 * with the most paragraph text net of link text, as html-extract picks the densest container of
 * the DOM (`select-container.ts` there). A Markdown page has no containers, but its blocks keep
 * the same signals in source order: paragraph-like blocks (long enough, few links) count for the
 * region, link-dense blocks (menus, share bars, related lists) against it, so the run that wins
 * is the article and the menus, teasers and footers around it fall outside.
 */

/** What the region selection reads of one block. */
export interface RegionBlock {
  /** Visible characters (whitespace excluded). */
  chars: number
  /** Share (0–1) of those that are link text. */
  links: number
  /** A heading (never paragraph text). */
  heading: boolean
  /** Already removed as chrome by an earlier rule: counted as page chrome. */
  gone: boolean
  /**
   * A table row: data where it stands (a results table between paragraphs), so a run of rows
   * does not end a run of prose the way a wall of labels does. Default: `false`.
   */
  row?: boolean
  /**
   * Part of a box set inside the article (a list of teasers with prose after it): it neither
   * adds nor ends a run, however many blocks it has. Default: `false`.
   */
  inset?: boolean
  /**
   * An item of a Markdown list: a short item that is not links (a step, a point of a checklist)
   * is the article's own list, so a run of them does not end a run of prose. Default: `false`.
   */
  item?: boolean
}

/** Options of {@link contentRegion}. */
export interface ContentRegionOptions {
  /** Fewest visible characters for a block to count as a paragraph. Default: `40` (html-extract's). */
  paragraphMin?: number
  /** Weight of link-dense and removed text against paragraph text. Default: `1`. */
  badWeight?: number
  /** Weight of the characters of a short line that is not a heading (a label, a button). Default: `0`. */
  shortWeight?: number
  /**
   * Consecutive blocks adding nothing (labels, links, removed chrome) that end a run: a comment
   * widget, a footer or a sidebar between the article and more prose is a wall of such blocks,
   * while an article's own figures, ads and share bars come a few at a time. Default: `10`
   * (8–12 score alike on the tuning half).
   */
  gapBlocks?: number
}

/** Link share above which a block reads as links, not prose (html-extract's thresholds). */
const LINK_DENSITY_MAX = 0.5
const LONG_RUN = 150
const LONG_RUN_LINK_DENSITY_MAX = 0.8

/** Whether a block of `chars` visible characters with link share `links` is links (html-extract's rule). */
export function isLinkDenseBlock(chars: number, links: number): boolean {
  return links > (chars >= LONG_RUN ? LONG_RUN_LINK_DENSITY_MAX : LINK_DENSITY_MAX)
}

/** Counts characters that are not whitespace. */
export function visibleChars(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code > 32 && code !== 160 && code !== 0x200b) count++
  }
  return count
}

/** The score one block adds to a region it lies in. */
export function blockScore(block: RegionBlock, options: ContentRegionOptions = {}): number {
  const paragraphMin = options.paragraphMin ?? 40
  const badWeight = options.badWeight ?? 1
  if (block.gone || isLinkDenseBlock(block.chars, block.links)) return -badWeight * block.chars
  if (!block.heading && block.chars >= paragraphMin) return block.chars * (1 - block.links)
  const shortWeight = options.shortWeight ?? 0
  return block.heading || shortWeight === 0 ? 0 : -shortWeight * block.chars
}

/** Whether a block that adds nothing leaves a run's count of idle blocks as it is. */
const pauses = (block: RegionBlock) =>
  block.row === true ||
  block.inset === true ||
  (block.item === true && !block.gone && !isLinkDenseBlock(block.chars, block.links))

/**
 * The first and last index (inclusive) of the run of blocks whose summed {@link blockScore} is
 * highest (the earliest such run on a tie), or `null` when no block scores above zero. A run
 * ends where its sum falls to zero or after `gapBlocks` blocks in a row that add nothing.
 */
export function contentRegion(
  blocks: readonly RegionBlock[],
  options: ContentRegionOptions = {},
): { first: number; last: number } | null {
  let best: { first: number; last: number } | null = null
  let bestScore = 0
  let runStart = 0
  let run = 0
  let idle = 0
  const gap = options.gapBlocks ?? 10
  for (let i = 0; i < blocks.length; i++) {
    if (run <= 0 || idle >= gap) {
      run = 0
      runStart = i
    }
    const score = blockScore(blocks[i]!, options)
    idle = score > 0 ? 0 : pauses(blocks[i]!) ? idle : idle + 1
    run += score
    if (run > bestScore) {
      bestScore = run
      best = { first: runStart, last: i }
    }
  }
  if (best === null) return null
  // Trim blocks at the edges that add nothing (labels, removed chrome).
  while (best.first < best.last && blockScore(blocks[best.first]!, options) <= 0) best.first++
  return best
}

/** Whether a block counts for neither side: not removed, not links (headings, short lines, prose). */
const plain = (block: RegionBlock) => !block.gone && !isLinkDenseBlock(block.chars, block.links)

/**
 * Indices of the blocks that belong to the article given its main run `region` and the index of
 * its headline (-1 when none): the run itself; the article's header between the headline and
 * the run (standfirst, subtitle) less its links and removed chrome;  the plain blocks right
 * before the run (a heading over the first paragraph) up to the first removed or link-dense
 * block; and one plain block right after it (a short closing line).
 */
export function articleBlocks(
  blocks: readonly RegionBlock[],
  region: { first: number; last: number },
  headline: number,
): Set<number> {
  const out = new Set<number>()
  for (let i = region.first; i <= region.last; i++) out.add(i)
  let i = region.first - 1
  while (i >= 0 && plain(blocks[i]!)) out.add(i--)
  if (headline >= 0 && headline < region.first)
    for (let j = headline + 1; j < region.first; j++) if (plain(blocks[j]!)) out.add(j)
  i = region.last + 1
  if (i < blocks.length && plain(blocks[i]!)) out.add(i)
  return out
}
