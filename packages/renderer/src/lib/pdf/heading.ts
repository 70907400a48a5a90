import { type Flow, ink } from './flow.js'
import { linesHeight } from './rich-text.js'
import { text } from './styled-runs.js'

/**
 * A bookmark whose entry is made when its heading is drawn (on the page where it lands);
 * sub-headings add their entries under it then.
 */
class HeldOutline {
  item: PDFKit.PDFOutline | undefined
  private readonly flow: Flow

  constructor(flow: Flow) {
    this.flow = flow
  }

  addItem(title: string, options?: { expanded?: boolean }): PDFKit.PDFOutline {
    if (!this.item) this.flow.flushPending()
    if (!this.item)
      throw new Error(`Bookmark "${title}" added under a heading that has no bookmark`)
    return this.item.addItem(title, options)
  }
}

/**
 * A section heading (level 2, with a rule and a top-level bookmark) or a sub-heading (level 3,
 * bookmarked under `parent`), with a named destination `anchor`, tagged `H2` or `H3`. It is held
 * back until what follows asks for room, and drawn on the page where that starts, so a heading
 * never ends a page alone and never pushes a section to a new page before it must. Returns the
 * bookmark (its sub-headings' parent).
 */
export function drawHeading(
  flow: Flow,
  title: string,
  anchor: string,
  level: 2 | 3,
  parent?: PDFKit.PDFOutline,
): PDFKit.PDFOutline | undefined {
  const size = level === 2 ? 13.5 : 10.5
  const before = (level === 2 ? 16 : 9) * flow.scale
  const after = (level === 2 ? 7 : 2) * flow.scale
  const lines = flow.layout([{ runs: [text(title, 'sansBold', size)] }])
  const outline = new HeldOutline(flow)
  const drawInto = flow.structure.reserve(level === 2 ? 'H2' : 'H3')
  flow.keepWithNext(before + linesHeight(lines) + after, () => {
    flow.space(before)
    flow.doc.addNamedDestination(anchor, 'XYZ', flow.box.left - 4, flow.y - 4, null)
    outline.item = level === 2 ? flow.doc.outline.addItem(title) : parent?.addItem(title)
    drawInto(() => {
      for (const line of lines) {
        if (flow.y + line.height > flow.box.bottom && flow.y !== flow.box.top) flow.newPage()
        flow.drawLine(line, flow.box.left, flow.y)
        flow.y += line.height + line.after
      }
    })
    if (level === 2) {
      flow.rule(flow.y + 1, ink, 1)
      flow.y += after - 1
    } else flow.y += after
  })
  return level === 2 || parent ? (outline as unknown as PDFKit.PDFOutline) : undefined
}
