import type { Span } from '@parallax/schema'

/** Most blocks a link wrapped around blocks (a teaser card) spans. */
const MAX_CARD_BLOCKS = 12
/** Most characters such a link spans. */
const MAX_CARD_CHARS = 3000
/** Block markup before a link's `[`: list bullets and numbers, heading hashes, quote marks. */
const MARKERS = /^[\s*+>#\d.-]*$/

/** A blank line, which may hold the indentation of the list item it stands in. */
const BLANK_LINE = /\n[ \t]*\n/

/** Where a link opens (`[`) and closes (`](`), for the links whose text crosses a block boundary. */
interface WrappingLink {
  open: number
  close: number
}

/**
 * Links whose text runs across a blank line (spaces on it allowed, as inside a list item): a `[` matched by a later `](`, scanning the whole
 * source with a stack of open brackets (escaped brackets skipped). Links inside one line are
 * left out: remark reads those itself.
 */
function wrappingLinks(source: string): WrappingLink[] {
  const out: WrappingLink[] = []
  const open: number[] = []
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i)
    if (c === 92 /* \ */) i++
    else if (c === 91 /* [ */) open.push(i)
    else if (c === 93 /* ] */) {
      const start = open.pop()
      if (start === undefined || source.charCodeAt(i + 1) !== 40 /* ( */) continue
      if (i - start <= MAX_CARD_CHARS && BLANK_LINE.test(source.slice(start, i)))
        out.push({ open: start, close: i })
    }
  }
  return out
}

/** The first index of `spans` whose start is at or after `at` (spans are in source order). */
function firstFrom(spans: readonly Span[], at: number): number {
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (spans[mid]!.start < at) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * Blocks inside a link that wraps whole blocks, as HTML-to-Markdown converters write a teaser
 * card (`<a><h3>Headline</h3><p>By …</p></a>`, or an image, a kicker and a title in one `<a>`):
 * CommonMark cannot read such a link, so its text comes out as plain paragraphs; these are the
 * indices of those blocks, which are link text all the same. A block counts when it starts inside
 * the link or opens it with its first character (`[Headline`), and the block that closes it
 * (`Title](/url)`) when nothing but the link target (or the next card's `[`) follows `]`. A link
 * spanning more than 12 blocks or 3,000 characters is left alone (an unmatched bracket, not a card).
 */
export function cardLinkBlocks(source: string, spans: readonly Span[]): Set<number> {
  const out = new Set<number>()
  for (const link of wrappingLinks(source)) {
    let first = firstFrom(spans, link.open)
    // A block that opens the link after its list or heading marker ("* [Headline") is inside it.
    const opener = first > 0 ? spans[first - 1]! : null
    if (opener && opener.end > link.open && MARKERS.test(source.slice(opener.start, link.open)))
      first--
    let last = firstFrom(spans, link.close + 1) - 1
    const closing = last >= 0 ? spans[last]! : null
    if (closing && closing.end > link.close) {
      // The closing block is the link's only when nothing but the target follows `]`.
      const rest = source.slice(link.close + 1, closing.end)
      if (!/^\([^()\s]*(?:\s+"[^"]*")?\)\s*\[?\s*$/.test(rest)) last--
    }
    if (last < first || last - first + 1 > MAX_CARD_BLOCKS) continue
    for (let k = first; k <= last; k++) out.add(k)
  }
  return out
}
