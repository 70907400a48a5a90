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
const initials = /^(?:\p{Lu}\.){1,3}$/u
const abbreviations =
  /^(?:\p{Lu}\.)+\p{Lu}?\.?$|^(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Brig|Gov|Sen|Rep|St|Jr|Sr|Maj|Capt|Adm|Prof)\.$/u

/** Split text into words, keeping offsets, possessives and hyphenated compounds recognisable. */
export function splitWords(text: string): Word[] {
  const words: Word[] = []
  for (const m of text.matchAll(wordPattern)) {
    let value = m[0]
    let start = m.index
    // Strip leading apostrophes/quotes and trailing punctuation (not the dot of "U.S." or "J.D.").
    while (value.length > 0 && /^['’]/u.test(value)) {
      value = value.slice(1)
      start++
    }
    if (!abbreviations.test(value)) value = value.replace(/[.']+$/u, '')
    let possessive = false
    const poss = /['’]s?$/u.exec(value)
    if (poss && (poss[0].length === 2 || /s$/u.test(value.slice(0, -1)))) {
      possessive = true
      value = value.slice(0, value.length - poss[0].length)
    } else if (value.endsWith('’') || value.endsWith("'")) {
      value = value.slice(0, -1)
    }
    if (value.length === 0) continue
    const end = start + value.length
    words.push({
      start,
      end,
      value,
      lower: value.toLowerCase(),
      capitalised: /^\p{Lu}/u.test(value) || initials.test(value),
      possessive,
      hyphenated: /[\p{L}.][-\u2010\u2011][\p{L}]/u.test(value),
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
