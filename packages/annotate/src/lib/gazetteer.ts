import { gazetteerGroups } from '../lang/en/gazetteer-data.js'

/**
 * English word classes from compromise's lexicon (first names by gender, places, organisations,
 * surnames, and every word it lists), generated ahead of time into `lang/en/gazetteer-data.ts`
 * (about 24,000 words) so that no NLP library loads to answer them. The table is built on the
 * first lookup (a few milliseconds) and shared read-only for the rest of the process.
 */

/** A word class: m male first name, f female, n first name, p place, o organisation, s surname or person. */
export type WordClass = 'm' | 'f' | 'n' | 'p' | 'o' | 's'

let table: Map<string, string> | undefined

function load(): Map<string, string> {
  const map = new Map<string, string>()
  for (const [classes, words] of Object.entries(gazetteerGroups))
    for (const word of words.split('\n')) map.set(word, classes)
  return map
}

/** The classes of `word` (any case) as letters, '' for a listed word of no class, undefined if unlisted. */
export function wordClasses(word: string): string | undefined {
  table ??= load()
  return table.get(word.toLowerCase())
}

/** Whether `word` (any case) is listed in class `c`. */
export function inClass(word: string, c: WordClass): boolean {
  return wordClasses(word)?.includes(c) ?? false
}
