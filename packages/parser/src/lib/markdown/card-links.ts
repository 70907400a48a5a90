import type { Span } from '@parallax/schema'

/** Most blocks a link wrapped around blocks (a teaser card) spans. */
const MAX_CARD_BLOCKS = 12

/** Whether `raw` opens a link it does not close: more `[` than `]` outside escapes. */
function opensLink(raw: string): boolean {
  if (!raw.startsWith('[')) return false
  let depth = 0
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]
    if (c === '\\') i++
    else if (c === '[') depth++
    else if (c === ']') depth--
  }
  return depth > 0
}

/**
 * Blocks inside a link that wraps whole blocks, as HTML-to-Markdown converters write a teaser
 * card (`<a><h3>Headline</h3><p>By …</p></a>`): a block that opens `[Headline` and never closes
 * it, the blocks after it, and the block that closes it with `](/url)` when nothing follows. CommonMark cannot read
 * such a link, so its text comes out as plain paragraphs; these are the indices of those blocks,
 * which are link text all the same.
 */
export function cardLinkBlocks(source: string, spans: readonly Span[]): Set<number> {
  const out = new Set<number>()
  for (let i = 0; i < spans.length; i++) {
    if (!opensLink(source.slice(spans[i]!.start, spans[i]!.end))) continue
    const last = Math.min(spans.length - 1, i + MAX_CARD_BLOCKS)
    for (let j = i + 1; j <= last; j++) {
      const raw = source.slice(spans[j]!.start, spans[j]!.end)
      if (!/^\]\(/.test(raw)) continue
      // The closing block is the card's only when nothing but the link target follows `]`.
      const closing = /^\]\([^()\s]*(?:\s+"[^"]*")?\)\s*$/.test(raw)
      for (let k = i; k <= (closing ? j : j - 1); k++) out.add(k)
      i = j
      break
    }
  }
  return out
}
