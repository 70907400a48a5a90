import { bottomLine } from './bottom-line.js'
import { conflicts } from './conflicts.js'
import { exclusives } from './exclusives.js'
import { figures } from './figures.js'
import { positions } from './positions.js'
import { quotes } from './quotes.js'
import { sinceLast } from './since-last.js'
import { timeline } from './timeline.js'
import type { SectionRenderers } from './types.js'

/**
 * The built-in section renderers, in the order sections are shown. A new section kind in the
 * schema is a compile error here until it has an entry (view, HTML partial, PDF draw).
 */
export const sectionRenderers: SectionRenderers = {
  'bottom-line': bottomLine,
  'since-last': sinceLast,
  conflicts,
  quotes,
  positions,
  figures,
  timeline,
  exclusives,
}
