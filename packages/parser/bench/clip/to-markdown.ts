/**
 * A whole HTML page to Markdown as web clippers and crawlers save it: YAML front matter from the
 * page's metadata (title, source URL, date, author, site name), then every element of the page
 * converted by turndown with its GFM plugin (tables, strikethrough). Only what is never content
 * (scripts, styles, `noscript`, `template`, inline SVG) is dropped; menus, banners, lists and
 * footers stay, as they do in a crawl.
 */
import TurndownService from 'turndown'
// @ts-expect-error: turndown-plugin-gfm ships no types
import { gfm } from 'turndown-plugin-gfm'

const service = new TurndownService({
  headingStyle: 'atx',
  bulletListMarker: '*',
  codeBlockStyle: 'fenced',
})
service.use(gfm)
service.remove([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
] as unknown as TurndownService.Filter)

const decode = (text: string) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#0*39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))

/** The `content` of the first `<meta>` whose `property` or `name` is one of `keys`. */
function meta(html: string, keys: readonly string[]): string | null {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    const key = /\b(?:property|name|itemprop)\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1]?.toLowerCase()
    if (!key || !keys.includes(key)) continue
    const content = /\bcontent\s*=\s*"([^"]*)"|\bcontent\s*=\s*'([^']*)'/i.exec(tag)
    const value = decode((content?.[1] ?? content?.[2] ?? '').trim())
    if (value) return value
  }
  return null
}

const yamlString = (value: string) => JSON.stringify(value.replace(/\s+/g, ' ').trim())

/** The page as a clipped Markdown file. */
export function pageToMarkdown(html: string, url: string | null): string {
  const title =
    meta(html, ['og:title', 'twitter:title']) ??
    decode(/<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1]?.trim() ?? '')
  const date = meta(html, ['article:published_time', 'datepublished', 'date', 'pubdate', 'dc.date'])
  const author = meta(html, ['author', 'article:author', 'byl', 'dc.creator'])
  const site = meta(html, ['og:site_name', 'application-name'])
  const lines = ['---']
  if (title) lines.push(`title: ${yamlString(title)}`)
  if (url) lines.push(`source: ${yamlString(url)}`)
  if (date) lines.push(`published: ${yamlString(date)}`)
  if (author && !/^https?:/.test(author)) lines.push(`author: ${yamlString(author)}`)
  if (site) lines.push(`site_name: ${yamlString(site)}`)
  lines.push('---', '')
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html
  return `${lines.join('\n')}\n${service.turndown(body)}\n`
}
