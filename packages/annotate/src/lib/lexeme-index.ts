/**
 * wink-nlp's lexeme index (`features.lexeme.hash`: each word of the model's 87,593-word list to
 * its position) without building it. wink-eng-lite-web-model's own loader fills a plain object
 * with every word at start-up, which was the dearest step of reading the model (a dictionary
 * object of 87k keys: each key interned and the table grown again and again). The list after its
 * first entry (the out-of-vocabulary marker) is sorted by lower case, then by code unit, so a
 * word's position is found by binary search when wink-nlp first asks for it and remembered; the
 * words wink-nlp adds (out-of-vocabulary tokens of the texts it reads) are kept beside it.
 * `wink-model.test.ts` checks the order on the installed model and that every word of the list
 * answers its position, so an upgrade that breaks the order fails loudly.
 */

/** How `entry` sorts against `word` (whose lower case is `lower`) in the list's order. */
function order(entry: string, word: string, lower: string): number {
  const entryLower = entry.toLowerCase()
  if (entryLower !== lower) return entryLower < lower ? -1 : 1
  return entry < word ? -1 : entry > word ? 1 : 0
}

/** The order of the list after its first entry: lower case first, then code units. */
export function compareLexemes(a: string, b: string): number {
  return order(a, b, b.toLowerCase())
}

/**
 * The position of `word` in `list[1 .. size)` (sorted by {@link compareLexemes}), `list[0]`
 * compared on its own; `undefined` when absent.
 */
function search(list: readonly string[], size: number, word: string): number | undefined {
  if (size > 0 && list[0] === word) return 0
  const lower = word.toLowerCase()
  let lo = 1
  let hi = size - 1
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1
    const o = order(list[mid]!, word, lower)
    if (o === 0) return mid
    if (o < 0) lo = mid + 1
    else hi = mid - 1
  }
  return undefined
}

/**
 * An object that answers `index[word]` with the word's position in `list` (or `undefined`) and
 * keeps `index[word] = position` for words added later, as the plain object wink-nlp's loader
 * builds does. `list[1 .. list.length)` must be sorted by {@link compareLexemes}; words pushed
 * on `list` afterwards are found through what was assigned.
 */
export function lexemeIndex(list: readonly string[]): Record<string, number> {
  const size = list.length
  // Words looked up (found or not) and words assigned; `undefined` remembers an absent word.
  const known = new Map<string, number | undefined>()
  const target: Record<string, number> = Object.create(null)
  return new Proxy(target, {
    get(_, key) {
      if (typeof key !== 'string') return undefined
      if (known.has(key)) return known.get(key)
      const found = search(list, size, key)
      known.set(key, found)
      return found
    },
    set(_, key, value: number) {
      if (typeof key !== 'string') return false
      known.set(key, value)
      return true
    },
    has(_, key) {
      if (typeof key !== 'string') return false
      return known.has(key) ? known.get(key) !== undefined : search(list, size, key) !== undefined
    },
  })
}
