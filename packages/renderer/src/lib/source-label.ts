import type { Source } from '@parallax/schema'

/** A name for a source that is never empty: its outlet, else `Source n (outlet unknown)`. */
export function sourceLabel(source: Source): string {
  return source.outlet ?? `Source ${source.number} (outlet unknown)`
}
