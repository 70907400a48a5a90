/**
 * The one format of the language pack: each list is a template literal read by `words` (entries
 * separated by white space: single words) or `phrases` (one entry a line: phrases with spaces).
 */

/** Entries separated by white space. */
export function words(list: string): readonly string[] {
  return list.trim().split(/\s+/u)
}

/** One entry a line (blank lines skipped). */
export function phrases(list: string): readonly string[] {
  return list
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
}
