import type { DraftBlock } from './types.js'

/**
 * A wire dateline: a place in capitals, optionally a date, the agency in parentheses and a dash
 * ("MILAN (Reuters) - …", "WASHINGTON (AP) — …", "KYIV, Ukraine, May 12 (AFP) – …").
 */
const DATELINE =
  /^[\p{Lu}][\p{Lu}.'’-]*(?:[ /][\p{Lu}][\p{Lu}.'’-]*){0,3}(?:,\s*[\p{L}\p{N}][\p{L}\p{N}.'’ -]{0,30}){0,2}\s+\(([\p{Lu}][\p{L}\p{N}&.'’-]*(?: [\p{Lu}][\p{L}\p{N}&.'’-]*){0,3})\)\s*[-–—:]\s+\S/u

/** The agency a wire dateline names ("MILAN (Reuters) - …" → "Reuters"), or `null`. */
export function datelineAgency(text: string): string | null {
  return DATELINE.exec(text.trim())?.[1] ?? null
}

/** How many body blocks from the start a dateline may open. */
const REACH = 3

/** The agency of a dateline opening one of the first paragraphs, or `null`. */
export function datelineOutlet(blocks: readonly DraftBlock[]): string | null {
  let seen = 0
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue
    const agency = datelineAgency(block.text)
    if (agency) return agency
    if (++seen >= REACH) break
  }
  return null
}
