import type { CleaningRule, RuleRemoval } from '../types.js'
import { chromeLineOf } from './chrome-lines.js'

/**
 * Removes lines of web-page chrome by genre (see `chromeLines`): consent banners, skip links,
 * player and script notices, subscription pitches, share bars, reporting and photo credits,
 * disclaimers, author contact notes. The detail names the family.
 */
export default function chromeRule(): CleaningRule {
  return {
    name: 'chrome',
    apply(blocks) {
      const out: RuleRemoval[] = []
      blocks.forEach((block, index) => {
        if (block.kind === 'timeline-entry' || block.kind === 'heading') return
        const line = chromeLineOf(block.text)
        if (line) out.push({ index, reason: line.reason, detail: `${line.reason}: ${line.family}` })
      })
      return out
    },
  }
}
