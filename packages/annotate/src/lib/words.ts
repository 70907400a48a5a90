/** A word of a block's text with its offsets; `value` has no trailing possessive or full stop. */
export interface Word {
  start: number
  end: number
  value: string
  lower: string
  capitalised: boolean
  possessive: boolean
  /** Joined to its neighbour by a hyphen ("Ukraine-Russia", "Putin‑U.S."). */
  hyphenated: boolean
}

/**
 * Characters that end a word: white space (what `\s` matches) and the punctuation
 * `, ; : ! ? ( ) [ ] { } “ ” " ‘ « » … — – /`, flagged by UTF-16 code unit. None is a surrogate,
 * so a word is a maximal run of code units that are not flagged.
 */
const separators = (() => {
  const flags = new Uint8Array(0x10000)
  const space =
    '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'
  for (const c of `${space},;:!?()[]{}“”"‘«»…—–/`) flags[c.charCodeAt(0)] = 1
  return flags
})()
const abbreviations =
  /^(?:\p{Lu}\.)+\p{Lu}?\.?$|^(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Brig|Gov|Sen|Rep|St|Jr|Sr|Maj|Capt|Adm|Prof)\.$/u
const upperFirst = /^\p{Lu}/u
const hyphenJoin = /[\p{L}.][-\u2010\u2011][\p{L}]/u

/** Text → its words, while {@link withWordCache} runs (one article's annotation). */
let cache: Map<string, Word[]> | undefined

/**
 * Run `fn` with {@link splitWords} remembered by text: the steps of one article split the same
 * block and sentence texts several times (names, roles, speakers), and share one result instead.
 * The memory lives only while `fn` runs; the shared words and arrays are frozen.
 */
export function withWordCache<T>(fn: () => T): T {
  const outer = cache
  cache = new Map()
  try {
    return fn()
  } finally {
    cache = outer
  }
}

/**
 * Split text into words, keeping offsets, possessives and hyphenated compounds recognisable.
 * Inside {@link withWordCache} the same text gives the same (shared, not to be changed) array.
 */
export function splitWords(text: string): Word[] {
  if (!cache) return split(text)
  let words = cache.get(text)
  if (!words) {
    words = split(text)
    // Frozen, so that a step changing a shared word fails loudly instead of misleading another.
    for (const w of words) Object.freeze(w)
    Object.freeze(words)
    cache.set(text, words)
  }
  return words
}

const isQuote = (c: number): boolean => c === 0x27 || c === 0x2019 // ' ’
const isDotOrApostrophe = (c: number): boolean => c === 0x2e || c === 0x27

/** Whether a word begins with a capital letter: ASCII at once, anything else by `\p{Lu}`. */
function startsUpper(value: string): boolean {
  const c = value.charCodeAt(0)
  if (c < 0x80) return c >= 0x41 && c <= 0x5a
  return upperFirst.test(value)
}

/**
 * The words of `text`: maximal runs of non-separator characters, less leading apostrophes,
 * trailing full stops and apostrophes (not those of an abbreviation: "U.S.", "Mr.") and a
 * possessive ending ("'s", "’s", or an apostrophe after an s). One scan by character code; the
 * text is sliced once per word.
 */
function split(text: string): Word[] {
  const words: Word[] = []
  const length = text.length
  let i = 0
  while (i < length) {
    while (i < length && separators[text.charCodeAt(i)] === 1) i++
    const runStart = i
    while (i < length && separators[text.charCodeAt(i)] !== 1) i++
    let start = runStart
    while (start < i && isQuote(text.charCodeAt(start))) start++
    const word = wordOf(text, start, withoutTrailingDots(text, start, i))
    if (word) words.push(word)
  }
  return words
}

/** The end of `[start, end)` without its trailing full stops and apostrophes, unless an abbreviation ends there. */
function withoutTrailingDots(text: string, start: number, end: number): number {
  if (start >= end || !isDotOrApostrophe(text.charCodeAt(end - 1))) return end
  if (abbreviations.test(text.slice(start, end))) return end
  let cut = end
  while (cut > start && isDotOrApostrophe(text.charCodeAt(cut - 1))) cut--
  return cut
}

/** The word at `[start, end)` less a possessive ending, or null when nothing is left. */
function wordOf(text: string, start: number, end: number): Word | null {
  // A possessive: "'s"/"’s", or a bare apostrophe after an s ("officials'").
  let possessive = false
  let to = end
  const n = end - start
  const last = n > 0 ? text.charCodeAt(end - 1) : -1
  if (last === 0x73 /* s */ && n >= 2 && isQuote(text.charCodeAt(end - 2))) {
    possessive = true
    to -= 2
  } else if (isQuote(last)) {
    possessive = n >= 2 && text.charCodeAt(end - 2) === 0x73
    to -= 1
  }
  if (to <= start) return null
  const value = text.slice(start, to)
  return {
    start,
    end: to,
    value,
    lower: value.toLowerCase(),
    // Initials ("J.D.") begin with a capital too.
    capitalised: startsUpper(value),
    possessive,
    hyphenated:
      (value.includes('-') || value.includes('\u2010') || value.includes('\u2011')) &&
      hyphenJoin.test(value),
  }
}

/** Whether only spaces (no punctuation or line break) separate two offsets of `text`. */
export function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text[i] !== ' ' && text[i] !== '\u00a0') return false
  return true
}

/** Index of the first word starting at or after `offset` (binary search). */
export function wordIndexAt(words: readonly Word[], offset: number): number {
  let lo = 0
  let hi = words.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (words[mid]!.start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}
