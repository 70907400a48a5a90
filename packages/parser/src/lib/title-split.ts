/**
 * A page title's site and section parts ("Talks end | World | The Courier", "Live: Talks end",
 * "Talks end : Coastline Radio"), told apart from the headline by comparing with the page's own
 * headline, the URL's host and the stated site name; never from a list of outlets.
 */

const SEPARATOR = /\s+(?:[|•·–—-]|::?)\s+|\s*\|\s*/

const letters = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '')

/** The host's name part: "https://www.the-courier.co.uk/x" → "thecourier". */
export function hostLabel(url: string): string | null {
  const m = /^https?:\/\/([^/:?#]+)/i.exec(url.trim())
  if (!m) return null
  const parts = m[1]!.toLowerCase().split('.')
  const skip = new Set(['www', 'm', 'amp', 'edition', 'news', 'en', 'uk', 'us', 'mobile'])
  while (parts.length > 2 && skip.has(parts[0]!)) parts.shift()
  // Drop the public suffix: the last label, and a second-level one such as "co", "com", "org".
  parts.pop()
  if (parts.length > 1 && /^(?:co|com|org|net|gov|ac|edu)$/.test(parts[parts.length - 1]!))
    parts.pop()
  const label = parts[parts.length - 1]
  return label ? label.replace(/[^a-z0-9]/g, '') : null
}

/**
 * Whether a title part names the site: its letters hold the host's letters in order, starting
 * with the same letter ("Coastline Public Radio" ~ coastlineradio, "The Harbour Times" ~
 * harbourtimes), or it equals the stated site name.
 */
export function namesSite(part: string, host: string | null, site: string | null): boolean {
  const p = letters(part)
  if (p.length === 0) return false
  if (site && letters(site) === p) return true
  if (!host || host.length < 3) return false
  const h = letters(host)
  const holds = (q: string) => {
    if (h[0] !== q[0]) return false
    let k = 0
    for (const ch of q) if (ch === h[k]) k++
    return k === h.length
  }
  return holds(p) || holds(`the${p}`)
}

/**
 * Split a page title into the headline and the site: when the page's headline is known and the
 * title holds it, the title is the headline and the rest names the site and section (the part
 * that names the host wins, else the last one); otherwise a trailing part that names the host or
 * the site is cut. Returns the outlet found, or `null`.
 */
export function splitTitle(
  title: string,
  context: { headline: string | null; host: string | null; site: string | null },
): { title: string; outlet: string | null } {
  const t = title.trim()
  const { headline, host, site } = context
  if (headline) {
    const at = t.indexOf(headline)
    if (at >= 0) {
      const rest = `${t.slice(0, at)} ${t.slice(at + headline.length)}`
      const parts = rest
        .split(SEPARATOR)
        .map((p) =>
          p
            .trim()
            .replace(/^[:|•·–—-]+|[:|•·–—-]+$/g, '')
            .trim(),
        )
        .filter((p) => p.length > 0)
      const named = parts.find((p) => namesSite(p, host, site))
      const after = t
        .slice(at + headline.length)
        .split(SEPARATOR)
        .map((p) => p.trim())
        .filter((p) => p.length > 0)
      const outlet = named ?? (after.length > 0 ? after[after.length - 1]! : null)
      return { title: headline, outlet: outlet && outlet.split(/\s+/).length <= 6 ? outlet : null }
    }
  }
  const parts = t.split(SEPARATOR)
  if (parts.length > 1) {
    const last = parts[parts.length - 1]!.trim()
    if (namesSite(last, host, site)) {
      const rest = t
        .slice(0, t.lastIndexOf(last))
        .replace(/\s*(?:[|•·–—:-])\s*$/, '')
        .trim()
      if (rest.length > 0) return { title: rest, outlet: last }
    }
  }
  return { title: t, outlet: null }
}
