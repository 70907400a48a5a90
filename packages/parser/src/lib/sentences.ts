import { toSourceSpan } from '@parallax/annotate'
import { english } from '@parallax/annotate/english'
import type { Block, Sentence } from '@parallax/schema'

/** Abbreviations that never end a sentence (compared without the dot, case-insensitive). */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...english.honorifics,
  ...english.abbreviations,
  ...english.monthAbbreviations,
  ...english.weekdayAbbreviations,
])

/** Abbreviations that may also end a sentence: they end one only before a typical sentence opener. */
const AMBIGUOUS = new Set([
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'plc',
  'llc',
  'bn',
  'mn',
  'm',
  'bln',
  'mln',
])

/** Words that typically open a sentence; after "U.S." or "etc." they mark a boundary. */
const OPENERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'it',
  'its',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'his',
  'her',
  'their',
  'our',
  'my',
  'but',
  'and',
  'however',
  'meanwhile',
  'in',
  'on',
  'at',
  'after',
  'before',
  'while',
  'when',
  'as',
  'there',
  'some',
  'many',
  'both',
  'if',
  'although',
  'though',
  'still',
  'yet',
  'so',
  'then',
  'now',
  'since',
  'during',
  'for',
  'with',
  'according',
  'earlier',
  'later',
  'last',
  'next',
  'one',
  'two',
  'no',
  'not',
  'what',
  'who',
  'why',
  'how',
  'officials',
  'analysts',
  'critics',
  'experts',
])

// Only from the start of a run of terminators (the lookbehind), so a long run ("......x") is
// tried once, not once per character.
const TERMINATOR = /(?<![.!?…])[.!?…]+["'”’»)\]]*(?=\s|$)/g
const OPENING = /["'“‘«([¿¡\p{Lu}\p{N}]/u

/**
 * Sentence ranges `[start, end)` in a block's text. A sentence ends at `.`, `!`, `?` or `…`
 * (with any closing quotes or brackets after it) followed by a space and a capital, digit or
 * opening quote. Not at: abbreviations and titles (`Gen.`, `Feb.`, `Mr.`), single-letter initials
 * (`J. Smith`), decimals (`2.5`, no space follows), or a quotation that ends in a comma
 * (`…stage,” he said.`), or an ellipsis inside a sentence (`cards… You’re`). After initialisms (`U.S.`) and abbreviations that can end a sentence
 * (`etc.`), only before a typical sentence opener ("The", "He", "But"…).
 */
export function splitSentences(text: string): [number, number][] {
  const out: [number, number][] = []
  let start = skipSpace(text, 0)
  TERMINATOR.lastIndex = 0
  for (let m = TERMINATOR.exec(text); m !== null; m = TERMINATOR.exec(text)) {
    const end = m.index + m[0].length
    const next = skipSpace(text, end)
    if (next >= text.length) break
    if (!OPENING.test(text[next]!)) continue
    // An ellipsis is a pause ("You don’t hold the cards… You’re gambling"), unless a quotation closes after it.
    if (/^(?:…|\.{3,})$/.test(m[0])) continue
    if (m[0].startsWith('.') && !m[0].startsWith('..') && !isBoundaryAfterDot(text, m.index, next))
      continue
    if (end > start) out.push([start, end])
    start = next
  }
  const last = trimEnd(text, text.length)
  if (last > start) out.push([start, last])
  return out
}

function isBoundaryAfterDot(text: string, dot: number, next: number): boolean {
  let s = dot
  while (s > 0 && !/[\s"'“‘«([]/.test(text[s - 1]!)) s--
  const token = text.slice(s, dot)
  if (token.length === 0) return true
  const lower = token.toLowerCase()
  const nextWord = (/^[\p{L}’']+/u.exec(text.slice(next)) ?? [''])[0].toLowerCase()
  if (ABBREVIATIONS.has(lower)) return false
  // Single capital initial: "J. Smith".
  if (/^\p{Lu}$/u.test(token)) return false
  // Initialisms: "U.S.", "J.D.", "a.m.".
  if (/^(?:\p{L}\.)+\p{L}$/u.test(token)) return OPENERS.has(nextWord)
  if (AMBIGUOUS.has(lower)) return OPENERS.has(nextWord)
  return true
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++
  return i
}

function trimEnd(text: string, i: number): number {
  while (i > 0 && /\s/.test(text[i - 1]!)) i--
  return i
}

/**
 * The sentences of every block, ids `s0`, `s1`… in reading order. `span` is the source range
 * (through `Block.map`), `raw` the exact source slice, `text` the readable form.
 */
export function sentencesOf(source: string, blocks: readonly Block[]): Sentence[] {
  const out: Sentence[] = []
  for (const block of blocks) {
    for (const [start, end] of splitSentences(block.text)) {
      const span = toSourceSpan(block, start, end)
      out.push({
        id: `s${out.length}`,
        block: block.id,
        span,
        raw: source.slice(span.start, span.end),
        text: block.text.slice(start, end),
      })
    }
  }
  return out
}
