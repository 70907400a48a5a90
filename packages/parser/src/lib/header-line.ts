import { readByline } from './clean/byline.js'
import { readDateLine } from './publication-date.js'

/** How many non-blank lines from the top of a text may be header lines. */
export const HEADER_REACH = 8

/**
 * A header line at the top of an article: a byline ("By Jane Roe | The Courier", "By Jane Roe and
 * John Doe") or a line that only states a date ("July 9, 2025", "Published 12 May 2024"). Such a
 * line stands alone even when no blank line separates it from the title above it or the first
 * paragraph below it.
 */
export function isHeaderLine(text: string): boolean {
  const t = text.trim()
  return t.length > 0 && (readByline(t) !== null || readDateLine(t) !== null)
}
