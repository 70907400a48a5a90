/**
 * A link to a sentence on the live page: `url` with a URL text fragment
 * (`#:~:text=start,end`, https://wicg.github.io/scroll-to-text-fragment/). A sentence of up to
 * eight words is matched whole; a longer one by its first and last four words. Each term is
 * percent-encoded, `-`, `,` and `&` included (they are syntax in a text directive). An existing
 * fragment of `url` is replaced. Returns null for a URL that is not http(s) or an empty sentence.
 */
export function textFragmentUrl(url: string, sentence: string): string | null {
  if (!/^https?:\/\//i.test(url)) return null
  const words = sentence.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean)
  if (words.length === 0) return null
  const base = url.replace(/#.*$/s, '')
  if (words.length <= 8) return `${base}#:~:text=${encodeTerm(words.join(' '))}`
  const start = encodeTerm(words.slice(0, 4).join(' '))
  const end = encodeTerm(words.slice(-4).join(' '))
  return `${base}#:~:text=${start},${end}`
}

/** Percent-encodes a text directive term: what `encodeURIComponent` does, and `-` too. */
export function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D')
}
