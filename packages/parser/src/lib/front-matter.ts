import type { Diagnostic } from '@parallax/schema'
import { parse } from 'yaml'
import type { FoundMetadata } from './types.js'

const str = (value: unknown): string | null => {
  if (typeof value === 'string' && value.trim().length > 0) return value.trim()
  if (Array.isArray(value)) {
    const parts = value.filter((v): v is string => typeof v === 'string' && v.trim().length > 0)
    return parts.length > 0 ? parts.join(', ') : null
  }
  return null
}
const first = (data: Record<string, unknown>, keys: readonly string[]) => {
  for (const key of keys) {
    const value = str(data[key])
    if (value) return value
  }
  return null
}

/** A note-taking app's wiki link, `[[Jane Roe]]` or `[[people/Jane Roe|Jane Roe]]`: its text. */
const wikiLink = /\[\[(?:[^\]|]*\|)?([^\]|]+)\]\]/gu

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/

/**
 * Metadata from YAML front matter, as web clippers write it: `title`, `source`/`url`/`link`,
 * `date`/`published`/`created`, `author`/`byline`, `site`/`site_name`/`publisher`, `lang`.
 * A date that is not a date (`date: unknown`) is reported as `publishedProblem`.
 */
export function readFrontMatter(
  yaml: string,
  place: { file: string | null; line: number; offset: number },
): { metadata: FoundMetadata; diagnostics: Diagnostic[] } {
  const metadata: FoundMetadata = {}
  let data: unknown
  try {
    data = parse(yaml, { schema: 'core' })
  } catch (error) {
    return {
      metadata,
      diagnostics: [
        {
          file: place.file,
          line: place.line,
          column: 1,
          offset: place.offset,
          severity: 'warning',
          code: 'markdown/front-matter',
          message: `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
          expected: 'YAML key: value lines',
        },
      ],
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { metadata, diagnostics: [] }
  const record = data as Record<string, unknown>
  const origin = 'front-matter' as const
  const title = first(record, ['title', 'headline'])
  if (title) metadata.title = { value: title, origin }
  const url = first(record, ['source', 'url', 'link', 'canonical', 'canonical_url', 'original_url'])
  if (url && /^https?:\/\//i.test(url)) metadata.url = { value: url, origin }
  const byline = first(record, ['author', 'authors', 'byline', 'by'])?.replace(wikiLink, '$1')
  if (byline) metadata.byline = { value: byline, origin }
  const site = first(record, [
    'site',
    'site_name',
    'sitename',
    'publisher',
    'outlet',
    'publication',
  ])
  if (site) metadata.outlet = { value: site, origin }
  const lang = first(record, ['lang', 'language', 'locale'])
  if (lang && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang))
    metadata.language = { value: lang, origin }
  const dateKey = [
    'date',
    'published',
    'published_at',
    'pubDate',
    'created',
    'date_published',
  ].find((k) => k in record)
  if (dateKey) {
    const raw = record[dateKey]
    const text = raw instanceof Date ? raw.toISOString() : String(raw ?? '').trim()
    const m = /^(\d{4}-\d{2}-\d{2})/.exec(text)
    if (m && !Number.isNaN(Date.parse(m[1]!))) {
      metadata.published = {
        value: { date: m[1]!, datetime: RFC3339.test(text) ? text : null },
        origin,
      }
    } else {
      metadata.publishedProblem = `front matter ${dateKey} "${text}" is not a date`
    }
  }
  return { metadata, diagnostics: [] }
}
