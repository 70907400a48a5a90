import type { Source } from '@parallax/schema'
import { stripBidiControls } from './format.js'

/**
 * A name for a source that is never empty: its outlet (bidi controls removed), else
 * `Source n (outlet unknown)`.
 */
export function sourceLabel(source: Source): string {
  const outlet = source.outlet === null ? '' : stripBidiControls(source.outlet).trim()
  return outlet || `Source ${source.number} (outlet unknown)`
}
