import type PDFDocument from 'pdfkit'

type Doc = InstanceType<typeof PDFDocument>

/** The structure types the renderer uses (PDF 1.7, 14.8.4). */
export type StructureType =
  | 'Document'
  | 'Sect'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'P'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Figure'

/**
 * The tagged-PDF structure tree of one document, built as the document is drawn: a `Document`
 * element at the root, elements opened and closed around what they hold (sections, headings,
 * paragraphs, tables), each drawn line a marked-content sequence of the innermost open element,
 * so the tree's order is the reading order. Rules, bars, highlights and page furniture are
 * artifacts, outside the tree.
 */
export class Structure {
  private readonly doc: Doc
  private readonly stack: { type: StructureType; element: PDFKit.PDFStructureElement }[] = []
  /** Depth of nested `artifact` calls: inside one, nothing is marked again. */
  private artifacts = 0

  constructor(doc: Doc) {
    this.doc = doc
    const root = doc.struct('Document')
    doc.addStructure(root)
    this.stack.push({ type: 'Document', element: root })
  }

  private get current(): { type: StructureType; element: PDFKit.PDFStructureElement } {
    return this.stack[this.stack.length - 1] as {
      type: StructureType
      element: PDFKit.PDFStructureElement
    }
  }

  /** Opens a child element of the current one; what is drawn next belongs to it. */
  open(type: StructureType, options: { readonly alt?: string } = {}): void {
    const element = this.doc.struct(type, options.alt ? { alt: options.alt } : {})
    this.current.element.add(element)
    this.stack.push({ type, element })
  }

  /**
   * Adds an element of `type` to the current one now (its place in the reading order) and
   * returns a function that draws into it later, then ends it: a heading held back by
   * `Flow.keepWithNext` keeps its place before the content that follows it.
   */
  reserve(type: StructureType): (draw: () => void) => void {
    const element = this.doc.struct(type)
    this.current.element.add(element)
    return (draw) => {
      this.stack.push({ type, element })
      try {
        draw()
      } finally {
        this.stack.pop()
        element.end()
      }
    }
  }

  /** Closes the innermost open element (never the root). */
  close(): void {
    if (this.stack.length <= 1) return
    this.stack.pop()?.element.end()
  }

  /** `draw` inside an element of `type`. */
  within(type: StructureType, draw: () => void, options: { readonly alt?: string } = {}): void {
    this.open(type, options)
    try {
      draw()
    } finally {
      this.close()
    }
  }

  /** `draw` as marked content of the current element. */
  content(draw: () => void): void {
    if (this.artifacts > 0) {
      draw()
      return
    }
    const { type, element } = this.current
    const content = this.doc.markStructureContent(type)
    draw()
    this.doc.endMarkedContent()
    element.add(content)
  }

  /** `draw` as an artifact (not part of the text a reader or screen reader follows). */
  artifact(draw: () => void, type?: 'Pagination' | 'Layout'): void {
    if (this.artifacts > 0) {
      draw()
      return
    }
    this.doc.markContent('Artifact', type ? { type } : {})
    this.artifacts += 1
    try {
      draw()
    } finally {
      this.artifacts -= 1
      this.doc.endMarkedContent()
    }
  }

  /** Closes every open element down to the root, and the root. */
  finish(): void {
    while (this.stack.length > 1) this.close()
    this.current.element.end()
  }
}
