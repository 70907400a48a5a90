import type PDFDocument from 'pdfkit'
import { type BidiPiece, hasRightToLeft, lineLevels, visualOrder } from './bidi.js'
import type { FontSet } from './font-set.js'
import { type FontKey, fontFiles } from './fonts.js'
import { type Line, layoutParas, type Measure, type Para, type Placed } from './rich-text.js'
import { Structure } from './structure.js'

type Doc = InstanceType<typeof PDFDocument>

export const ink = '#1b1b1f'

/** Ascender of the IBM Plex faces as a share of the font size (1025/1000 units). */
const ascent = 1.025

/** The printable box of a page, in points from the top-left corner. */
export interface Box {
  readonly left: number
  readonly top: number
  readonly width: number
  readonly bottom: number
}

/** pdfkit's text options for a piece: a right-to-left piece is shaped as one run. */
function rightToLeft(piece: { readonly level: number }): PDFKit.Mixins.TextOptions {
  return piece.level % 2 === 1 ? { lineBreak: false, features: [] } : { lineBreak: false }
}

/** Something drawn only together with what follows it (a heading), with its height. */
interface Pending {
  readonly height: number
  readonly draw: () => void
}

/**
 * A cursor over the pages of a document: places lines top to bottom, starts a new page when the
 * next line would cross the bottom margin, and never draws outside the box. All drawing goes
 * through explicit coordinates, so pdfkit never breaks pages on its own. Text is drawn in the
 * run's IBM Plex face or, per character, in a fallback font (`fonts`), right-to-left runs in
 * visual order; every line is tagged content of the current structure element (`structure`).
 */
export class Flow {
  readonly doc: Doc
  readonly box: Box
  y: number
  readonly measure: Measure
  readonly fonts: FontSet
  readonly structure: Structure
  private readonly destinations = new Set<string>()
  private readonly widths = new Map<string, number>()
  private readonly runWidths = new Map<string, number>()
  private pending: Pending[] = []
  /** Factor applied to the type size of every run laid out (the reader edition's smaller type). */
  readonly scale: number

  /** @param fonts The document's fonts (a `FontSet` of `doc`). */
  constructor(doc: Doc, box: Box, fonts: FontSet, scale = 1) {
    this.doc = doc
    this.box = box
    this.scale = scale
    this.y = box.top
    this.fonts = fonts
    this.structure = new Structure(doc)
    this.measure = {
      width: (text: string, font: FontKey, size: number) => {
        const key = `${font}\u0000${size}\u0000${text}`
        let width = this.runWidths.get(key)
        if (width === undefined) {
          width = 0
          for (const segment of this.fonts.segments(text, font))
            width += this.fontWidth(segment.text, segment.font, size)
          this.runWidths.set(key, width)
        }
        return width
      },
    }
  }

  /**
   * Width of `text` in one registered font (no fallback); `whole` lays the text out as one run
   * (pdfkit otherwise shapes word by word, which puts the words of a right-to-left run in the
   * wrong order).
   */
  fontWidth(text: string, font: string, size: number, whole = false): number {
    const key = `${font}\u0000${size}\u0000${whole ? 'w' : ''}\u0000${text}`
    let width = this.widths.get(key)
    if (width === undefined) {
      width =
        !whole && font in fontFiles && !/[ \t]/.test(text)
          ? this.wordWidth(text, font, size)
          : this.doc
              .font(font)
              .fontSize(size)
              .widthOfString(text, whole ? { features: [] } : {})
      this.widths.set(key, width)
    }
    return width
  }

  /**
   * Width of a word without space or tab in the current Plex face, from the layout of the word
   * with a trailing space, which drawing needs anyway (pdfkit lays out and caches a line word by
   * word, each with the space after it): each word is shaped once instead of twice. Exactly what
   * `widthOfString(text)` gives: the Plex faces have 1,000 units to the em, so at size 1,000 a
   * width is the sum of the glyphs' integer advances, and no Plex face kerns or substitutes across
   * a space (tested for every character of every face), so `text + ' '` is `text`'s advance plus
   * the space's; the scaling below is pdfkit's own.
   */
  private wordWidth(text: string, font: string, size: number): number {
    const doc = this.doc.font(font).fontSize(1000)
    const units = doc.widthOfString(`${text} `) - doc.widthOfString(' ')
    this.doc.fontSize(size)
    return (units * (size / 1000) * 100) / 100
  }

