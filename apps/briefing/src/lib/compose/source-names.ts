import type { Article } from '@parallax/schema'

/** Words kept in a short form of a title or an opening (`“U.S. Envoy Declares Meaningful…”`). */
const shortWords = 5

/** Words that lead into the next: a short form is not cut after them. */
const joining =
  /^(?:a|an|the|and|or|but|of|in|on|at|to|for|from|with|by|as|between|after|before|over|into|its|their|his|her)$/i

/** Bidirectional controls, which a name must not carry into running text. */
const bidi = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

const clean = (text: string | null | undefined) =>
  (text ?? '').replace(bidi, '').replace(/\s+/g, ' ').trim()

/**
 * The first `shortWords` words of a title or sentence in quotation marks, `…` when cut, without
 * its closing stop or quotation marks: `“U.S. Envoy Declares Meaningful Progress…”`. Empty for
 * empty text.
 */
export function shortForm(text: string): string {
  const words = clean(text)
    .replace(/^[“”"‘’']+|[“”"‘’']+$/g, '')
    .split(' ')
    .filter(Boolean)
  if (words.length === 0) return ''
  const kept = words.slice(0, shortWords)
  const cut = words.length > shortWords
  // A cut form does not end on a word that leads into the next (`…talks between…`).
  while (cut && kept.length > 2 && joining.test(kept[kept.length - 1] as string)) kept.pop()
  return `“${kept.join(' ').replace(/[\s.,;:!?–—-]+$/u, '')}${cut ? '…' : ''}”`
}

/** A byline as a name: without a leading `By`, and only up to a comma (`Maria Stavrou`). */
export function bylineName(byline: string | null): string {
  return clean(byline)
    .replace(/^by\s+/i, '')
    .split(/\s*[,|;]\s*/)[0] as string
}

/**
 * How a reader recognises an article without the sources list: its outlet (`BBC News`), else the
 * host of its URL (`time.com`), else its byline (`Maria Stavrou`), else a short form of its title
 * (`“Messinia Earthquake: Death Toll Rises…”`), else `Untitled source (file.txt)` by its file's
 * name: never its opening words, which read as a quotation of the story, not a name.
 */
function baseName(article: Article, number: number): string {
  const outlet = clean(article.outlet)
  if (outlet) return outlet
  const host = urlHost(article.url)
  if (host) return host
  const byline = bylineName(article.byline)
  if (byline) return byline
  const title = shortForm(article.title ?? '')
  if (title) return title
  const file = clean((article.source.path ?? '').split(/[\\/]/).pop())
  return file ? `Untitled source (${file})` : `source ${number}`
}

/** The host of a URL without `www.` (`time.com`), `''` when there is no URL or it has no host. */
function urlHost(url: string | null): string {
  if (!url) return ''
  try {
    return new URL(url).hostname.replace(/^www\./i, '')
  } catch {
    return ''
  }
}

/**
 * One name per article (by article id), each unique in the briefing: `baseName`, and when two
 * articles share it (one outlet's two stories), the name and the short form of each one's title
 * (`BBC News, “Talks End Without…”`), then, if still shared, its source number
 * (`BBC News (source 4)`). `numbered` gives the articles in source order with their numbers.
 */
export function sourceNames(
  numbered: ReadonlyArray<{ article: Article; number: number }>,
): Map<string, string> {
  const names = new Map<string, string>()
  const base = numbered.map(({ article, number }) => baseName(article, number))
  const counts = (list: readonly string[]) => {
    const map = new Map<string, number>()
    for (const name of list) map.set(name.toLowerCase(), (map.get(name.toLowerCase()) ?? 0) + 1)
    return (name: string) => map.get(name.toLowerCase()) ?? 0
  }
  const firstCount = counts(base)
  const second = numbered.map(({ article }, index) => {
    const name = base[index] as string
    if (firstCount(name) < 2) return name
    const title = shortForm(article.title ?? '')
    return title && !name.startsWith('“') ? `${name}, ${title}` : name
  })
  const secondCount = counts(second)
  for (const [index, { article, number }] of numbered.entries()) {
    const name = second[index] as string
    names.set(article.id, secondCount(name) < 2 ? name : `${name} (source ${number})`)
  }
  return names
}
