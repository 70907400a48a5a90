import type { Article, ManifestEntry, MetadataOrigin, Published } from '@parallax/schema'
import { OUTLETS_BY_HOST, outletForUrl } from './outlets.js'
import type { FoundMetadata } from './types.js'

/** The metadata fields of an Article. */
export type ArticleMetadata = Pick<
  Article,
  'outlet' | 'title' | 'byline' | 'url' | 'published' | 'language' | 'origins'
>

const KNOWN_OUTLETS = new Set(Object.values(OUTLETS_BY_HOST).map((name) => name.toLowerCase()))

/**
 * A title's outlet suffix ("Talks End | TIME" → title "Talks End", outlet "TIME"). A suffix after
 * `|` is taken when it is at most 6 words; after a dash only when it names a known outlet.
 */
export function splitTitleSuffix(
  title: string,
  knownOutlet?: string | null,
): { title: string; outlet: string | null } {
  const pipe = /^(.+?)\s+\|\s+([^|]{1,60})$/.exec(title)
  if (pipe && pipe[2]!.trim().split(/\s+/).length <= 6)
    return { title: pipe[1]!.trim(), outlet: pipe[2]!.trim() }
  const dash = /^(.+?)\s+[-–—]\s+([^-–—]{1,60})$/.exec(title)
  if (dash) {
    const suffix = dash[2]!.trim().toLowerCase()
    if (KNOWN_OUTLETS.has(suffix) || (knownOutlet && knownOutlet.toLowerCase() === suffix)) {
      return { title: dash[1]!.trim(), outlet: dash[2]!.trim() }
    }
  }
  return { title, outlet: null }
}

const stripBy = (byline: string) => byline.replace(/^\s*by\s+/i, '').trim()

/**
 * Final metadata: a non-null manifest value wins (origin `manifest`); otherwise what the plugin
 * and the cleaning rules found; the outlet falls back to the site name, the URL's host (table
 * `OUTLETS_BY_HOST`), the title's suffix and then an outlet the body text names (origin `text`:
 * a byline's "…, Reuters", a dateline's "(AP)"); the language to `detectLanguage` on the body. A date
 * that cannot be determined says why.
 */
export function resolveMetadata(
  found: FoundMetadata,
  manifest: ManifestEntry | null,
  detectedLanguage: string | null,
): ArticleMetadata {
  const origins: Record<string, MetadataOrigin> = {}
  const pick = <T>(
    field: string,
    fromManifest: T | null | undefined,
    fromInput: { value: T; origin: MetadataOrigin } | undefined,
  ): T | null => {
    if (fromManifest !== null && fromManifest !== undefined) {
      origins[field] = 'manifest'
      return fromManifest
    }
    if (fromInput) {
      origins[field] = fromInput.origin
      return fromInput.value
    }
    return null
  }

  const url = pick('url', manifest?.url, found.url)
  const urlOutlet = url ? outletForUrl(url) : null
  let titleFound = found.title
  let suffixOutlet: string | null = null
  if (titleFound) {
    const split = splitTitleSuffix(titleFound.value, found.outlet?.value ?? urlOutlet)
    if (split.outlet && split.title.length > 0) {
      titleFound = { value: split.title, origin: titleFound.origin }
      suffixOutlet = split.outlet
    }
  }
  const title = pick('title', manifest?.title, titleFound)
  // An outlet read from the body text (a byline's "…, Reuters", a dateline's "(AP)") ranks below
  // the URL and the title suffix: a paper may run an agency's story under its own name.
  const stated =
    found.outlet && found.outlet.origin !== 'text' && found.outlet.origin !== 'title-suffix'
      ? found.outlet
      : undefined
  const outlet = pick(
    'outlet',
    manifest?.outlet,
    stated ??
      (urlOutlet ? { value: urlOutlet, origin: 'url' } : undefined) ??
      (suffixOutlet ? { value: suffixOutlet, origin: 'title-suffix' } : undefined) ??
      found.outlet,
  )
  const bylineFound = found.byline
    ? { value: stripBy(found.byline.value), origin: found.byline.origin }
    : undefined
  const byline = pick(
    'byline',
    manifest?.byline ? stripBy(manifest.byline) : null,
    bylineFound?.value ? bylineFound : undefined,
  )
  const language = pick(
    'language',
    manifest?.language,
    found.language ?? (detectedLanguage ? { value: detectedLanguage, origin: 'text' } : undefined),
  )

  let published: Published
  if (manifest?.published) {
    published = { status: 'known', date: manifest.published, datetime: null, origin: 'manifest' }
    origins.published = 'manifest'
  } else if (found.published) {
    published = {
      status: 'known',
      date: found.published.value.date,
      datetime: found.published.value.datetime,
      origin: found.published.origin,
    }
    origins.published = found.published.origin
  } else {
    const reason = found.publishedProblem ?? 'the input states no publication date'
    published = {
      status: 'undetermined',
      reason: manifest ? `${reason}, and its manifest entry gives none` : reason,
    }
  }
  return { outlet, title, byline, url, published, language, origins }
}
