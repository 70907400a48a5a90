/** Words of a text: runs of letters, digits, apostrophes, dots and hyphens. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.\-‑]*/gu) ?? []
}

/** Words that title case leaves in lower case. */
export const MINOR_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'nor',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'by',
  'from',
  'as',
  'amid',
  'over',
  'vs',
  'via',
  'into',
  'per',
  'up',
  'off',
  'than',
  'after',
  'about',
])

/** Share (0–1) of the non-minor words that start with a capital letter or digit. */
export function titleCaseRatio(text: string): number {
  const words = wordsOf(text).filter((w) => !MINOR_WORDS.has(w.toLowerCase()))
  if (words.length === 0) return 0
  return words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length / words.length
}

const ENDS_CLAUSE = /[.,;:]["'”’»)\]]*$/
const STARTS_LIKE_TITLE = /^["'“‘«([]?[\p{Lu}\p{N}]/u

/** A short line that can stand as a heading: at most 14 words, no closing period, comma or colon. */
export function isHeadingLike(text: string): boolean {
  const t = text.trim()
  if (t.length === 0 || t.length > 100 || ENDS_CLAUSE.test(t) || !STARTS_LIKE_TITLE.test(t))
    return false
  const n = wordsOf(t).length
  return n >= 1 && n <= 14
}

/** A line that can stand as an article's title: at most 25 words, no closing period, comma or colon. */
export function isTitleLike(text: string): boolean {
  const t = text.trim()
  if (t.length < 3 || t.length > 200 || ENDS_CLAUSE.test(t) || !STARTS_LIKE_TITLE.test(t))
    return false
  const n = wordsOf(t).length
  return n >= 2 && n <= 25
}

/** Ends like a sentence: `.`, `!`, `?`, `…`, optionally followed by closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  return /[.!?…]["'”’»)\]]*\s*$/.test(text)
}
