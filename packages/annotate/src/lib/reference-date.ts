import type { Published, ReferenceDate } from '@parallax/schema'

/** Options of `chooseReferenceDate`. */
export interface ReferenceDateOptions {
  /** Explicit reference date (`YYYY-MM-DD`) that wins over everything. Default: none. */
  override?: string
  /** A date the article itself states for the event (`YYYY-MM-DD`), used when unpublished. Default: none. */
  stated?: string | null
}

/**
 * The date relative expressions are resolved against: the override, else the published date
 * (basis 'published'), else a date the text states (basis 'stated'), else undetermined.
 */
export function chooseReferenceDate(
  published: Published,
  options: Readonly<ReferenceDateOptions> = {},
): ReferenceDate {
  if (options.override) return { basis: 'published', date: options.override }
  if (published.status === 'known') return { basis: 'published', date: published.date }
  if (options.stated) return { basis: 'stated', date: options.stated }
  return {
    basis: 'undetermined',
    reason: `no published date (${published.reason}) and the text states no full date for the event`,
  }
}
