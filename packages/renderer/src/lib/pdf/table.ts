import { maxOf } from '../format.js'
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
/** Lines of a row that must fit under the header for a table to start on a page. */
const firstLines = 3

function tallest(cells: readonly (readonly Line[])[]): number {
  return maxOf(cells.map(linesHeight)) + 2 * padY
}

/**
 * Draws a table (tagged `Table`, `TR`, `TH`, `TD`) that wraps text in its cells and breaks
 * across pages between rows, repeating the header row on each page (as an artifact). A row that
 * fits on a page is moved whole to the next page when the space left is small, and split
 * between lines when more than a fifth of the page is left (so no page ends a quarter empty); a
 * row taller than a page is split between lines, never through one; the last row never goes
 * alone onto a page. Rows never overlap: each starts where the tallest cell of the previous one
 * ended.
 */
export function drawTable(
  flow: Flow,
  columns: readonly TableColumn[],
  rows: readonly TableRow[],
): void {
  let total = 0
  for (const column of columns) total += column.weight
  const widths = columns.map((column) => (column.weight / total) * flow.box.width)
  const xs: number[] = []
  let at = flow.box.left
  for (const width of widths) {
    xs.push(at)
    at += width
  }
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
  const headerHeight = tallest(header)
  const laidOut = rows.map((row) => layoutCells(row.cells))
  const heights = laidOut.map(tallest)

  let headerTagged = false
  const drawHeader = () => {
    const y = flow.y
    flow.structure.artifact(() =>
      flow.doc
        .save()
        .rect(flow.box.left, y, flow.box.width, headerHeight)
        .fill('#f0f1f5')
        .restore(),
    )
    if (headerTagged) flow.structure.artifact(() => drawCells(header, y, null))
    else {
      flow.structure.within('TR', () => drawCells(header, y, 'TH'))
      headerTagged = true
    }
    flow.y += headerHeight
    flow.rule(flow.y, '#1b1b1f', 0.9)
  }
  const drawCells = (cells: readonly (readonly Line[])[], top: number, tag: 'TH' | 'TD' | null) => {
    cells.forEach((lines, index) => {
      const draw = () => {
        let y = top + padY
        for (const line of lines) {
          flow.drawLine(line, (xs[index] ?? 0) + padX, y)
          y += line.height + line.after
        }
      }
      if (tag) flow.structure.within(tag, draw)
      else draw()
    })
  }
  const firstLinesHeight = (cells: readonly (readonly Line[])[]) =>
    maxOf(cells.map((lines) => linesHeight(lines.slice(0, firstLines)))) + 2 * padY

  flow.structure.open('Table')
  flow.ensure(headerHeight + (laidOut[0] ? firstLinesHeight(laidOut[0]) : 0))
  drawHeader()
  let pageStart = true
  rows.forEach((row, index) => {
    let cells = laidOut[index] as Line[][]
    let height = heights[index] as number
    if (!pageStart) {
      const move = shouldMove(flow, cells, height, heights[index + 1], {
        beforeLast: index === rows.length - 2,
        room: flow.pageHeight - headerHeight,
      })
      if (move) {
        flow.newPage()
        drawHeader()
        pageStart = true
        if (row.continuation) {
          cells = layoutCells(row.continuation)
          height = tallest(cells)
        }
      }
    }
    if (!pageStart)
      flow.rule(flow.y, row.groupStart ? '#8a8d99' : '#d5d5dc', row.groupStart ? 1 : 0.5)
    flow.structure.open('TR')
    // Split a row taller than the space left: as many whole lines of each cell as fit.
    while (height > flow.remaining) {
      const space = flow.remaining - 2 * padY
      const taken = cells.map((lines) => {
        let used = 0
        let count = 0
        for (const line of lines) {
          if (used + line.height > space) break
          used += line.height + line.after
          count += 1
        }
        return count
      })
      drawCells(
        cells.map((lines, cell) => lines.slice(0, taken[cell])),
        flow.y,
        'TD',
      )
      cells = cells.map((lines, cell) => lines.slice(taken[cell]))
      flow.newPage()
      drawHeader()
      height = tallest(cells)
    }
    drawCells(cells, flow.y, 'TD')
    flow.structure.close()
    flow.y += height
    pageStart = false
  })
  flow.rule(flow.y, '#1b1b1f', 0.9)
  flow.structure.close()
}

/**
 * Whether a row that is not the first on its page goes to a new page: when it does not fit and
 * either fits a fresh page while the space left is too small to split it (a
 * a fifth of a page or less, or no cell with more than two lines), or not even one line of it fits; and the
 * second-to-last row when the last would otherwise go alone onto the next page.
 */
function shouldMove(
  flow: Flow,
  cells: readonly (readonly Line[])[],
  height: number,
  next: number | undefined,
  at: { readonly beforeLast: boolean; readonly room: number },
): boolean {
  const left = flow.remaining
  if (at.beforeLast && next !== undefined && height <= left && height + next > left)
    return height + next <= at.room
  if (height <= left) return false
  if (!cells.some((lines) => (lines[0]?.height ?? 0) + 2 * padY <= left)) return true
  const splittable =
    left > flow.pageHeight / 5 &&
    cells.some((lines) => lines.length > 2 && linesHeight(lines.slice(0, 2)) + 2 * padY < left)
  return height <= at.room && !splittable
}