  /** Height of the box: the most one page can hold. */
  get pageHeight(): number {
    return this.box.bottom - this.box.top
  }

  get remaining(): number {
    return this.box.bottom - this.y
  }

  newPage(): void {
    this.doc.addPage()
    this.y = this.box.top
  }

  /**
   * Holds `draw` (of about `height` points) back until the next content asks for room, then
   * draws it on the page where that content starts: a heading never ends a page on its own.
   */
  keepWithNext(height: number, draw: () => void): void {
    this.pending.push({ height, draw })
  }

  /** Draws what `keepWithNext` held back, where the cursor is. */
  flushPending(): void {
    const pending = this.pending
    this.pending = []
    for (const item of pending) item.draw()
  }

  /**
   * Starts a new page unless `height` (plus any held-back heading) still fits on this one, then
   * draws the held-back headings. Returns whether it started a page.
   */
  ensure(height: number): boolean {
    let held = 0
    for (const item of this.pending) held += item.height
    let moved = false
    if (this.y + held + height > this.box.bottom + 0.01 && this.y !== this.box.top) {
      this.newPage()
      moved = true
    }
    this.flushPending()
    return moved
  }

  /** Vertical space, dropped at the top of a page. */
  space(height: number): void {
    if (this.y === this.box.top) return
    if (this.y + height > this.box.bottom) this.newPage()
    else this.y += height
  }

  layout(paras: readonly Para[], width = this.box.width): Line[] {
    return layoutParas(
      this.scale === 1 ? paras : paras.map((p) => this.scaled(p)),
      width,
      this.measure,
    )
  }

  private scaled(para: Para): Para {
    const scale = this.scale
    return {
      ...para,
      runs: para.runs.map((run) => ({ ...run, size: run.size * scale })),
      ...(para.bullet ? { bullet: { ...para.bullet, size: para.bullet.size * scale } } : {}),
    }
  }

  /**
   * Lays out and draws paragraphs, breaking pages between lines; each paragraph is a structure
   * element of its `tag` (default `P`).
   */
  paras(
    paras: readonly Para[],
    options: { readonly indent?: number; readonly keep?: number } = {},
  ): void {
    const indent = options.indent ?? 0
    const lines = this.layout(paras, this.box.width - indent)
    const keep = Math.min(options.keep ?? 2, lines.length)
    // Keep the first lines together so a paragraph never starts with a lone line at the foot.
    let first = 0
    for (let index = 0; index < keep; index += 1) first += (lines[index] as Line).height
    this.ensure(first)
    let open = -1
    for (const line of lines) {
      if (line.para !== open) {
        if (open !== -1) this.structure.close()
        this.structure.open(paras[line.para]?.tag ?? 'P')
        open = line.para
      }
      this.ensure(line.height)
      this.drawLine(line, this.box.left + indent, this.y)
      this.y += line.height + line.after
      if (this.y > this.box.bottom) this.y = this.box.bottom
    }
    if (open !== -1) this.structure.close()
  }

