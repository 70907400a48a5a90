import type { Span } from '@parallax/schema'
import { HEADER_REACH, isHeaderLine } from './header-line.js'
import { chunksOf, type Line, linesOf, lineText } from './paragraphs.js'
import { endsSentence } from './shape.js'
import type { DraftRemoval } from './types.js'

const PAGE_NUMBER = /^(?:page\s*)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$/i
const LOWER_START = /^\s*[\p{Ll}]/u

/**
 * Paragraph ranges of text extracted from a PDF. Lines are hard-wrapped: a paragraph runs until
 * a blank line, or until a line that ends a sentence is followed by an indented line (a stray
 * leading space marks a paragraph start) or is much shorter than the text's wrap width. A blank
 * gap inside a sentence (the previous line does not end one and the next starts in lower case)
 * is a page break: the paragraph continues across it, and the gap is recorded (`page-break`).
 * A short line that does not end a sentence (a title, byline or date line) also ends its
 * paragraph when the next line starts with a capital, digit or quotation mark.
 * Near the top, a byline or date line stands alone, and so does the line before it (the title).
 * Lines holding only a page number, short lines repeated on several pages (running heads) and
 * short upper-case lines beside a page number are removed (`page-break`).
 */
export function reflowPdfText(text: string): { ranges: Span[]; removed: DraftRemoval[] } {
  const lines = linesOf(text)
  const removed: DraftRemoval[] = []
  const counts = new Map<string, number>()
  for (const line of lines) {
    const t = lineText(text, line)
    if (t.length > 0 && t.length <= 60) counts.set(t, (counts.get(t) ?? 0) + 1)
  }
  const noise = (line: Line) => {
    const t = lineText(text, line)
    if (PAGE_NUMBER.test(t)) return 'page number'
    if ((counts.get(t) ?? 0) >= 3 && !endsSentence(t))
      return 'running head repeated on several pages'
    return null
  }
  // A short upper-case line beside a page number is a running head even when it appears once.
  const pageNumberAt = new Set(
    lines.flatMap((l, i) => (PAGE_NUMBER.test(lineText(text, l)) ? [i] : [])),
  )
  const nearPageNumber = (i: number) => {
    for (const step of [-1, 1]) {
      let j = i + step
      while (j >= 0 && j < lines.length && lineText(text, lines[j]!).length === 0) j += step
      if (pageNumberAt.has(j)) return true
    }
    return false
  }
  const beside = (line: Line, i: number) => {
    const t = lineText(text, line)
    return t.length > 0 &&
      t.length <= 60 &&
      /\p{Lu}{2}/u.test(t) &&
      !/\p{Ll}/u.test(t) &&
      !endsSentence(t) &&
      nearPageNumber(i)
      ? 'running head beside a page number'
      : null
  }
  const kept: Line[] = []
  for (const [i, line] of lines.entries()) {
    const why = noise(line) ?? beside(line, i)
    if (why) {
      const t = text.slice(line.start, line.end)
      const lead = t.length - t.trimStart().length
      removed.push({
        span: { start: line.start + lead, end: line.start + t.trimEnd().length },
        reason: 'page-break',
        detail: `page-break: ${why}`,
      })
      kept.push({ start: line.start, end: line.start })
    } else kept.push(line)
  }
  const widths = kept
    .map((l) => lineText(text, l).length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b)
  const wrap = widths[Math.floor(widths.length * 0.9)] ?? 80

  const ranges: Span[] = []
  let open: { start: number; end: number; lastLine: string } | null = null
  const close = () => {
    if (open) ranges.push({ start: open.start, end: open.end })
    open = null
  }
  // Header lines (a byline, a date line) near the top stand alone, and so does the line above
  // them (the title), whatever its width.
  let nonBlank = 0
  let lastHeader = false
  for (const chunk of chunksOf(text, kept)) {
    chunk.lines.forEach((line, k) => {
      const raw = text.slice(line.start, line.end)
      const t = raw.trim()
      const header = nonBlank < HEADER_REACH && isHeaderLine(t)
      if (t.length > 0) nonBlank++
      if (open && k > 0 && (header || lastHeader)) close()
      lastHeader = header
      if (open && k === 0) {
        // A blank gap: a page break when the sentence carries on across it.
        if (!endsSentence(open.lastLine) && LOWER_START.test(raw)) {
          removed.push({
            span: { start: open.end, end: line.start + (raw.length - raw.trimStart().length) },
            reason: 'page-break',
            detail: 'page-break: blank gap inside a paragraph',
          })
        } else close()
      } else if (open && k > 0 && startsParagraph(open.lastLine, raw, wrap)) close()
      if (!open) open = { start: line.start, end: line.end, lastLine: t }
      else {
        open.end = line.end
        open.lastLine = t
      }
    })
  }
  close()
  return { ranges, removed }
}

/**
 * Whether a line that follows `lastLine` without a blank gap starts a new paragraph: after a
 * sentence end when indented or after a short line; or after a short line that neither ends
 * a sentence nor breaks one (a title, a byline, a date line), since a wrapped line runs to near
 * the wrap width.
 */
function startsParagraph(lastLine: string, raw: string, wrap: number): boolean {
  const short = lastLine.length < wrap * 0.6
  if (endsSentence(lastLine) && (/^\s/.test(raw) || short)) return true
  return short && !/[-‐,;:(]$/u.test(lastLine) && /^\s*[\p{Lu}\p{N}"“‘']/u.test(raw)
}

/** Lower-case words of a text, hyphenated compounds included, as evidence for dehyphenation. */
export function vocabularyOf(text: string): Set<string> {
  const out = new Set<string>()
  for (const m of text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) out.add(m[0].toLowerCase())
  return out
}
