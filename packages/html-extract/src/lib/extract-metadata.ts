import type { MetadataOrigin } from '@parallax/schema'
import type { PageNodes } from './analyze-tree.js'
import { elementText, propertyText, rawText } from './element-text.js'
import { dateFromUrl, normalizeDate } from './normalize-date.js'
import type { JsonLdFacts } from './read-json-ld.js'
import type { ExtractedMetadata, ExtractedPublished } from './types.js'

const TITLE_SEPARATOR = /\s+[|\-–—:·•»«/]\s+|\s+::\s+/g

const PUBLISHED_META = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'article.published',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.created',
  'dc.date',
  'date',
  'dcterms.date',
  'article:modified_time',
]

const AUTHOR_META = [
  'author',
  'article:author',
  'parsely-author',
  'sailthru.author',
  'dc.creator',
  'byl',
  'byline',
]

/** Reads `<meta>` tags into a map from lower-cased name/property/itemprop to the first content. */
function metaMap(metas: PageNodes['metas']): Map<string, string> {
  const map = new Map<string, string>()
  for (const meta of metas) {
    const content = propertyText(meta, 'content').trim()
    if (content === '') continue
    for (const key of ['property', 'name', 'itemprop', 'http-equiv']) {
      const name = propertyText(meta, key).trim().toLowerCase()
      if (name !== '' && !map.has(name)) map.set(name, content)
    }
  }
  return map
}

function clean(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null
  const collapsed = value.replace(/\s+/g, ' ').trim()
  return collapsed === '' ? null : collapsed
}

/** A byline without "By", or `null` when the value does not look like names. */
export function cleanByline(value: string | null): string | null {
  let text = clean(value)
  if (text === null) return null
  text = text
    .replace(/^(written\s+|posted\s+|reported\s+)?by[:\s]+/i, '')
    .replace(/\s*[|•]\s*.*$/, '')
    .trim()
  if (text === '' || text.length > 120 || /https?:\/\/|www\./i.test(text)) return null
  return text
}

const normalizeName = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')

/**
 * Removes a site-name suffix or prefix from a page title ("Story | Site", "Site - Story").
 * Returns the stripped title, or `null` when there is nothing to strip.
 */
export function stripTitleSuffix(title: string, siteName: string | null): string | null {
  const parts = title.split(TITLE_SEPARATOR)
  if (parts.length < 2) return null
  const first = parts[0] ?? ''
  const last = parts[parts.length - 1] ?? ''
  const site = siteName === null ? null : normalizeName(siteName)
  if (site !== null && site !== '') {
    if (normalizeName(last) === site || normalizeName(last).includes(site)) {
      return title
        .slice(0, title.length - last.length)
        .replace(TITLE_SEPARATOR_END, '')
        .trim()
    }
    if (normalizeName(first) === site)
      return title.slice(first.length).replace(TITLE_SEPARATOR_START, '').trim()
  }
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length
  const lastWords = words(last)
  const rest = title
    .slice(0, title.length - last.length)
    .replace(TITLE_SEPARATOR_END, '')
    .trim()
  if (lastWords <= 4 && words(rest) > lastWords) return rest
  return null
}

const TITLE_SEPARATOR_END = /\s+([|\-–—:·•»«/]|::)\s*$/
const TITLE_SEPARATOR_START = /^\s*([|\-–—:·•»«/]|::)\s+/

function normalizeLanguage(value: string | null): string | null {
  if (value === null) return null
  const tag =
    value
      .trim()
      .split(/[,;\s]/)[0]
      ?.replace(/_/g, '-') ?? ''
  const [primary, ...rest] = tag.split('-')
  if (primary === undefined || !/^[a-zA-Z]{2,3}$/.test(primary)) return null
  const normalized = [
    primary.toLowerCase(),
    ...rest.filter((part) => /^[A-Za-z0-9]{2,8}$/.test(part)),
  ]
  return normalized.join('-')
}

function resolveUrl(value: string | null, base: string | null): string | null {
  if (value === null) return null
  try {
    return new URL(value, base ?? undefined).href
  } catch {
    return /^https?:\/\//.test(value) ? value : null
  }
}

/** Inputs of {@link extractMetadata}. */
export interface MetadataInputs {
  nodes: PageNodes
  jsonLd: JsonLdFacts
  /** URL the caller gave, if any. */
  pageUrl: string | null
}

/**
 * Reads title, byline, published date, site name, language, canonical URL and description, each
 * from the most reliable source the page offers, and records where each came from.
 */
