import type { Source } from '@parallax/schema'
import { stripBidiControls } from './format.js'

/**
 * A name for a source that is never empty: the name the briefing's sentences give it (`label`:
 * its outlet, else its byline, else a short form of its title), else its outlet, else
 * `Source n (outlet unknown)`; bidi controls removed. The citations, exclusives and sources list
 * thus name a source as the composed sentences do.
 */
export function sourceLabel(source: Source): string {
  const label = source.label === undefined ? '' : stripBidiControls(source.label).trim()
  if (label) return label
  const outlet = source.outlet === null ? '' : stripBidiControls(source.outlet).trim()
  return outlet || `Source ${source.number} (outlet unknown)`
}
