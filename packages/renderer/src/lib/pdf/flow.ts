import type PDFDocument from 'pdfkit'
import type { FontKey } from './fonts.js'
import { type Line, layoutParas, type Measure, type Para } from './rich-text.js'

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

/**
 * A cursor over the pages of a document: places lines top to bottom, starts a new page when the
 * next line would cross the bottom margin, and never draws outside the box. All drawing goes
 * through explicit coordinates, so pdfkit never breaks pages on its own.
 */
export class Flow {
  readonly doc: Doc
  readonly box: Box
  y: number
  readonly measure: Measure
  private readonly destinations = new Set<string>()
  private readonly widths = new Map<string, number>()

  constructor(doc: Doc, box: Box) {
    this.doc = doc
    this.box = box
    this.y = box.top
    this.measure = {
      width: (text: string, font: FontKey, size: number) => {
        const key = `${font}\u0000${size}\u0000${text}`
        let width = this.widths.get(key)
        if (width === undefined) {
          width = this.doc.font(font).fontSize(size).widthOfString(text)
          this.widths.set(key, width)
        }
        return width
      },
    }
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

  /** Starts a new page unless `height` still fits on this one. Returns whether it did. */
  ensure(height: number): boolean {
    if (this.y + height <= this.box.bottom + 0.01) return false
    if (this.y === this.box.top) return false
    this.newPage()
    return true
  }

  /** Vertical space, dropped at the top of a page. */
  space(height: number): void {
    if (this.y === this.box.top) return
    if (this.y + height > this.box.bottom) this.newPage()
    else this.y += height
  }

  layout(paras: readonly Para[], width = this.box.width): Line[] {
    return layoutParas(paras, width, this.measure)
  }

  /** Lays out and draws paragraphs, breaking pages between lines. */
  paras(
    paras: readonly Para[],
    options: { readonly indent?: number; readonly keep?: number } = {},
  ): void {
    const indent = options.indent ?? 0
    const lines = this.layout(paras, this.box.width - indent)
    const keep = Math.min(options.keep ?? 2, lines.length)
    // Keep the first lines together so a paragraph never starts with a lone line at the foot.
    this.ensure(lines.slice(0, keep).reduce((sum, line) => sum + line.height, 0))
    for (const line of lines) {
      this.ensure(line.height)
      this.drawLine(line, this.box.left + indent, this.y)
      this.y += line.height + line.after
      if (this.y > this.box.bottom) this.y = this.box.bottom
    }
  }

  /** Draws one laid-out line with its top-left corner at (x, y). */
  drawLine(line: Line, x: number, y: number): void {
    const doc = this.doc
    if (line.bar)
      doc
        .save()
        .rect(x - 8, y, 1.6, line.height)
        .fill(line.bar)
        .restore()
    // Runs share a baseline (that of the largest run); raised runs (markers) hang from the top.
    const sizes = line.items.filter((item) => !item.run.raise).map((item) => item.run.size)
    const baseSize = Math.max(0, ...sizes)
    if (line.bullet) {
      const b = line.bullet
      doc
        .font(b.font)
        .fontSize(b.size)
        .fillColor(b.color ?? ink)
      doc.text(b.text, x, y + (baseSize - b.size) * ascent, { lineBreak: false })
    }
    for (const item of line.items) {
      const run = item.run
      const top = run.raise ? y : y + Math.max(0, baseSize - run.size) * ascent
      if (run.highlight && item.text.trim() !== '') {
        doc
          .save()
          .rect(x + item.x - 0.5, y + 0.5, item.width + 1, line.height - 1)
          .fill(run.highlight)
          .restore()
      }
      if (run.destination && !this.destinations.has(run.destination)) {
        this.destinations.add(run.destination)
        doc.addNamedDestination(run.destination, 'XYZ', this.box.left - 4, y - 4, null)
      }
      doc
        .font(run.font)
        .fontSize(run.size)
        .fillColor(run.color ?? ink)
      doc.text(item.text, x + item.x, top, { lineBreak: false })
      // Link areas are drawn here rather than by pdfkit's text options, from our own measurements.
      if (run.goTo) doc.goTo(x + item.x, y, item.width, line.height, run.goTo)
      if (run.link) doc.link(x + item.x, y, item.width, line.height, run.link)
    }
  }

  /** A horizontal rule across the box (or from `x` over `width`). */
  rule(
    y: number,
    color = '#d5d5dc',
    weight = 0.6,
    x = this.box.left,
    width = this.box.width,
  ): void {
    this.doc
      .save()
      .moveTo(x, y)
      .lineTo(x + width, y)
      .lineWidth(weight)
      .strokeColor(color)
      .stroke()
      .restore()
  }
}
