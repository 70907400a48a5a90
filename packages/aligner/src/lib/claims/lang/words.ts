import type { Stance } from '@parallax/schema'

/** Helpers that keep language data compact: word lists as text, read once at load. */

/** Words separated by white space: `words('talk meeting summit')`. */
export function words(text: string): readonly string[] {
  return text.split(/\s+/).filter((w) => w.length > 0)
}

/** Entries separated by commas, each may have spaces: `list('call for, rule out')`. */
export function list(text: string): readonly string[] {
  return text
    .split(',')
    .map((w) => w.trim().replace(/\s+/g, ' '))
    .filter((w) => w.length > 0)
}

/** Comma-separated `key value` pairs: `pairs('meet meeting, sign signing')`. */
export function pairs(text: string): Readonly<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const entry of list(text)) {
    const [key, ...value] = entry.split(' ')
    if (key && value.length > 0) out[key] = value.join(' ')
  }
  return out
}

/** Words grouped by stance, read as a word → stance map. */
export function byStance(
  groups: Readonly<Partial<Record<Stance, readonly string[]>>>,
): Readonly<Record<string, Stance>> {
  const out: Record<string, Stance> = {}
  for (const [stance, ws] of Object.entries(groups) as Array<[Stance, readonly string[]]>)
    for (const w of ws) out[w] = stance
  return out
}

/** Words in counting order, valued 1, 2, 3…: `numbered('one two three')`. */
export function numbered(text: string): Readonly<Record<string, number>> {
  const out: Record<string, number> = {}
  words(text).forEach((w, i) => {
    out[w] = i + 1
  })
  return out
}
