/** Words in one shingle: a block that is an excerpt of another shares every shingle of its words. */
const SHINGLE = 4

/** Where a folded block may appear inside another: the blocks sharing its rarest shingle. */
export interface ExcerptIndex {
  /** Blocks (ascending index) that may contain block `i`'s folded text; a superset of those that do. */
  candidates(i: number): Iterable<number>
}

/** A 32-bit FNV-1a hash of a word. */
function hashWord(text: string, from: number, to: number): number {
  let h = 0x811c9dc5
  for (let k = from; k < to; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193)
  return h >>> 0
}

/** The 4-word shingle hashes of a folded text (single spaces between words), in `bits` bits. */
function shingles(folded: string, bits: number): number[] {
  const words: number[] = []
  let from = 0
  for (let k = 0; k <= folded.length; k++) {
    if (k === folded.length || folded.charCodeAt(k) === 32) {
      if (k > from) words.push(hashWord(folded, from, k))
      from = k + 1
    }
  }
  const out: number[] = []
  const scale = 2 ** (32 - bits)
  for (let k = 0; k + SHINGLE <= words.length; k++) {
    let h = 0
    for (let w = 0; w < SHINGLE; w++) h = (Math.imul(h, 0x9e3779b1) + words[k + w]!) >>> 0
    out.push(Math.floor(h / scale))
  }
  return out
}

/**
 * Index folded blocks (single-space-separated words) once by their 4-word shingles, so finding
 * the blocks that may contain a short block costs the length of its rarest shingle's list
 * instead of a scan of every block (the pull-quote check was quadratic in the number of blocks).
 * The index is one sorted `Float64Array` of `shingle * 2^b + block` (53 bits, no per-key
 * arrays); hash collisions only add candidates, which the caller checks. Blocks of fewer than
 * 4 words fall back to every non-empty block.
 */
export function excerptIndex(folded: readonly string[]): ExcerptIndex {
  let blockBits = 1
  while (2 ** blockBits < folded.length) blockBits++
  const keyBits = Math.min(32, 53 - blockBits)
  const span = 2 ** blockBits
  const nonEmpty: number[] = []
  let total = 0
  const own: number[][] = []
  for (let j = 0; j < folded.length; j++) {
    const keys = shingles(folded[j]!, keyBits)
    own.push(keys)
    total += keys.length
    if (folded[j]!.length > 0) nonEmpty.push(j)
  }
  const entries = new Float64Array(total)
  let at = 0
  for (let j = 0; j < folded.length; j++) for (const key of own[j]!) entries[at++] = key * span + j
  entries.sort()
  const lowerBound = (value: number) => {
    let lo = 0
    let hi = entries.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (entries[mid]! < value) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  return {
    *candidates(i) {
      const keys = own[i]!
      if (keys.length === 0) {
        yield* nonEmpty
        return
      }
      let best = { from: 0, to: Number.POSITIVE_INFINITY, base: 0 }
      for (const key of keys) {
        const base = key * span
        const from = lowerBound(base)
        const to = lowerBound(base + span)
        if (to - from < best.to - best.from) best = { from, to, base }
      }
      let last = -1
      for (let k = best.from; k < best.to; k++) {
        const j = entries[k]! - best.base
        if (j !== last) yield j
        last = j
      }
    },
  }
}
