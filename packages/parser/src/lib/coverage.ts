import type { Article, Span } from '@parallax/schema'

/**
 * Stretches of non-whitespace source text that are in no block's span and no removal's span:
 * text that would have disappeared silently. Empty for a well-behaved parse.
 */
export function uncoveredRanges(
  text: string,
  article: Pick<Article, 'blocks' | 'removed'>,
): Span[] {
  const covered = new Uint8Array(text.length)
  for (const { span } of [...article.blocks, ...article.removed])
    covered.fill(1, span.start, span.end)
  const out: Span[] = []
  let i = 0
  while (i < text.length) {
    if (covered[i] || /\s/.test(text[i]!)) {
      i++
      continue
    }
    let j = i
    while (j < text.length && !covered[j]) j++
    out.push({ start: i, end: j })
    i = j
  }
  return out.map((r) => {
    let e = r.end
    while (e > r.start && /\s/.test(text[e - 1]!)) e--
    return { start: r.start, end: e }
  })
}
