import type { Article } from '@parallax/schema'
import { foldedWords } from '../fold-words.js'

/** Words per shingle. */
export const SHINGLE_WORDS = 5

/**
 * The article's sentence text, normalised (case folded, accents and punctuation dropped), as a set
 * of hashed word 5-grams. Two shapes of one text (a saved page and a Markdown clip of it) give
 * nearly the same set whatever their markup, line breaks or quotation marks.
 */
export function shingles(article: Article): Set<number> {
  const text = article.annotations.sentences.map((s) => s.text).join(' ')
  const words = foldedWords(text)
  const out = new Set<number>()
  if (words.length > 0 && words.length < SHINGLE_WORDS) out.add(fnv1a(words.join(' ')))
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++)
    out.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')))
  return out
}

/** The `k` smallest hashes of a set, ascending: a sketch whose overlap estimates Jaccard similarity. */
export function bottomK(set: ReadonlySet<number>, k: number): number[] {
  return [...set].sort((a, b) => a - b).slice(0, k)
}

/** |a ∩ b| / |a ∪ b|; 0 for two empty sets. */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let common = 0
  for (const h of small) if (large.has(h)) common++
  const union = a.size + b.size - common
  return union === 0 ? 0 : common / union
}

/** 32-bit FNV-1a of a string's UTF-16 code units. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}
