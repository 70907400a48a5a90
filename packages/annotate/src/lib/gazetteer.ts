import { gazetteerGroups } from '../lang/en/gazetteer-data.js'

/**
 * English word classes from compromise's lexicon (first names by gender, places, organisations,
 * surnames, and every word it lists), generated ahead of time into `lang/en/gazetteer-data.ts`
 * (about 24,000 words) so that no NLP library loads to answer them. Each class's words are one
 * string, one word a line in code-unit order (the generator sorts them; a test checks it), so a
 * word is found by binary search over the strings as they are, with no table built at start-up
 * (building a `Map` of every word cost 15–50 ms of CPU on the first lookup); each answer is
 * remembered for the rest of the process.
 */

/** A word class: m male first name, f female, n first name, p place, o organisation, s surname or person. */
export type WordClass = 'm' | 'f' | 'n' | 'p' | 'o' | 's'

const NEWLINE = 0x0a
/** Below this many characters between the bounds, the search reads lines in order. */
const LINEAR = 48

/**
 * Compare the line of `lines` starting at `at` (ended by a line break or the end) with `word`,
 * in code-unit order: negative when the line sorts first, 0 when equal, positive when `word` does.
 */
function compareAt(lines: string, at: number, word: string): number {
  for (let k = 0; ; k++) {
    const ended = at + k >= lines.length || lines.charCodeAt(at + k) === NEWLINE
    if (k === word.length) return ended ? 0 : 1
    if (ended) return -1
    const a = lines.charCodeAt(at + k)
    const b = word.charCodeAt(k)
    if (a !== b) return a - b
  }
}

/** The start of the first line after offset `at` of `lines`, or its length. */
function nextLine(lines: string, at: number): number {
  const j = lines.indexOf('\n', at)
  return j < 0 ? lines.length : j + 1
}

/** Whether `word` is a line of `lines` (lines in code-unit order). */
export function hasLine(lines: string, word: string): boolean {
  // Invariant: if `word` is a line, it starts in [lo, hi), and lo is a line's start.
  let lo = 0
  let hi = lines.length
  while (hi - lo > LINEAR) {
    const s = nextLine(lines, (lo + hi) >>> 1)
    if (s >= hi) break
    const c = compareAt(lines, s, word)
    if (c === 0) return true
    if (c < 0) lo = s
    else hi = s
  }
  for (let at = lo; at < hi; at = nextLine(lines, at)) {
    const c = compareAt(lines, at, word)
    if (c === 0) return true
    if (c > 0) return false
  }
  return false
}

const groups = Object.entries(gazetteerGroups)
/** Answers already given (`null`: unlisted). */
const known = new Map<string, string | null>()

/** The classes of `word` (any case) as letters, '' for a listed word of no class, undefined if unlisted. */
export function wordClasses(word: string): string | undefined {
  const lower = word.toLowerCase()
  let classes = known.get(lower)
  if (classes === undefined) {
    classes = null
    for (const [letters, lines] of groups) {
      if (hasLine(lines, lower)) {
        classes = letters
        break
      }
    }
    known.set(lower, classes)
  }
  return classes ?? undefined
}

/** Whether `word` (any case) is listed in class `c`. */
export function inClass(word: string, c: WordClass): boolean {
  return wordClasses(word)?.includes(c) ?? false
}
