import { english } from '@parallax/annotate/english'
import { isOutletName } from '../outlet-name.js'
import type { CleaningRule, FoundMetadata, RuleRemoval } from '../types.js'

const NAME =
  "[\\p{Lu}][\\p{L}'’.-]*(?:\\s+(?:(?:de|van|von|der|da|di|del|la|le|bin|al)\\s+)?[\\p{Lu}][\\p{L}'’.-]*){0,3}"
const NAMES = `${NAME}(?:\\s*(?:,|and|&)\\s*${NAME}){0,4}`
/** "By …" in any case of the leading words; names must be capitalised (no `i` flag for them). */
const LEAD = '(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Rr]eporting by|[Ss]tory by|[Aa]uthor:|AUTHOR:)'
const BYLINE = new RegExp(
  `^${LEAD}\\s+(${NAMES})(?:\\s*(?:([,|•·–—-])|\\bin\\b)\\s*(.{0,60}))?$`,
  'u',
)
/** A byline without "By": names, then a separator and an outlet ("Jane Doe, Associated Press"). */
const BARE_BYLINE = new RegExp(`^(${NAMES})\\s*[,|•·–—-]\\s*(.{2,60})$`, 'u')

const NOT_NAMES = new RegExp(
  `^(?:${[...english.weekdays, ...english.months, 'The', 'This', 'Then', 'Now'].join('|')})\\b`,
)

/** A job title after an author's name ("Jane Roe, Southeast Asia Correspondent"): not a name. */
const JOB_TITLE =
  /\b(?:correspondent|reporter|editor|writer|columnist|contributor|journalist|producer|photographer|bureau chief|staff)s?$/iu

/** Most words of a desk and job title after a bare byline's names ("AP National Security Writer"). */
const JOB_TITLE_WORDS = 5

/** A byline's authors and, when it names one, its outlet. */
export interface Byline {
  /** "Jane Roe and John Doe". */
  names: string
  /** "Reuters" from "By Jane Roe, Reuters" or "By Jane Roe | The Guardian"; `null` when none. */
  outlet: string | null
}

/**
 * The authors (and outlet) of a byline line: "By Jane Roe and John Doe", "By Jane Roe, Reuters",
 * "By Jane Roe | The Guardian", or, with `bare: true`, "Jane Roe, Associated Press" (a bare
 * byline needs a recognised outlet). `null` when the line is not a byline. A bare byline may also
 * give a desk and job title instead of an outlet ("Jane Roe, AP Auto Writer").
 */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: pre-existing (33); to split by pattern (issue 9)
export function readByline(text: string, options?: { bare?: boolean }): Byline | null {
  const t = text.trim()
  if (t.length > 120) return null
  const m = BYLINE.exec(t)
  if (m) {
    let names = m[1]!.trim()
    // "By Wednesday the talks…": a byline's names are capitalised words only.
    if (NOT_NAMES.test(names)) return null
    let outlet: string | null = null
    const tail = m[3]?.trim() ?? ''
    if (m[2] && tail && isOutletName(tail)) outlet = tail
    else if (m[2] === '|' && tail && /^[\p{Lu}]/u.test(tail) && !/\d/.test(tail))
      outlet = tail.split(/\s+/).length <= 6 ? tail : null
    if (!outlet) {
      // "By Jane Roe and John Doe, Reuters": the names pattern took the outlet as a last name.
      const parts = names.split(/\s*,\s*/)
      const last = parts[parts.length - 1]!
      if (parts.length > 1 && JOB_TITLE.test(last)) {
        // "By Jane Roe, Southeast Asia Correspondent": the title is not an author.
        names = parts.slice(0, -1).join(', ')
      } else if (parts.length > 1 && isOutletName(last)) {
        outlet = last
        names = parts.slice(0, -1).join(', ')
      } else if (parts.length > 1 && !/\s/.test(last)) {
        // "By Jane Roe, Kyiv": one word after a comma is a place or desk, not an author.
        names = parts.slice(0, -1).join(', ')
      }
    }
    return { names, outlet }
  }
  if (!options?.bare) return null
  const bare = BARE_BYLINE.exec(t)
  if (!bare || NOT_NAMES.test(bare[1]!)) return null
  const tail = bare[2]!.trim()
  // "Jane Roe, AP Auto Writer": a desk and job title (a wire byline) instead of an outlet.
  const titled = JOB_TITLE.test(tail) && tail.split(/\s+/).length <= JOB_TITLE_WORDS
  if (!isOutletName(tail) && !titled) return null
  // Each author is a name of two to four words ("Jane Doe"), not one word or a phrase.
  const authors = bare[1]!.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean)
  if (!authors.every((a) => a.split(/\s+/).length >= 2 && a.split(/\s+/).length <= 4)) return null
  return { names: bare[1]!.trim(), outlet: isOutletName(tail) ? tail : null }
}

/** The author names of a byline line ("By Jane Roe and John Doe" → "Jane Roe and John Doe"), or `null`. */
export function bylineNames(text: string): string | null {
  return readByline(text)?.names ?? null
}

/** How many blocks from either end a byline without "By" may stand. */
const BARE_REACH = 3

/**
 * Removes byline lines ("By Anthony Roe", at the start or end; "Jane Roe, Associated Press" near
 * either end) and records the names and the outlet a byline names (reason `byline`).
 */
export default function bylineRule(): CleaningRule {
  return {
    name: 'byline',
    apply(blocks) {
      const out: RuleRemoval[] = []
      let named = false
      blocks.forEach((block, index) => {
        if (block.kind === 'timeline-entry' || block.kind === 'quote') return
        const bare = index < BARE_REACH || index >= blocks.length - BARE_REACH + 1
        const byline = readByline(block.text, { bare })
        if (byline === null) return
        const metadata: FoundMetadata = {}
        if (!named) metadata.byline = { value: byline.names, origin: 'text' }
        if (byline.outlet) metadata.outlet = { value: byline.outlet, origin: 'text' }
        named = true
        out.push({
          index,
          reason: 'byline',
          detail: 'byline: author line',
          ...(Object.keys(metadata).length > 0 ? { metadata } : {}),
        })
      })
      return out
    },
  }
}
