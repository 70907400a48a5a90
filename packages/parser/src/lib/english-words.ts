import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/**
 * The English word list dehyphenation asks (an-array-of-english-words, ~275,000 words), kept as
 * the package's own JSON text and searched in place: the file is one sorted JSON array of plain
 * strings, `["a","aa",…]`, so a word is found by binary search over character positions, each
 * probe reading the entry after the next `","`. One 3.3 MB string instead of 275,000 strings in
 * a `Set` (about 19 MB more heap), read with one file read instead of `JSON.parse` and a `Set`
 * build (about 0.4–0.5 s of CPU). Exact: the same answers as the `Set` (a test asks it every
 * word and near miss, and checks the file is sorted).
 */
export interface WordList {
  /** Whether `word` is in the list, exactly as written (the list is lowercase). */
  has(word: string): boolean
}

const QUOTE = 0x22
const SEPARATOR = '","'
/** Below this many characters between the bounds, the search reads entries in order. */
const LINEAR = 64

/**
 * A `WordList` over the text of a compact JSON array of strings (`["a","b"]`: no spaces or line
 * breaks between entries, no escapes) sorted in code-unit order (JavaScript's `<`). Checks the
 * shape, not the order (a linear pass; the package's test checks the order of the list it
 * ships). Throws, naming `source` and the offset, when the text has another shape.
 */
export function sortedWordList(json: string, source = 'word list'): WordList {
  const fail = (at: number, expected: string): never => {
    throw new Error(`${source}: offset ${at}: expected ${expected}`)
  }
  const text = json.trimEnd()
  if (text === '[]') return { has: () => false }
  if (!text.startsWith('["')) fail(0, "a JSON array of strings starting '[\"'")
  if (!text.endsWith('"]')) fail(Math.max(0, text.length - 2), "the array to end with '\"]'")
  for (const c of ['\\', ' ', '\n', '\r', '\t']) {
    const at = text.indexOf(c)
    if (at >= 0) fail(at, `a compact array of plain strings, found ${JSON.stringify(c)}`)
  }
  const first = 2
  const end = text.length - 1 // the closing quote of the last entry, +1 for the "]"
  /** The start of the first entry after offset `at`. */
  const next = (at: number) => {
    const j = text.indexOf(SEPARATOR, at - 2)
    return j < 0 ? end : j + SEPARATOR.length
  }
  return {
    has(word: string): boolean {
      // Invariant: if `word` is an entry, it starts in [lo, hi), and lo is an entry's start.
      let lo = first
      let hi = end
      while (hi - lo > LINEAR) {
        const s = next((lo + hi) >>> 1)
        if (s >= hi) break
        const c = compareAt(text, s, word)
        if (c === 0) return true
        if (c < 0) lo = s
        else hi = s
      }
      for (let at = lo; at < hi; at = next(at)) {
        const c = compareAt(text, at, word)
        if (c === 0) return true
        if (c > 0) return false
      }
      return false
    },
  }
}

/**
 * Compare the list entry starting at `at` of `json` (ended by a quote) with `word`, in code-unit
 * order: negative when the entry sorts first, 0 when equal, positive when `word` does.
 */
function compareAt(json: string, at: number, word: string): number {
  for (let k = 0; ; k++) {
    const a = json.charCodeAt(at + k)
    const entryEnded = a === QUOTE
    if (k === word.length) return entryEnded ? 0 : 1
    if (entryEnded) return -1
    const b = word.charCodeAt(k)
    if (a !== b) return a - b
  }
}

const require = createRequire(import.meta.url)
let english: WordList | undefined

/** The English word list, read on first use (one file read, about 20–40 ms of CPU) and kept for the process. */
export function englishWords(): WordList {
  if (!english) {
    const path = require.resolve('an-array-of-english-words')
    english = sortedWordList(readFileSync(path, 'utf8'), path)
  }
  return english
}
