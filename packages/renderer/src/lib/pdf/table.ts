import type { Flow } from './flow.js'
import { type Line, linesHeight, type Para } from './rich-text.js'

export interface TableColumn {
  readonly header: string
  /** Relative width: columns share the box in proportion to their weights. */
  readonly weight: number
}

export interface TableRow {
  readonly cells: readonly (readonly Para[])[]
  /** Draw a heavier rule above this row: it starts a group of rows (one disputed fact). */
  readonly groupStart?: boolean
  /** Cells to draw instead when this row is the first on a new page (`Topic (continued)`). */
  readonly continuation?: readonly (readonly Para[])[]
}

const padX = 4
const padY = 3.5
const headerSize = 7.5

/**
 * Draws a table that wraps text in its cells and breaks across pages between rows, repeating the
 * header row on each page. A row that fits on a page is never split; a row taller than a whole
 * page is split between lines, never through one. Rows never overlap: each starts where the
 * tallest cell of the previous row ended.
 */
export function drawTable(
  flow: Flow,
  columns: readonly TableColumn[],
  rows: readonly TableRow[],
): void {
  const total = columns.reduce((sum, column) => sum + column.weight, 0)
  const widths = columns.map((column) => (column.weight / total) * flow.box.width)
  const xs = widths.map(
    (_, index) => flow.box.left + widths.slice(0, index).reduce((a, b) => a + b, 0),
  )
  const layoutCells = (cells: readonly (readonly Para[])[]): Line[][] =>
    widths.map((width, index) => flow.layout(cells[index] ?? [], width - 2 * padX))
  const header = layoutCells(
    columns.map((column) => [
      {
        runs: [
          {
            text: column.header.toUpperCase(),
            font: 'sansBold',
            size: headerSize,
            color: '#4a4a55',
          },
        ],
      },
    ]),
  )
  const headerHeight = Math.max(...header.map(linesHeight)) + 2 * padY

  const drawHeader = () => {
    flow.doc
      .save()
      .rect(flow.box.left, flow.y, flow.box.width, headerHeight)
      .fill('#f0f1f5')
      .restore()
    drawCells(header, flow.y)
    flow.y += headerHeight
    flow.rule(flow.y, '#1b1b1f', 0.9)
  }
  const drawCells = (cells: readonly (readonly Line[])[], top: number) => {
    cells.forEach((lines, index) => {
      let y = top + padY
      for (const line of lines) {
        flow.drawLine(line, (xs[index] ?? 0) + padX, y)
        y += line.height + line.after
      }
    })
  }

  const firstHeight = rows[0]
    ? Math.max(...layoutCells(rows[0].cells).map(linesHeight)) + 2 * padY
    : 0
  flow.ensure(headerHeight + Math.min(firstHeight, flow.pageHeight / 3))
  drawHeader()
  let pageStart = true
  for (const row of rows) {
    let cells = layoutCells(row.cells)
    let height = Math.max(...cells.map(linesHeight)) + 2 * padY
    if (height > flow.remaining && !pageStart) {
      const fitsOnFreshPage = height <= flow.pageHeight - headerHeight
      const somethingFits = cells.some(
        (lines) => (lines[0]?.height ?? 0) + 2 * padY <= flow.remaining,
      )
      if (fitsOnFreshPage || !somethingFits) {
        flow.newPage()
        drawHeader()
        pageStart = true
        if (row.continuation) {
          cells = layoutCells(row.continuation)
          height = Math.max(...cells.map(linesHeight)) + 2 * padY
        }
      }
    }
    if (!pageStart)
      flow.rule(flow.y, row.groupStart ? '#8a8d99' : '#d5d5dc', row.groupStart ? 1 : 0.5)
    // Split a row taller than the space left: as many whole lines of each cell as fit.
    while (height > flow.remaining) {
      const room = flow.remaining - 2 * padY
      const taken = cells.map((lines) => {
        let used = 0
        let count = 0
        for (const line of lines) {
          if (used + line.height > room) break
          used += line.height + line.after
          count += 1
        }
        return count
      })
      drawCells(
        cells.map((lines, index) => lines.slice(0, taken[index])),
        flow.y,
      )
      cells = cells.map((lines, index) => lines.slice(taken[index]))
      flow.newPage()
      drawHeader()
      height = Math.max(...cells.map(linesHeight)) + 2 * padY
    }
    drawCells(cells, flow.y)
    flow.y += height
    pageStart = false
  }
  flow.rule(flow.y, '#1b1b1f', 0.9)
}
