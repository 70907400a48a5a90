import type PDFDocument from 'pdfkit'
import { fontFiles } from './fonts.js'

/** A run of glyphs and positions as pdfkit lays out a piece of text (pdfkit 0.17's `layoutRun`). */
interface GlyphRun {
  readonly glyphs: readonly { readonly id: number }[]
  readonly positions: readonly { readonly xAdvance: number }[]
  readonly advanceWidth: number
}

/**
 * pdfkit's word layouts of one font file: what its `EmbeddedFont` keeps in `layoutCache` (a run
 * of glyphs and positions per piece of text, in the font's units scaled to 1,000 to the em).
 */
type LayoutCache = Map<string, GlyphRun>

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

/** The parts of pdfkit's `EmbeddedFont` this module reads or replaces (pdfkit 0.17). */
interface EmbeddedFont {
  layoutCache?: unknown
  font?: FontkitFont
  subset?: unknown
  layoutRun(text: string, features?: unknown): GlyphRun
  layoutCached(text: string): GlyphRun
  layout(text: string, features?: unknown, onlyWidth?: boolean): GlyphRun
}

/** The parts of pdfkit's document and embedded font this module reads (pdfkit 0.17). */
interface Internals {
  _font?: EmbeddedFont | null
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
    cache = new Map()
    caches.set(bytes, cache)
  }
  return cache
}

/**
 * Gives an embedded font the process's layouts of its file: `layoutCached` reads and fills the
 * shared `cache` (a `Map`: pdfkit's own is an object keyed by the text, which V8 keeps as a slow
 * dictionary), counting what it finds for `layoutStats`; in a Plex face (`plex`), a word is not
 * shaped when the same word with (or without) its trailing space is (`besideSpace`). `layout` is pdfkit's, word by word
 * (each word with the space or tab after it) through `layoutCached`, but it appends each word's
 * glyphs and positions in place instead of copying the line's arrays at every word (`concat`).
 * Same glyphs, positions and width as pdfkit's, so the same bytes; with `features` (a run shaped
 * whole, uncached) it is pdfkit's `layoutRun`, as in pdfkit.
 */
function shareLayouts(font: EmbeddedFont, cache: LayoutCache, plex: boolean): void {
  font.layoutCache = cache
  font.layoutCached = (text) => {
    let run = cache.get(text)
    if (run !== undefined) hits += 1
    else {
      run = (plex ? besideSpace(text, cache) : null) ?? shape(font, text)
      cache.set(text, run)
    }
    return run
  }
  font.layout = (text, features, onlyWidth) => {
    if (features) return font.layoutRun(text, features)
    const glyphs: GlyphRun['glyphs'][number][] | null = onlyWidth ? null : []
    const positions: GlyphRun['positions'][number][] | null = onlyWidth ? null : []
    let advanceWidth = 0
    let last = 0
    for (let index = 0; index <= text.length; index += 1) {
      const code = text.charCodeAt(index)
      // A word ends after a space or a tab, and at the end of the text.
      if (code !== 32 && code !== 9 && !(index === text.length && last < index)) continue
      const run = font.layoutCached(text.slice(last, index + 1))
      if (glyphs && positions)
        for (let k = 0; k < run.glyphs.length; k += 1) {
          glyphs.push(run.glyphs[k] as GlyphRun['glyphs'][number])
          positions.push(run.positions[k] as GlyphRun['positions'][number])
        }
      advanceWidth += run.advanceWidth
      last = index + 1
    }
    return { glyphs: glyphs ?? [], positions: positions ?? [], advanceWidth }
  }
}

/** Shapes `text` with fontkit (pdfkit's `layoutRun`): a miss of the shared layouts. */
function shape(font: EmbeddedFont, text: string): GlyphRun {
  misses += 1
  return font.layoutRun(text)
}

/**
 * The layout of a word (no space or tab in it) with its trailing space, from the word's layout
 * and the space's, or of the word alone, from its layout with the space: no Plex face kerns or
 * substitutes across a space (`test/pdf-word-width.test.ts` checks glyphs and positions for every
 * character of every face), so the space is one glyph after the word's, whatever the word. The
 * glyph and position objects are those of the layouts found (pdfkit only reads them). `null`
 * when neither layout is cached yet, or for a piece that is not one word.
 */
function besideSpace(text: string, cache: LayoutCache): GlyphRun | null {
  const space = text.length < 2 ? undefined : cache.get(' ')
  if (space === undefined) return null
  if (space.glyphs.length !== 1) return null
  const spaced = text.charCodeAt(text.length - 1) === 32
  const word = spaced ? text.slice(0, -1) : text
  if (/[ \t]/.test(word)) return null
  if (spaced) {
    const alone = cache.get(word)
    return alone ? joined(alone, space, alone.glyphs.length) : null
  }
  const withSpace = cache.get(`${word} `)
  if (!withSpace || withSpace.glyphs[withSpace.glyphs.length - 1]?.id !== space.glyphs[0]?.id)
    return null
  return joined(withSpace, null, withSpace.glyphs.length - 1)
}

/** The first `count` glyphs of `run`, then `space`'s, with their width summed as fontkit does. */
function joined(run: GlyphRun, space: GlyphRun | null, count: number): GlyphRun {
  const glyphs = run.glyphs.slice(0, count)
  const positions = run.positions.slice(0, count)
  if (space) {
    glyphs.push(space.glyphs[0] as GlyphRun['glyphs'][number])
    positions.push(space.positions[0] as GlyphRun['positions'][number])
  }
  let advanceWidth = 0
  for (const position of positions) advanceWidth += position.xAdvance
  return { glyphs, positions, advanceWidth }
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
          shareLayouts(font, cacheOf(bytes), src in fontFiles)
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
