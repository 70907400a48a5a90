import type PDFDocument from 'pdfkit'

/**
 * pdfkit's word layouts of one font file: what its `EmbeddedFont` keeps in `layoutCache` (a run
 * of glyphs and positions per piece of text, in the font's units scaled to 1,000 to the em).
 */
type LayoutCache = Record<string, unknown>

/** A font file as fontkit reads it (its tables, decoded on first use, and its decoded glyphs). */
interface FontkitFont {
  createSubset(): unknown
  _glyphs?: Record<number, unknown>
}

/**
 * A document's view of the process's font: it reads the tables the process decoded (through the
 * prototype; fontkit keeps them in the shared `_tables`), but keeps its own glyph objects and
 * layout engine (fontkit caches those on the object that asks). A glyph object keeps the
 * characters of its first use, which become the document's character map (ToUnicode): shared, they
 * would let one document's text change another's bytes.
 */
function documentFont(base: FontkitFont): FontkitFont {
  const font = Object.create(base) as FontkitFont
  font._glyphs = {}
  return font
}

/** The parts of pdfkit's document and embedded font this module reads (pdfkit 0.17). */
interface Internals {
  _font?: { layoutCache?: LayoutCache; font?: FontkitFont; subset?: unknown } | null
  _fontCount?: number
  _registeredFonts?: Record<string, { src?: unknown } | undefined>
}

/** Layouts by font file, for the whole process (a font file's bytes are loaded once). */
const caches = new WeakMap<Uint8Array, LayoutCache>()

/** fontkit's reading of each font file, for the whole process (see `sharedFont`). */
const fonts = new WeakMap<Uint8Array, FontkitFont>()

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
 * The fontkit font of the file `bytes` the process reads once: the first one `make` gives (or a
 * document made it), kept for `FontSet`'s glyph coverage and as what every document's font reads
 * its tables from (`documentFont`); it never lays out text itself. fontkit decodes a font's
 * tables (cmap, metrics, GSUB, GPOS) on first use and keeps them; reading the file anew per
 * document decoded them again. A font read from the same bytes answers the same.
 */
export function sharedFont<Font extends object>(bytes: Uint8Array, make: () => Font): Font {
  let font = fonts.get(bytes) as Font | undefined
  if (!font) {
    font = make()
    fonts.set(bytes, font as unknown as FontkitFont)
  }
  return font
}

/**
 * `PDFDocument` whose fonts share their word layouts with every other document of the process
 * made by this class: a word shaped once (by `warmPdf`, `preparePdf` or an earlier document) is
 * not shaped again. They share fontkit's reading of each font file too (`sharedFont`); what is
 * per document (the subset of glyphs embedded, their widths and character map) stays so. Only fonts registered with bytes (`registerFont(name, bytes)`, as `FontSet`
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
        if (bytes instanceof Uint8Array && font?.layoutCache) {
          font.layoutCache = cacheOf(bytes)
          const own = font.font
          if (own) {
            font.font = documentFont(sharedFont(bytes, () => own))
            font.subset = font.font.createSubset()
          }
        }
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
