import { renderPdf } from './render-pdf.js'
import { warmBriefing } from './warm-briefing.js'

/** Options of `warmPdf`. */
export interface WarmPdfOptions {
  /** Times the sample sentences are repeated in the warm-up briefing. Default: `6`. */
  readonly repeat?: number
}

/**
 * Does once, ahead of time, what makes the first `renderPdf` of a process slow: imports pdfkit
 * and fontkit, reads and parses the IBM Plex faces, and compiles the code that builds the view
 * and lays out, draws, links, subsets and compresses a document, by rendering a small briefing
 * of sample sentences with a section of every kind (`warmBriefing`) and throwing the bytes away. Meant for a thread that waits for its
 * briefing: the `parallax brief` command renders the PDF in a worker thread that calls this as
 * it starts, while the main thread parses. Changes no output: a PDF rendered after it has the
 * same bytes as one rendered without it.
 */
export async function warmPdf(options?: Readonly<WarmPdfOptions> | null): Promise<void> {
  await renderPdf(warmBriefing(options?.repeat ?? 6), { onWarning: () => {} })
}
