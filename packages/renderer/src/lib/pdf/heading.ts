import { type Flow, ink } from './flow.js'
import { text } from './styled-runs.js'

/**
 * Draws a section heading (level 2, with a rule and a top-level bookmark) or a sub-heading
 * (level 3, bookmarked under `parent`), with a named destination `anchor`. Returns the bookmark.
 */
export function drawHeading(
  flow: Flow,
  title: string,
  anchor: string,
  level: 2 | 3,
  parent?: PDFKit.PDFOutline,
): PDFKit.PDFOutline | undefined {
  const size = level === 2 ? 13.5 : 10.5
  flow.space(level === 2 ? 16 : 9)
  // Keep the heading with at least three lines of what follows; a section heading also with the
  // sub-heading that usually opens it, so it never ends a page on its own.
  flow.ensure(size * 1.4 + (level === 2 ? 110 : 48))
  flow.doc.addNamedDestination(anchor, 'XYZ', flow.box.left - 4, flow.y - 4, null)
  const outline = level === 2 ? flow.doc.outline.addItem(title) : parent?.addItem(title)
  flow.paras([{ runs: [text(title, 'sansBold', size)] }])
  if (level === 2) {
    flow.rule(flow.y + 1, ink, 1)
    flow.y += 6
  } else flow.y += 2
  return outline
}
