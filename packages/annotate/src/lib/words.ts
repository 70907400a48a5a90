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

const wordPattern = /[^\s,;:!?()[\]{}“”"‘«»…—–/]+/gu
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

function split(text: string): Word[] {
  const words: Word[] = []
  for (const m of text.matchAll(wordPattern)) {
    let value = m[0]
    let start = m.index
    // Strip leading apostrophes/quotes and trailing punctuation (not the dot of "U.S." or "J.D.").
    let lead = 0
    while (lead < value.length && isQuote(value.charCodeAt(lead))) lead++
    if (lead > 0) {
      value = value.slice(lead)
      start += lead
    }
    const last = value.charCodeAt(value.length - 1)
    if ((last === 0x2e || last === 0x27) && !abbreviations.test(value)) {
      let cut = value.length
      while (cut > 0 && (value.charCodeAt(cut - 1) === 0x2e || value.charCodeAt(cut - 1) === 0x27))
        cut--
      value = value.slice(0, cut)
    }
    // A possessive: "'s"/"’s", or a bare apostrophe after an s ("officials'").
    let possessive = false
    const n = value.length
    const end1 = value.charCodeAt(n - 1)
    if (end1 === 0x73 /* s */ && n >= 2 && isQuote(value.charCodeAt(n - 2))) {
      possessive = true
      value = value.slice(0, n - 2)
    } else if (isQuote(end1)) {
      possessive = n >= 2 && value.charCodeAt(n - 2) === 0x73
      value = value.slice(0, n - 1)
    }
    if (value.length === 0) continue
    words.push({
      start,
      end: start + value.length,
      value,
      lower: value.toLowerCase(),
      // Initials ("J.D.") begin with a capital too.
      capitalised: upperFirst.test(value),
      possessive,
      hyphenated:
        (value.includes('-') || value.includes('\u2010') || value.includes('\u2011')) &&
        hyphenJoin.test(value),
    })
  }
  return words
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
