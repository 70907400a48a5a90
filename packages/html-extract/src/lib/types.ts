import type { Block, Diagnostic, MetadataOrigin, Removal } from '@parallax/schema'

/** Options of {@link extractArticle}. */
export interface ExtractOptions {
  /**
   * Address the page was fetched from. Used to resolve a relative canonical link, as the
   * canonical URL when the page names none, and for URL date patterns (`/2019/05/14/`).
   * Default: `null` (only the page itself is used).
   */
  url?: string | null
  /**
   * Fewest characters of body text (whitespace excluded) an extraction needs to count as an
   * article; below it the result carries an `html/no-article` error diagnostic. Default: `80`.
   */
  minTextLength?: number
}

/** The publication date found in the page. */
export interface ExtractedPublished {
  /** Calendar date, `YYYY-MM-DD`. */
  date: string
  /** RFC 3339 date-time when the page gives a time with an offset, else `null`. */
  datetime: string | null
  /** Where the date came from. */
  origin: MetadataOrigin
}

/** Metadata of the page; every field is `null` when the page does not give it. */
export interface ExtractedMetadata {
  title: string | null
  /** Author names as written, without a leading "By". */
  byline: string | null
  published: ExtractedPublished | null
  /** Name of the outlet or site. */
  siteName: string | null
  /** BCP 47 language tag, e.g. `en` or `en-GB`. */
  language: string | null
  /** Canonical URL of the page. */
  url: string | null
  description: string | null
  /** For each field above that has a value, where it came from. */
  origins: Record<string, MetadataOrigin>
}

/** Result of {@link extractArticle}. */
export interface Extraction {
  metadata: ExtractedMetadata
  /** The article body in reading order, with spans and offset maps into the HTML source. */
  blocks: Block[]
  /** Notable boilerplate left out of the blocks, with the reason. */
  removed: Removal[]
  /** Problems with the page (`file` is always `null`: the caller knows the file). */
  diagnostics: Diagnostic[]
}
