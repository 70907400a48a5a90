import { maxOf } from '../format.js'
import { shade } from '../html/coverage-svg.js'
import type { CoverageView } from '../view-types.js'
import { type Flow, ink } from './flow.js'

const cell = 19
const gap = 3
const size = 7.5
const angle = 40

/**
 * The coverage matrix as vector graphics: the same grid, shades and counts as the HTML's SVG.
 * When there are more topics than fit across the page, the matrix is drawn as several charts,
 * each with as many topic columns as fit, one under the other.
 */
export function drawCoverage(flow: Flow, coverage: CoverageView): void {
  const rowLabels = coverage.rows.map((row) => `[${row.number}] ${truncate(row.outlet, 34)}`)
  const labelWidth = widest(flow, rowLabels) + 8
  // A rotated topic label reaches right of its column by up to its length × cos(angle).
  const longest = widest(
    flow,
    coverage.topics.map((t) => truncate(t.label, 30)),
  )
  const tail = longest * Math.cos((angle * Math.PI) / 180)
  const available = flow.box.width - labelWidth - tail
  const perChart = Math.max(1, Math.floor(available / (cell + gap)))
  for (let start = 0; start < coverage.topics.length; start += perChart) {
    const end = start + perChart
    const part = {
      ...coverage,
      topics: coverage.topics.slice(start, end),
      rows: coverage.rows.map((row) => ({ ...row, counts: row.counts.slice(start, end) })),
    }
    flow.structure.within('Figure', () => drawChart(flow, rowLabels, labelWidth, part), {
      alt: describe(part),
    })
    if (end < coverage.topics.length) flow.y += 10
  }
}

function drawChart(
  flow: Flow,
  rowLabels: readonly string[],
  labelWidth: number,
  coverage: CoverageView,
): void {
  const topicLabels = coverage.topics.map((topic) => truncate(topic.label, 30))
  const sin = Math.sin((angle * Math.PI) / 180)
  const headHeight = widest(flow, topicLabels) * sin + 14
  const height = headHeight + coverage.rows.length * (cell + gap) + 6
  flow.ensure(height)
  const top = flow.y
  flow.structure.content(() => drawMatrix(flow, rowLabels, labelWidth, coverage, top, headHeight))
  flow.y = top + height
}

function drawMatrix(
  flow: Flow,
  rowLabels: readonly string[],
  labelWidth: number,
  coverage: CoverageView,
  top: number,
  headHeight: number,
): void {
  const doc = flow.doc
  const left = flow.box.left
  const topicLabels = coverage.topics.map((topic) => truncate(topic.label, 30))
  topicLabels.forEach((label, index) => {
    const x = left + labelWidth + index * (cell + gap) + cell / 2
    doc.save()
    doc.translate(x, top + headHeight - 4)
    doc.rotate(-angle)
    flow.drawText(label, 'sans', size, 0, -size, ink)
    doc.restore()
  })
  coverage.rows.forEach((row, r) => {
    const y = top + headHeight + r * (cell + gap)
    const label = rowLabels[r] ?? ''
    const labelX = left + labelWidth - 6 - flow.measure.width(label, 'sans', size)
    flow.drawText(label, 'sans', size, labelX, y + cell / 2 - size * 0.7, ink)
    row.counts.forEach((count, c) => {
      const x = left + labelWidth + c * (cell + gap)
      const { fill, ink: textColor } = shade(count, coverage.max)
      doc.save().roundedRect(x, y, cell, cell, 3).fillAndStroke(fill, '#b9bcc6').restore()
      if (count > 0) {
        const text = String(count)
        const w = flow.measure.width(text, 'sansBold', size)
        flow.drawText(
          text,
          'sansBold',
          size,
          x + (cell - w) / 2,
          y + cell / 2 - size * 0.7,
          textColor,
        )
      }
    })
  })
}

/** The chart in words, its alternate text: each source's counts per topic. */
function describe(coverage: CoverageView): string {
  const topics = coverage.topics.map((topic) => topic.label)
  const rows = coverage.rows.map((row) => {
    const counts = row.counts
      .map((count, index) => (count > 0 ? `${topics[index]} ${count}` : null))
      .filter((entry) => entry !== null)
    return `[${row.number}] ${row.outlet}: ${counts.length > 0 ? counts.join(', ') : 'none'}`
  })
  return `Cited claims per source and topic. ${rows.join('; ')}.`
}

/** The width of the widest label (a loop: no spread of an input-sized array). */
function widest(flow: Flow, labels: readonly string[]): number {
  return maxOf(labels.map((label) => flow.measure.width(label, 'sans', size)))
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}
