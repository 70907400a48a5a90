import { readParagraphs } from '../read-plain.js'
import { reflowPdfText, vocabularyOf } from '../reflow-pdf-text.js'
import { endsSentence } from '../shape.js'
import type { ReadResult, SourcePlugin } from '../types.js'

/** Read text extracted from a PDF: reflowed paragraphs, hyphenation undone, page breaks removed. */
export function readPdfText(text: string): ReadResult {
  const { ranges, removed } = reflowPdfText(text)
  const exclude = removed
    .filter((r) => r.detail !== 'page-break: blank gap inside a paragraph')
    .map((r) => r.span)
  const result = readParagraphs(text, ranges, {
    citations: true,
    dehyphenate: true,
    vocabulary: vocabularyOf(text),
    exclude,
  })
  for (const r of removed) result.removed.push(r)
  return result
}

/**
 * Text extracted from a PDF: hard-wrapped lines of similar width, most ending mid-sentence.
 * Detected by the share of lines of wrap width (50–120 characters) that do not end a sentence
 * and are followed by a line starting in lower case.
 */
export default function sourcePdfText(): SourcePlugin {
  return {
    id: 'pdf-text',
    detect(text) {
      const lines = text.split('\n')
      let wrapped = 0
      let long = 0
      for (let k = 0; k < lines.length - 1; k++) {
        const t = lines[k]!.trim()
        if (t.length > 160) long++
        if (
          t.length >= 50 &&
          t.length <= 120 &&
          !endsSentence(t) &&
          /^\s*\p{Ll}/u.test(lines[k + 1]!)
        )
          wrapped++
      }
      const nonBlank = lines.filter((l) => l.trim().length > 0).length || 1
      if (long > nonBlank * 0.1) return 0
      return Math.min(0.8, (wrapped / nonBlank) * 1.5)
    },
    read: (text) => readPdfText(text),
  }
}
