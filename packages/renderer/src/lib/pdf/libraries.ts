import { createRequire } from 'node:module'
import type { Font } from 'fontkit'
import type PDFDocument from 'pdfkit'
import { sharingLayouts } from './shared-layouts.js'

const require = createRequire(import.meta.url)

/** The libraries that draw a PDF, loaded on the first `renderPdf` (an HTML page needs neither). */
export interface PdfLibraries {
  /** pdfkit's document class, its fonts sharing word layouts across documents (`sharingLayouts`). */
  readonly PDFDocument: typeof PDFDocument
  /** fontkit's `create`: reads a font's tables (the fallback fonts' character coverage). */
  readonly createFont: (bytes: Buffer) => Font
}

let loading: Promise<PdfLibraries> | undefined

/**
 * pdfkit and fontkit, imported once per process on first use: importing the renderer (or
 * drawing only HTML) does not pay their ~0.4 s of module loading. fontkit is required as
 * CommonJS, the build pdfkit itself requires, so the process holds one copy of it (its ESM
 * build would be a second one, loaded and compiled again).
 */
export function pdfLibraries(): Promise<PdfLibraries> {
  loading ??= import('pdfkit').then((pdfkit) => {
    const fontkit = require('fontkit') as typeof import('fontkit')
    return {
      PDFDocument: sharingLayouts(pdfkit.default),
      createFont: (bytes: Buffer) => fontkit.create(bytes) as Font,
    }
  })
  return loading
}
