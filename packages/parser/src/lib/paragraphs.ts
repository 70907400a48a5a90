import type { Span } from '@parallax/schema'
import { HEADER_REACH, isHeaderLine } from './header-line.js'

/** A line of the source text: `[start, end)` without its `\n`. */
export type Line = Span

/** The lines of `text[start, end)`. */
export function linesOf(text: string, start = 0, end = text.length): Line[] {
  const lines: Line[] = []
  let s = start
  while (s <= end) {
    // A bounded scan (indexOf could read far past `end` on every call).
    let e = s
    while (e < end && text.charCodeAt(e) !== 10) e++
    lines.push({ start: s, end: e })
    s = e + 1
  }
  return lines
}

/** True when the line holds only whitespace. */
export function isBlank(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) if (!/\s/.test(text[i]!)) return false
  return true
}

/** Runs of consecutive non-blank lines, with the number of blank lines before each. */
export function chunksOf(
  text: string,
  lines: readonly Line[],
): { lines: Line[]; blankBefore: number }[] {
  const chunks: { lines: Line[]; blankBefore: number }[] = []
  let current: Line[] = []
  let blank = 0
  for (const line of lines) {
    if (isBlank(text, line)) {
      if (current.length > 0) {
        chunks.push({ lines: current, blankBefore: blank })
        current = []
        blank = 0
      }
      blank++
    } else current.push(line)
  }
  if (current.length > 0) chunks.push({ lines: current, blankBefore: blank })
  return chunks
}

const SENTENCE_END = /[.!?…:;]["'”’»)\]]*\s*$/
const LOWER_START = /^\s*\p{Ll}/u

/** The trimmed text of a line. */
export function lineText(text: string, line: Line): string {
  return text.slice(line.start, line.end).trim()
}

/**
 * Whether a chunk of lines is hard-wrapped prose (lines broken at a width) rather than one
 * paragraph per line: some line ends mid-sentence and the next starts in lower case, or every
 * line but the last is of typical wrap width (40–120 characters) without ending a sentence.
 */
export function isHardWrapped(text: string, lines: readonly Line[]): boolean {
  if (lines.length < 2) return false
  let lowerContinuations = 0
  let wrapLike = 0
  for (let k = 0; k < lines.length - 1; k++) {
    const here = lineText(text, lines[k]!)
    const next = text.slice(lines[k + 1]!.start, lines[k + 1]!.end)
    if (!SENTENCE_END.test(here) && LOWER_START.test(next)) lowerContinuations++
    if (here.length >= 40 && here.length <= 120 && !SENTENCE_END.test(here)) wrapLike++
  }
  let longest = 0
  for (let k = 0; k < lines.length - 1; k++)
    longest = Math.max(longest, lineText(text, lines[k]!).length)
  if (longest > 160) return false
  return lowerContinuations > 0 || wrapLike === lines.length - 1
}

/**
 * Paragraph ranges of plain text: chunks separated by blank lines; a hard-wrapped chunk is one
 * paragraph, any other chunk is one paragraph per line. At the top of the text, header lines
 * (a byline, a date line) and every line above them in their chunk (the title) stand alone even
 * without blank lines between them ("Title\nBy Jane Roe | The Courier\nJuly 9, 2025").
 */
export function paragraphRanges(text: string, start = 0, end = text.length): Span[] {
  const out: Span[] = []
  let seen = 0
  for (const chunk of chunksOf(text, linesOf(text, start, end))) {
    let lines = chunk.lines
    let lastHeader = -1
    for (let k = 0; k < lines.length && seen + k < HEADER_REACH; k++)
      if (isHeaderLine(lineText(text, lines[k]!))) lastHeader = k
    seen += lines.length
    if (lastHeader >= 0) {
      for (const line of lines.slice(0, lastHeader + 1)) out.push({ ...line })
      lines = lines.slice(lastHeader + 1)
      if (lines.length === 0) continue
    }
    if (isHardWrapped(text, lines)) {
      out.push({ start: lines[0]!.start, end: lines[lines.length - 1]!.end })
    } else for (const line of lines) out.push({ ...line })
  }
  return out
}
