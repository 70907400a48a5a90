import type { OffsetMap } from '@parallax/annotate'
import type { Span } from '@parallax/schema'
import { shouldJoinHyphenated } from './dehyphenate.js'

/** Options of `readableText`. */
export interface ReadableTextOptions {
  /**
   * Undo hyphenation at line ends (`negoti-\nations` → `negotiations`, while
   * `ultra-\nconservative` keeps its hyphen). Default: `false`.
   */
  dehyphenate?: boolean
  /** Source ranges left out of the text (markup, citation markers), sorted. Default: none. */
  exclude?: readonly Span[]
  /** Words of the whole document (lower case), used as evidence when dehyphenating. Default: none. */
  vocabulary?: ReadonlySet<string> | null
  /**
   * Source ranges read as other text (a Markdown escape `\\*` as `*`, a character reference
   * `&amp;` as `&`), sorted, not overlapping `exclude`. Each starts a map run of its own, and the
   * run after it starts where the range ends, so `toSourceSpan` covers the whole range.
   * Default: none.
   */
  replace?: readonly Replacement[]
}

/** A source range read as other text: see `ReadableTextOptions.replace`. */
export interface Replacement extends Span {
  /** The text the range reads as. */
  text: string
}

/** A block's readable text, its map to the source and its source span. */
export interface ReadableText {
  text: string
  map: OffsetMap
  span: Span
  /** For each exclusion inside the range, the text offset where it stood (same order). */
  marks: { exclusion: number; offset: number }[]
}

const WS = { test: isSpace }

/** Same as `/\s/.test(char)` for one character, without a regular expression. */
function isSpace(char: string): boolean {
  const c = char.charCodeAt(0)
  if (c === 32 || (c >= 9 && c <= 13)) return true
  if (c < 128) return false
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}
/**
 * Invisible characters live pages scatter through text (U+200B zero-width space, U+2060 word
 * joiner; U+200C/U+200D joiners next to Latin text or spaces, where they join nothing): they break
 * names and cues ("Hipper\u200d said"), so the readable text leaves them out (spans stay exact).
 */
function isInvisible(source: string, i: number): boolean {
  const c = source.charCodeAt(i)
  if (c === 0x200b || c === 0x2060) return true
  if (c !== 0x200c && c !== 0x200d) return false
  const near = (k: number) => k < 0 || k >= source.length || source.charCodeAt(k) < 0x250
  return near(i - 1) || near(i + 1)
}
const LETTER = /\p{L}/u
const LOWER = /\p{Ll}/u
const ALNUM = /[\p{L}\p{N}]/u

/**
 * The readable text of `source[start, end)`: whitespace runs (line breaks, no-break spaces,
 * stray leading spaces) collapsed to one space and trimmed, soft hyphens and invisible characters
 * (`isInvisible`) dropped, non-breaking
 * hyphens (U+2011) written `-`, excluded ranges left out and, on request, line-end hyphenation
 * undone. Returns `null` when nothing readable is left. The map ties every text offset back to
 * the source (see `Block.map`).
 */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: pre-existing (91); to split by pattern (issue 9)
export function readableText(
  source: string,
  start: number,
  end: number,
  options?: Readonly<ReadableTextOptions> | null,
): ReadableText | null {
  while (start < end && WS.test(source[start]!)) start++
  while (end > start && WS.test(source[end - 1]!)) end--
  if (start >= end) return null
  const exclude = options?.exclude ?? []
  const dehyphenate = options?.dehyphenate ?? false
  const vocabulary = options?.vocabulary ?? null
  const replace = options?.replace ?? []
  let rep = 0
  while (rep < replace.length && replace[rep]!.end <= start) rep++
  const out: string[] = []
  let length = 0
  const map: [number, number][] = []
  const marks: { exclusion: number; offset: number }[] = []
  let nextSource = -1
  let lastChar = ''
  /** Source end of a replacement that is the last text so far (for the closing map pair). */
  let replacedTo = -1
  let ex = 0
  while (ex < exclude.length && exclude[ex]!.end <= start) ex++

  const emit = (char: string, at: number, force = false) => {
    if (force || at !== nextSource) map.push([length, at])
    replacedTo = -1
    out.push(char)
    length += char.length
    nextSource = at + 1
    lastChar = char
  }

  let i = start
  while (i < end) {
    const zone = exclude[ex]
    if (zone && i >= zone.start) {
      marks.push({ exclusion: ex, offset: length })
      i = Math.max(i, zone.end)
      ex++
      continue
    }
    const limit = zone ? Math.min(end, zone.start) : end
    const swap = replace[rep]
    if (swap && i >= swap.start) {
      rep++
      if (i > swap.start) continue
      const read = swap.text.replace(/\u00ad/g, '').replace(/\u2011/g, '-')
      if (read.length > 0 && [...read].every(isSpace)) {
        // `&nbsp;`: whitespace, collapsed like any other.
        if (length > 0 && lastChar !== ' ') emit(' ', i, true)
      } else if (read.length > 0) {
        emit(read, i, true)
        replacedTo = swap.end
      }
      i = swap.end
      nextSource = -1
      continue
    }
    const char = source[i]!
    if (WS.test(char)) {
      let j = i + 1
      while (j < limit && WS.test(source[j]!)) j++
      if (length > 0 && lastChar !== ' ' && j < end) emit(' ', i)
      i = j
      continue
    }
    if (char === '\u00ad' || isInvisible(source, i)) {
      i++
      continue
    }
    if (
      dehyphenate &&
      (char === '-' || char === '\u2010') &&
      (LETTER.test(lastChar) || lastChar === '.')
    ) {
      let j = i + 1
      while (j < limit && (source[j] === ' ' || source[j] === '\t')) j++
      if (source[j] === '\n') {
        let k = j
        while (k < limit && WS.test(source[k]!)) k++
        if (k < limit && ALNUM.test(source[k]!)) {
          // "U.S.-\nRussian", "2025-\n26": a hyphen before a capital or digit always stays.
          const join =
            LETTER.test(lastChar) &&
            LOWER.test(source[k]!) &&
            shouldJoinHyphenated(wordBefore(source, i), wordAfter(source, k), vocabulary)
          if (!join) emit('-', i)
          i = k
          continue
        }
      }
    }
    emit(char === '\u2011' ? '-' : char, i)
    i++
  }
  while (lastChar === ' ' && out.length > 0) {
    out.pop()
    length--
    lastChar = out[out.length - 1] ?? ''
  }
  while (map.length > 0 && map[map.length - 1]![0] >= length && map.length > 1) map.pop()
  if (length === 0) return null
  // The text ends with a replacement: a closing pair marks where its source range ends.
  if (replacedTo !== -1 && lastChar !== ' ') map.push([length, replacedTo])
  for (const mark of marks) if (mark.offset > length) mark.offset = length
  return { text: out.join(''), map, span: { start, end }, marks }
}

function wordBefore(source: string, hyphen: number): string {
  let s = hyphen
  while (s > 0 && LETTER.test(source[s - 1]!)) s--
  return source.slice(s, hyphen)
}

function wordAfter(source: string, from: number): string {
  let e = from
  while (e < source.length && LETTER.test(source[e]!)) e++
  return source.slice(from, e)
}
