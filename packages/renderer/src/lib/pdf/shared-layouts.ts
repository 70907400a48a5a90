import type PDFDocument from 'pdfkit'

/**
 * pdfkit's word layouts of one font file: what its `EmbeddedFont` keeps in `layoutCache` (a run
 * of glyphs and positions per piece of text, in the font's units scaled to 1,000 to the em).
 */
type LayoutCache = Record<string, unknown>

/** The parts of pdfkit's document and embedded font this module reads (pdfkit 0.17). */
interface Internals {
  _font?: { layoutCache?: LayoutCache } | null
  _fontCount?: number
  _registeredFonts?: Record<string, { src?: unknown } | undefined>
}

/** Layouts by font file, for the whole process (a font file's bytes are loaded once). */
const caches = new WeakMap<Uint8Array, LayoutCache>()

let hits = 0
let misses = 0

/**
 * The layout cache of the font file `bytes`, shared by every document of the process. What is
 * cached is a pure function of the font file and the text (pdfkit shapes a word at 1,000 units to
 * the em, without the type size), and pdfkit never changes a cached layout (one document already
 * shares each of them between all the places a word is drawn), so sharing changes no byte.
 */
function cacheOf(bytes: Uint8Array): LayoutCache {
  let cache = caches.get(bytes)
  if (!cache) {
    // Counts how often a piece of text is found already shaped (for `layoutStats`).
    cache = new Proxy(Object.create(null) as LayoutCache, {
      get(target, key) {
        const found = Reflect.get(target, key)
        if (typeof key === 'string') {
          if (found === undefined) misses += 1
          else hits += 1
        }
        return found
      },
    })
    caches.set(bytes, cache)
  }
  return cache
}

/**
 * `PDFDocument` whose fonts share their word layouts with every other document of the process
 * made by this class: a word shaped once (by `warmPdf`, `preparePdf` or an earlier document) is
 * not shaped again. Only fonts registered with bytes (`registerFont(name, bytes)`, as `FontSet`
 * does) share; a font given by path or a standard font keeps its own cache.
 */
export function sharingLayouts(Base: typeof PDFDocument): typeof PDFDocument {
  class SharingDocument extends Base {
    override font(src: PDFKit.Mixins.PDFFontSource, family?: string | number, size?: number): this {
      const self = this as unknown as Internals
      const count = self._fontCount
      super.font(src, family as string, size)
      // A new embedded font was made for this document: give it the process's layouts.
      if (self._fontCount !== count && typeof src === 'string') {
        const bytes = self._registeredFonts?.[src]?.src
        const font = self._font
        if (bytes instanceof Uint8Array && font?.layoutCache) font.layoutCache = cacheOf(bytes)
      }
      return this
    }
  }
  return SharingDocument
}

/** Lookups of the shared layouts so far in this process: found, and shaped anew (for tests and measurement). */
export function layoutStats(): { readonly hits: number; readonly misses: number } {
  return { hits, misses }
}
