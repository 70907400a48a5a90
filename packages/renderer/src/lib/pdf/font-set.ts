import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Font } from 'fontkit'
import type PDFDocument from 'pdfkit'
import { boldFaces, type FallbackFont, fallbackFonts } from './fallback-fonts.js'
import { type FontKey, fontFace } from './fonts.js'
import { sharedFont } from './shared-layouts.js'

const require = createRequire(import.meta.url)

/** A piece of text and the registered font that draws it. */
export interface FontSegment {
  readonly text: string
  readonly font: string
}

/** A character no font has a glyph for, with how often it was drawn. */
export interface MissingGlyph {
  readonly char: string
  readonly count: number
}

type Loaded = { readonly bytes: Buffer; readonly font: Font }
type CreateFont = (bytes: Buffer) => Font

const plex = new Map<FontKey, Font>()
const fallbacks = new Map<string, Loaded | null>()

/** Characters that take the font of what they follow (never a reason to switch font). */
const inherit = /^[\s\p{M}\p{Cc}\p{Cf}]$/u
/** Bidi embedding and override controls: dropped, so they cannot reorder what a reader sees. */
export const bidiControls = /[\u202a-\u202e]/g

function plexFont(key: FontKey, create: CreateFont): Font {
  let font = plex.get(key)
  if (!font) {
    const bytes = fontFace(key)
    font = sharedFont(bytes, () => create(bytes))
    plex.set(key, font)
  }
  return font
}

function loadFallback(entry: FallbackFont, bold: boolean, create: CreateFont): Loaded | null {
  const file = bold ? entry.bold : entry.regular
  if (fallbacks.has(file)) return fallbacks.get(file) ?? null
  let loaded: Loaded | null = null
  try {
    const bytes = readFileSync(require.resolve(file))
    loaded = { bytes, font: sharedFont(bytes, () => create(bytes)) }
  } catch {
    loaded = null
  }
  fallbacks.set(file, loaded)
  return loaded
}

/**
 * The fallback font files read so far in this process, in the order first read: a page whose
 * characters the Plex faces all have reads none (for tests).
 */
export function loadedFallbacks(): string[] {
  return [...fallbacks.keys()]
}

/**
 * The fonts of one document: which registered font draws each character of a run (its Plex
 * face when that has the glyph, else the first of `fallbackFonts` that has it, registered with
 * the document on first use), and which characters no font could draw.
 */
export class FontSet {
  private readonly doc: InstanceType<typeof PDFDocument>
  private readonly registered = new Set<string>()
  private readonly choice = new Map<string, string | null>()
  private readonly missingCounts = new Map<string, number>()
  /** Fallback files that could not be read (reported once each). */
  readonly unavailable = new Set<string>()

  private readonly create: CreateFont

  /** @param create fontkit's `create` (see `pdfLibraries`). */
  constructor(doc: InstanceType<typeof PDFDocument>, create: CreateFont) {
    this.doc = doc
    this.create = create
  }

  /** Registers the Plex face `key` with the document, on first use (an unused face is not read). */
  face(key: FontKey): string {
    if (!this.registered.has(key)) {
      this.doc.registerFont(key, fontFace(key))
      this.registered.add(key)
    }
    return key
  }

  /**
   * `text` cut into pieces of one font each, in logical order; bidi overrides dropped. `drawn`
   * counts the characters without a glyph (set when drawing, not when measuring).
   */
  segments(text: string, key: FontKey, drawn = false): FontSegment[] {
    this.face(key)
    const clean = text.replace(bidiControls, '')
    if (/^[\x20-\x7e]*$/.test(clean)) return clean === '' ? [] : [{ text: clean, font: key }]
    const out: { text: string; font: string }[] = []
    let current: { text: string; font: string } | null = null
    for (const char of clean) {
      let font: string
      if (inherit.test(char)) font = current?.font ?? key
      else {
        const found = this.fontFor(char, key)
        if (found === null) {
          if (drawn) this.missingCounts.set(char, (this.missingCounts.get(char) ?? 0) + 1)
          font = key
        } else font = found
      }
      if (current && current.font === font) current.text += char
      else {
        current = { text: char, font }
        out.push(current)
      }
    }
    return out
  }

  /** Characters drawn without a glyph, in the order first met. */
  missing(): MissingGlyph[] {
    return [...this.missingCounts].map(([char, count]) => ({ char, count }))
  }

  private fontFor(char: string, key: FontKey): string | null {
    const id = `${key}\u0000${char}`
    const known = this.choice.get(id)
    if (known !== undefined) return known
    const point = char.codePointAt(0) as number
    let found: string | null = null
    if (plexFont(key, this.create).hasGlyphForCodePoint(point)) found = key
    else {
      const bold = boldFaces[key]
      for (const entry of fallbackFonts) {
        const loaded = loadFallback(entry, bold, this.create)
        if (!loaded) {
          this.unavailable.add(bold ? entry.bold : entry.regular)
          continue
        }
        if (!loaded.font.hasGlyphForCodePoint(point)) continue
        found = `${entry.name}${bold ? '-Bold' : ''}`
        if (!this.registered.has(found)) {
          this.doc.registerFont(found, loaded.bytes)
          this.registered.add(found)
        }
        break
      }
    }
    this.choice.set(id, found)
    return found
  }
}
