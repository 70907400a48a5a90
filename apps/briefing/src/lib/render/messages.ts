import type { PageSize } from '@parallax/renderer'
import type { Briefing, Diagnostic } from '@parallax/schema'

/** Main thread → PDF worker: one briefing to draw. */
export interface PdfTask {
  readonly briefing: Briefing
  readonly pageSize: PageSize
}

/**
 * PDF worker → main thread: the document's bytes and the warnings `renderPdf` gave for it, or
 * the message and class name of the error it threw.
 */
export type PdfReply =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly warnings: readonly Diagnostic[] }
  | { readonly ok: false; readonly name: string; readonly message: string }
