import { type PdfTextItem, readPdfPages } from '../pdf-isolate.js'
import { diagnosticAtByte } from '../position.js'
import type { ExtractedText, SourcePlugin } from '../types.js'
import { readPdfText } from './pdf-text.js'

/** Options of the PDF plugin. */
export interface PdfOptions {
  /** Most pages read. Default: `500`. */
  maxPages?: number
}

/**
 * Real `.pdf` files: the text of every page read with pdfjs-dist (legacy build, which runs on
 * Node 20 without a browser; loaded on the first PDF, in a worker thread so its polyfills stay
 * out of the parser's isolate), lines ended where pdf.js reports an end of line, a blank line where
 * the vertical gap between lines exceeds 1.6 line heights (a paragraph break), pages joined by a
 * blank line; that text is then read as PDF text (reflow, dehyphenation, page breaks).
 */
export default function sourcePdf(options?: Readonly<PdfOptions> | null): SourcePlugin {
  const maxPages = options?.maxPages ?? 500
  return {
    id: 'pdf',
    detect: () => 0,
    detectBytes(bytes) {
      const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024))
      return head.includes('%PDF-') ? 1 : 0
    },
    async extract(bytes, context): Promise<ExtractedText> {
      const read = await readPdfPages(bytes, maxPages)
      if (!read.ok) {
        const opening = read.stage === 'open'
        return {
          text: '',
          diagnostics: [
            diagnosticAtByte(context.path, opening ? 0 : null, {
              severity: 'error',
              code: 'input/pdf-unreadable',
              message: `PDF could not be ${opening ? 'opened' : 'read'}: ${read.message}`,
              expected: 'a valid PDF file',
            }),
          ],
        }
      }
      return { text: read.pages.map(pageText).join('\n\n'), diagnostics: [] }
    },
    read: (text) => readPdfText(text),
  }
}

/**
 * A page's text: items joined, a line ended where pdf.js reports one, and a blank line where the
 * vertical gap between lines exceeds 1.6 line heights (a paragraph break).
 */
function pageText(items: readonly PdfTextItem[]): string {
  let out = ''
  let lastY: number | null = null
  let lastHeight = 0
  for (const item of items) {
    const y = item.y
    const height = item.height
    if (
      y !== undefined &&
      lastY !== null &&
      out.endsWith('\n') &&
      lastY - y > Math.max(height, lastHeight) * 1.6 * 1.15
    ) {
      out += '\n'
    }
    out += item.str
    if (item.hasEOL) out += '\n'
    if (y !== undefined && item.str.length > 0) {
      lastY = y
      lastHeight = height
    }
  }
  return trimLineEnds(out).trimEnd()
}

/** Spaces and tabs before each line end dropped, in one pass (`/[ \t]+\n/g` is quadratic on a long run of spaces). */
export function trimLineEnds(text: string): string {
  const lines = text.split('\n')
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!
    let end = line.length
    while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--
    if (end < line.length) lines[k] = line.slice(0, end)
  }
  return lines.join('\n')
}