  /** Draws one laid-out line with its top-left corner at (x, y), as tagged content. */
  drawLine(line: Line, x: number, y: number): void {
    const doc = this.doc
    // Runs share a baseline (that of the largest run); raised runs (markers) hang from the top.
    let baseSize = 0
    for (const item of line.items) if (!item.run.raise) baseSize = Math.max(baseSize, item.run.size)
    const pieces = this.pieces(line.items)
    const placed: { piece: BidiPiece<Placed> & { font: string }; x: number; width: number }[] = []
    let cursor = x + (line.items[0]?.x ?? 0)
    for (const piece of pieces) {
      const width = this.fontWidth(
        piece.text,
        piece.font,
        piece.data.run.size,
        piece.level % 2 === 1,
      )
      placed.push({ piece, x: cursor, width })
      cursor += width
    }
    // Decoration first, as artifacts: the quote bar and highlights.
    const highlights = placed.filter(
      (p) => p.piece.data.run.highlight && p.piece.text.trim() !== '',
    )
    if (line.bar || highlights.length > 0) {
      this.structure.artifact(() => {
        if (line.bar)
          doc
            .save()
            .rect(x - 8, y, 1.6, line.height)
            .fill(line.bar)
            .restore()
        for (const { piece, x: px, width } of highlights)
          doc
            .save()
            .rect(px - 0.5, y + 0.5, width + 1, line.height - 1)
            .fill(piece.data.run.highlight as string)
            .restore()
      })
    }
    this.structure.content(() => {
      if (line.bullet) {
        const b = line.bullet
        this.drawText(b.text, b.font, b.size, x, y + (baseSize - b.size) * ascent, b.color ?? ink)
      }
      for (const { piece, x: px, width } of placed) {
        const run = piece.data.run
        const top = run.raise ? y : y + Math.max(0, baseSize - run.size) * ascent
        if (run.destination && !this.destinations.has(run.destination)) {
          this.destinations.add(run.destination)
          doc.addNamedDestination(run.destination, 'XYZ', this.box.left - 4, y - 4, null)
        }
        doc
          .font(piece.font)
          .fontSize(run.size)
          .fillColor(run.color ?? ink)
        doc.text(piece.text, px, top, rightToLeft(piece))
        // Link areas are drawn here rather than by pdfkit's text options, from our own measurements.
        if (run.goTo) doc.goTo(px, y, width, line.height, run.goTo)
        if (run.link) doc.link(px, y, width, line.height, run.link)
      }
    })
  }

  /**
   * Draws `text` left to right from (x, top) in the face `font` with fallbacks, right-to-left
   * runs in visual order; returns its width. For labels placed by hand (headers, charts).
   */
  drawText(text: string, font: FontKey, size: number, x: number, top: number, color = ink): number {
    const run = { text, font, size, color }
    let cursor = x
    for (const piece of this.pieces([{ text, run, x: 0, width: 0 }])) {
      this.doc.font(piece.font).fontSize(size).fillColor(color)
      this.doc.text(piece.text, cursor, top, rightToLeft(piece))
      cursor += this.fontWidth(piece.text, piece.font, size, piece.level % 2 === 1)
    }
    return cursor - x
  }

  /** A line's items cut at font changes and direction changes, in visual order. */
  private pieces(items: readonly Placed[]): (BidiPiece<Placed> & { font: string })[] {
    const logical: (BidiPiece<Placed> & { font: string })[] = []
    const segmented = items.map((item) => this.fonts.segments(item.text, item.run.font, true))
    let whole = ''
    for (const segments of segmented) for (const segment of segments) whole += segment.text
    const levels = hasRightToLeft(whole) ? lineLevels(whole) : null
    let offset = 0
    segmented.forEach((segments, index) => {
      const data = items[index] as Placed
      for (const segment of segments) {
        if (!levels) {
          logical.push({ text: segment.text, level: 0, data, font: segment.font })
          continue
        }
        // Cut the segment where the embedding level changes.
        let start = 0
        for (let k = 1; k <= segment.text.length; k += 1) {
          if (k < segment.text.length && levels[offset + k] === levels[offset + start]) continue
          logical.push({
            text: segment.text.slice(start, k),
            level: levels[offset + start] ?? 0,
            data,
            font: segment.font,
          })
          start = k
        }
        offset += segment.text.length
      }
    })
    return levels ? (visualOrder(logical) as (BidiPiece<Placed> & { font: string })[]) : logical
  }

  /** A horizontal rule across the box (or from `x` over `width`), an artifact. */
  rule(
    y: number,
    color = '#d5d5dc',
    weight = 0.6,
    x = this.box.left,
    width = this.box.width,
  ): void {
    this.structure.artifact(() =>
      this.doc
        .save()
        .moveTo(x, y)
        .lineTo(x + width, y)
        .lineWidth(weight)
        .strokeColor(color)
        .stroke()
        .restore(),
    )
  }
}
