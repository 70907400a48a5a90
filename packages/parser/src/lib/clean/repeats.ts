import { wordsOf } from '../shape.js'
import type { CleaningRule, DraftBlock, RuleRemoval } from '../types.js'
import { excerptIndex } from './excerpt-index.js'

/** Text folded for comparison: lower case, quotes, dashes and punctuation dropped, spaces collapsed. */
export function foldForComparison(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”"‘’'`´«»„‟‹›]/g, '')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Share of quotation marks in `text` that are typographic (curly), or `null` when it has none. */
function curlyShare(text: string): number | null {
  const straight = (text.match(/["']/g) ?? []).length
  const curly = (text.match(/[“”‘’]/g) ?? []).length
  return straight + curly === 0 ? null : curly / (straight + curly)
}

const MIN_WORDS = 8
const MAX_PULL_QUOTE_WORDS = 60

/**
 * Removes repetition:
 * - a block identical to an earlier one is a `duplicate` (the first is kept);
 * - two blocks that differ only in typography (straight vs curly quotes, dashes) are a body
 *   paragraph and its `pull-quote`: the copy whose quotation marks differ from the article's
 *   usual style is the pull-quote (ties: the earlier copy, since pull-quotes are set apart ahead
 *   of the passage they repeat);
 * - a block that holds three or more other blocks word for word is the text run together (a
 *   hidden or print copy) and a `duplicate`, the blocks it holds are kept;
 * - a short block (up to 60 words) whose words all appear inside a longer, non-adjacent block is a
 *   `pull-quote` excerpt of it.
 * Blocks of fewer than 8 words (headings, labels) are left alone.
 */
export default function repeatsRule(): CleaningRule {
  return {
    name: 'repeats',
    // biome-ignore lint/complexity/noExcessiveCognitiveComplexity: pre-existing (40); to split by pattern (issue 9)
    apply(blocks) {
      const out: RuleRemoval[] = []
      const removed = new Set<number>()
      const wordCounts = blocks.map((b) => wordsOf(b.text).length)
      const folded = blocks.map((b, i) =>
        wordCounts[i]! >= MIN_WORDS ? foldForComparison(b.text) : '',
      )
      const padded = folded.map((f) => ` ${f} `)
      const eligible = (i: number) => blocks[i]!.kind !== 'heading' && wordCounts[i]! >= MIN_WORDS
      const articleCurly = curlyShare(blocks.map((b) => b.text).join(' ')) ?? 1
      const firstByKey = new Map<string, number>()
      for (let i = 0; i < blocks.length; i++) {
        if (!eligible(i)) continue
        const key = folded[i]!
        const first = firstByKey.get(key)
        if (first === undefined) {
          firstByKey.set(key, i)
          continue
        }
        if (blocks[first]!.text === blocks[i]!.text) {
          out.push({
            index: i,
            reason: 'duplicate',
            detail: 'repeats: identical to an earlier block',
            duplicateOf: first,
          })
          removed.add(i)
          continue
        }
        const pull = pickPullQuote(blocks, first, i, articleCurly)
        const kept = pull === first ? i : first
        out.push({
          index: pull,
          reason: 'pull-quote',
          detail: 'repeats: pull-quote repeating a body paragraph',
          duplicateOf: kept,
        })
        removed.add(pull)
        if (pull === first) firstByKey.set(key, i)
      }
      const index = excerptIndex(folded)
      for (const [j, first] of runTogetherCopies(blocks.length, folded, padded, index, eligible)) {
        if (removed.has(j)) continue
        out.push({
          index: j,
          reason: 'duplicate',
          detail: 'repeats: several other blocks run together (a second copy of the text)',
          duplicateOf: first,
        })
        removed.add(j)
      }
      for (let i = 0; i < blocks.length; i++) {
        if (removed.has(i) || !eligible(i)) continue
        if (wordCounts[i]! > MAX_PULL_QUOTE_WORDS) continue
        for (const j of index.candidates(i)) {
          if (j === i || Math.abs(j - i) === 1 || removed.has(j)) continue
          if (folded[j]!.length > folded[i]!.length && padded[j]!.includes(padded[i]!)) {
            out.push({
              index: i,
              reason: 'pull-quote',
              detail: 'repeats: pull-quote excerpted from a body paragraph',
              duplicateOf: j,
            })
            removed.add(i)
            break
          }
        }
      }
      return out
    },
  }
}

/** Fewest other blocks a block must hold, word for word, to be a copy of the text, not a paragraph. */
const RUN_TOGETHER_MIN = 3

/**
 * Blocks that hold three or more other blocks word for word: the article's text run together
 * into one block (a hidden copy for search engines or a print view), not a paragraph that a
 * pull-quote excerpts (a pull-quote repeats one passage). Maps each to the first block it holds.
 */
function runTogetherCopies(
  count: number,
  folded: readonly string[],
  padded: readonly string[],
  index: ReturnType<typeof excerptIndex>,
  eligible: (i: number) => boolean,
): Map<number, number> {
  const held = new Map<number, { count: number; first: number }>()
  for (let i = 0; i < count; i++) {
    if (!eligible(i)) continue
    for (const j of index.candidates(i)) {
      if (j === i || folded[j]!.length <= folded[i]!.length || !padded[j]!.includes(padded[i]!))
        continue
      const h = held.get(j)
      if (h) h.count++
      else held.set(j, { count: 1, first: i })
    }
  }
  const out = new Map<number, number>()
  for (const [j, h] of held) if (h.count >= RUN_TOGETHER_MIN) out.set(j, h.first)
  return out
}

function pickPullQuote(
  blocks: readonly DraftBlock[],
  a: number,
  b: number,
  articleCurly: number,
): number {
  const sa = curlyShare(blocks[a]!.text)
  const sb = curlyShare(blocks[b]!.text)
  if (sa !== null && sb !== null && sa !== sb) {
    return Math.abs(sa - articleCurly) > Math.abs(sb - articleCurly) ? a : b
  }
  return a
}
