import { diagnosticAtByte } from '../position.js'
import type { ExtractedText, SourcePlugin } from '../types.js'
import { readPdfText } from './pdf-text.js'

/** Options of the PDF plugin. */
export interface PdfOptions {
  /** Most pages read. Default: `500`. */
  maxPages?: number
}

interface TextItem {
  str?: string
  hasEOL?: boolean
  height?: number
  transform?: number[]
}

/**
 * Real `.pdf` files: the text of every page read with pdfjs-dist (legacy build, which runs on
 * Node 20 without a browser), lines ended where pdf.js reports an end of line, a blank line where
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
    // biome-ignore lint/complexity/noExcessiveCognitiveComplexity: pre-existing (27); to split by pattern (issue 9)
    async extract(bytes, context): Promise<ExtractedText> {
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
      let doc: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>
      try {
        doc = await pdfjs.getDocument({
          data: new Uint8Array(bytes),
          isEvalSupported: false,
          useSystemFonts: false,
          disableFontFace: true,
          verbosity: 0,
        }).promise
      } catch (error) {
        return {
          text: '',
          diagnostics: [
            diagnosticAtByte(context.path, 0, {
              severity: 'error',
              code: 'input/pdf-unreadable',
              message: `PDF could not be opened: ${(error as Error).message}`,
              expected: 'a valid PDF file',
            }),
          ],
        }
      }
      const pages: string[] = []
      try {
        for (let n = 1; n <= Math.min(doc.numPages, maxPages); n++) {
          const page = await doc.getPage(n)
          const content = await page.getTextContent()
          let out = ''
          let lastY: number | null = null
          let lastHeight = 0
          for (const item of content.items as TextItem[]) {
            if (typeof item.str !== 'string') continue
            const y = item.transform?.[5]
            const height = item.height ?? 0
            // A vertical gap of more than 1.6 lines between text lines is a paragraph break.
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
          pages.push(out.replace(/[ \t]+\n/g, '\n').trimEnd())
          page.cleanup()
        }
      } finally {
        await doc.destroy()
      }
      return { text: pages.join('\n\n'), diagnostics: [] }
    },
    read: (text) => readPdfText(text),
  }
}
