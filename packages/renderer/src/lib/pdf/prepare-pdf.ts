import { Flow } from './flow.js'
import { FontSet } from './font-set.js'
import type { FontKey } from './fonts.js'
import { pdfLibraries } from './libraries.js'

/** Options of `preparePdf`. */
export interface PreparePdfOptions {
  /** The faces to shape the words in. Default: `['serif']`, the face of statements and sources' text. */
  readonly faces?: readonly FontKey[]
}

/** A document that is never ended: its only use is to shape words into the shared layouts. */
let scratch: Promise<Flow> | undefined

function scratchFlow(): Promise<Flow> {
  scratch ??= pdfLibraries().then(({ PDFDocument, createFont }) => {
    const doc = new PDFDocument({ font: null as unknown as string, autoFirstPage: true })
    return new Flow(doc, { left: 0, top: 0, width: 500, bottom: 800 }, new FontSet(doc, createFont))
  })
  return scratch
}

/**
 * Shapes the words of `text` ahead of a render, the way the PDF layout measures and draws them
 * (each word with the space after it, and as it ends a line; a character the face lacks in its
 * fallback font), into the layouts every document of the process shares (`sharingLayouts`), so
 * that a later `renderPdf` of a briefing that quotes or cites this text finds its words shaped.
 * Meant for a thread that waits for its briefing: the `parallax brief` command sends each
 * article's text to its PDF worker as soon as it is parsed. Changes no output.
 */
export async function preparePdf(
  text: string,
  options?: Readonly<PreparePdfOptions> | null,
): Promise<void> {
  const flow = await scratchFlow()
  const faces = options?.faces ?? ['serif']
  const seen = new Set<string>()
  for (const word of text.split(/[ \t\n\r\f\v]+/)) {
    if (word === '' || seen.has(word)) continue
    seen.add(word)
    for (const face of faces) {
      flow.measure.width(word, face, 10)
      for (const segment of flow.fonts.segments(word, face))
        flow.doc.font(segment.font).widthOfString(segment.text)
    }
  }
}