export function extractMetadata({ nodes, jsonLd, pageUrl }: MetadataInputs): ExtractedMetadata {
  const meta = metaMap(nodes.metas)
  const origins: Record<string, MetadataOrigin> = {}
  const pick = <T>(field: string, candidates: Array<[T | null, MetadataOrigin]>): T | null => {
    for (const [value, origin] of candidates) {
      if (value !== null) {
        origins[field] = origin
        return value
      }
    }
    return null
  }

  const siteName = pick<string>('siteName', [
    [clean(meta.get('og:site_name')), 'meta-tag'],
    [clean(jsonLd.publisher), 'json-ld'],
    [clean(meta.get('application-name')), 'meta-tag'],
    [clean(meta.get('twitter:site')?.replace(/^@/, '')), 'meta-tag'],
  ])

  const titleText = nodes.title === null ? null : clean(rawText(nodes.title))
  const h1 = nodes.h1s[0] === undefined ? null : clean(elementText(nodes.h1s[0]))
  const strippedTitle = titleText === null ? null : stripTitleSuffix(titleText, siteName)
  const ogTitle = clean(meta.get('og:title'))
  const title = pick<string>('title', [
    [ogTitle === null ? null : (stripSiteOnly(ogTitle, siteName) ?? ogTitle), 'meta-tag'],
    [clean(jsonLd.headline), 'json-ld'],
    [clean(meta.get('twitter:title')), 'meta-tag'],
    [strippedTitle, 'title-suffix'],
    [titleText, 'html'],
    [h1, 'html'],
  ])

  let htmlByline: string | null = null
  for (const element of nodes.bylines) {
    htmlByline = cleanByline(elementText(element))
    if (htmlByline !== null) break
  }
  let metaAuthor: string | null = null
  for (const key of AUTHOR_META) {
    metaAuthor = cleanByline(meta.get(key) ?? null)
    if (metaAuthor !== null) break
  }
  const byline = pick<string>('byline', [
    [cleanByline(jsonLd.author), 'json-ld'],
    [metaAuthor, 'meta-tag'],
    [htmlByline, 'html'],
  ])

  const canonicalLink = nodes.links.find((link) =>
    propertyText(link, 'rel').toLowerCase().split(/\s+/).includes('canonical'),
  )
  const url = pick<string>('url', [
    [
      resolveUrl(
        canonicalLink === undefined ? null : clean(propertyText(canonicalLink, 'href')),
        pageUrl,
      ),
      'html',
    ],
    [resolveUrl(clean(meta.get('og:url')), pageUrl), 'meta-tag'],
    [resolveUrl(jsonLd.url, pageUrl), 'json-ld'],
    [pageUrl, 'url'],
  ])

  let metaDate: ExtractedPublished | null = null
  for (const key of PUBLISHED_META) {
    const value = meta.get(key)
    const date = value === undefined ? null : normalizeDate(value)
    if (date !== null) {
      metaDate = { ...date, origin: 'meta-tag' }
      break
    }
  }
  let timeDate: ExtractedPublished | null = null
  const times = [...nodes.times].sort((a, b) => timeRank(a) - timeRank(b))
  for (const time of times) {
    const value = propertyText(time, 'datetime') || elementText(time)
    const date = normalizeDate(value)
    if (date !== null) {
      timeDate = { ...date, origin: 'html' }
      break
    }
  }
  const jsonLdDate = jsonLd.datePublished === null ? null : normalizeDate(jsonLd.datePublished)
  const urlForDate = url ?? pageUrl
  const urlDate = urlForDate === null ? null : dateFromUrl(urlForDate)
  const published = pick<ExtractedPublished>('published', [
    [jsonLdDate === null ? null : { ...jsonLdDate, origin: 'json-ld' }, 'json-ld'],
    [metaDate, 'meta-tag'],
    [timeDate, 'html'],
    [urlDate === null ? null : { ...urlDate, origin: 'url' }, 'url'],
  ])

  const language = pick<string>('language', [
    [
      normalizeLanguage(nodes.html === null ? null : propertyText(nodes.html, 'lang') || null),
      'html',
    ],
    [normalizeLanguage(meta.get('content-language') ?? null), 'meta-tag'],
    [normalizeLanguage(meta.get('og:locale') ?? null), 'meta-tag'],
    [normalizeLanguage(jsonLd.inLanguage), 'json-ld'],
  ])

  const description = pick<string>('description', [
    [clean(meta.get('description')), 'meta-tag'],
    [clean(meta.get('og:description')), 'meta-tag'],
    [clean(jsonLd.description), 'json-ld'],
  ])

  return { title, byline, published, siteName, language, url, description, origins }
}

/** Strips a trailing " | Site" only when it is exactly the site name. */
function stripSiteOnly(title: string, siteName: string | null): string | null {
  if (siteName === null) return null
  const parts = title.split(TITLE_SEPARATOR)
  if (parts.length < 2) return null
  const last = parts[parts.length - 1] ?? ''
  if (normalizeName(last) !== normalizeName(siteName)) return null
  return title
    .slice(0, title.length - last.length)
    .replace(TITLE_SEPARATOR_END, '')
    .trim()
}

/** Lower ranks first: `<time>` marked as the publication date beats any other. */
function timeRank(time: PageNodes['times'][number]): number {
  const itemProp = propertyText(time, 'itemprop').toLowerCase()
  if (itemProp.includes('datepublished')) return 0
  const names = `${propertyText(time, 'class')} ${propertyText(time, 'id')}`.toLowerCase()
  if (/publish|posted|created/.test(names)) return 1
  if (/updated|modified/.test(names) || itemProp.includes('datemodified')) return 3
  return 2
}
