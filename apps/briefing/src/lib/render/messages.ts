import type { PageSize } from '@parallax/renderer'
import type { Briefing, Diagnostic } from '@parallax/schema'

/** Main thread → PDF worker: one briefing to draw. */
export interface PdfTask {
  readonly kind: 'render'
  readonly briefing: Briefing
  readonly pageSize: PageSize
}

/**
 * Main thread → PDF worker: texts the briefing will cite (the articles' clean texts), to shape
 * their words while the main thread aligns and composes (`preparePdf`). No reply.
 */
export interface PdfPrepare {
  readonly kind: 'prepare'
  readonly texts: readonly string[]
}

/** What the main thread sends the PDF worker. */
export type PdfMessage = PdfTask | PdfPrepare

/**
 * PDF worker → main thread: the document's bytes and the warnings `renderPdf` gave for it, or
 * the message and class name of the error it threw.
 */
export type PdfReply =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly warnings: readonly Diagnostic[] }
  | { readonly ok: false; readonly name: string; readonly message: string }
