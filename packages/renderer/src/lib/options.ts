import type { Diagnostic } from '@parallax/schema'
import { sectionRenderers } from './sections/index.js'
import type { SectionRenderers } from './sections/types.js'

/** Paper size of the PDF and of the HTML print stylesheet. */
export type PageSize = 'A4' | 'Letter'

/** Options shared by `renderHtml` and `renderPdf`. */
export interface RenderOptions {
  /**
   * Paper size: the PDF's page size, and the `@page` size of the HTML print stylesheet.
   * @default 'A4'
   */
  readonly pageSize?: PageSize | null | undefined
  /**
   * Section renderers that replace the built-in ones for their kind (see "Adding a section").
   * @default {} (every kind drawn by `sectionRenderers`)
   */
  readonly sections?: Partial<SectionRenderers> | null | undefined
}

/** Options of `renderHtml`. */
export interface RenderHtmlOptions extends RenderOptions {}

/** Options of `renderPdf`. */
export interface RenderPdfOptions extends RenderOptions {
  /**
   * Compress page content streams (Flate). Turn off only to inspect the raw PDF.
   * @default true
   */
  readonly compress?: boolean | null | undefined
  /**
   * Draw the source texts (each cited source's clean text, cited sentences highlighted and
   * linked) after the source list, when the briefing carries them.
   * @default true
   */
  readonly appendix?: boolean | null | undefined
  /**
   * Called with each warning about the PDF, a `Diagnostic` of severity `warning`: a character no
   * embedded font has a glyph for (`render/missing-glyph`, drawn as an empty box), a fallback
   * font that could not be read (`render/font-unavailable`).
   * @default each is emitted as a Node process warning (printed on stderr)
   */
  readonly onWarning?: ((warning: Diagnostic) => void) | null | undefined
}

export const defaultPageSize: PageSize = 'A4'

/** The page size to use, checked: an unknown value is a programming error. */
export function resolvePageSize(value: PageSize | null | undefined): PageSize {
  if (value === undefined || value === null) return defaultPageSize
  if (value !== 'A4' && value !== 'Letter') {
    throw new TypeError(`Invalid pageSize: expected 'A4' or 'Letter', got ${JSON.stringify(value)}`)
  }
  return value
}

/** The built-in section renderers with `overrides` in their place. */
export function resolveSections(
  overrides: Partial<SectionRenderers> | null | undefined,
): SectionRenderers {
  if (!overrides || Object.keys(overrides).length === 0) return sectionRenderers
  const merged = { ...sectionRenderers } as Record<string, unknown>
  for (const [kind, renderer] of Object.entries(overrides)) {
    if (!(kind in sectionRenderers))
      throw new TypeError(
        `Invalid sections: no section kind ${JSON.stringify(kind)} (known: ${Object.keys(sectionRenderers).join(', ')})`,
      )
    if (renderer) merged[kind] = renderer
  }
  return merged as unknown as SectionRenderers
}
