import { maxOf } from '../format.js'
import type { CoverageView } from '../view-types.js'

const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)

/**
 * Width of sans-serif text at `size` px, for laying out labels without a browser: generous
 * (0.62 em a character, wider than IBM Plex Sans's average), so no label is ever clipped.
 */
const textWidth = (text: string, size: number): number => text.length * size * 0.62

/**
 * The coverage matrix as an inline SVG: one row per source, one column per topic, a square per
 * cell whose shade and number give the count. Self-contained (no fonts, no scripts, no links).
 */
export function coverageSvg(coverage: CoverageView): string {
  const cell = 34
  const gap = 4
  const font = 12
  // Labels are whole: the chart scrolls sideways in its box when it is wider than the page.
  const rowLabels = coverage.rows.map((row) => `[${row.number}] ${row.outlet}`)
  const labelWidth = Math.ceil(maxOf(rowLabels.map((label) => textWidth(label, font)))) + 12
  const topicLabels = coverage.topics.map((topic) => topic.label)
  // Topic labels are rotated by -40°; their height is about 0.64 × their width.
  const headHeight = Math.ceil(maxOf(topicLabels.map((l) => textWidth(l, font))) * 0.66) + 16
  const width = labelWidth + coverage.topics.length * (cell + gap) + Math.ceil(headHeight * 0.8)
  const height = headHeight + coverage.rows.length * (cell + gap) + 4
  const out: string[] = []
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="coverage-title coverage-desc" font-family="'IBM Plex Sans', system-ui, sans-serif" font-size="${font}">`,
    '<title id="coverage-title">Coverage: sources by topic</title>',
    `<desc id="coverage-desc">${escapeXml(describe(coverage))}</desc>`,
  )
  coverage.topics.forEach((_, index) => {
    const x = labelWidth + index * (cell + gap) + cell / 2
    out.push(
      `<text transform="translate(${x + 4} ${headHeight - 8}) rotate(-40)" fill="#1b1b1f">${escapeXml(topicLabels[index] ?? '')}</text>`,
    )
  })
  coverage.rows.forEach((row, r) => {
    const y = headHeight + r * (cell + gap)
    out.push(
      `<text x="${labelWidth - 10}" y="${y + cell / 2 + 4}" text-anchor="end" fill="#1b1b1f">${escapeXml(rowLabels[r] ?? '')}</text>`,
    )
    row.counts.forEach((count, c) => {
      const x = labelWidth + c * (cell + gap)
      const topic = coverage.topics[c]?.label ?? ''
      const { fill, ink } = shade(count, coverage.max)
      out.push(
        `<g><title>${escapeXml(`${row.outlet} × ${topic}: ${count}`)}</title>`,
        `<rect x="${x}" y="${y}" width="${cell}" height="${cell}" rx="4" fill="${fill}" stroke="#b9bcc6" stroke-width="1"/>`,
        count > 0
          ? `<text x="${x + cell / 2}" y="${y + cell / 2 + 4}" text-anchor="middle" font-weight="600" fill="${ink}">${count}</text>`
          : '',
        '</g>',
      )
    })
  })
  out.push('</svg>')
  return out.join('')
}

/** Fill and text colour of a cell: white for none, darker blues for more (contrast ≥ 4.5:1). */
export function shade(count: number, max: number): { fill: string; ink: string } {
  if (count <= 0 || max <= 0) return { fill: '#ffffff', ink: '#1b1b1f' }
  const steps = ['#dbe6f5', '#a9c3e6', '#5d8ccb', '#2a5ea8', '#163f78']
  const index = Math.min(steps.length - 1, Math.floor((count / max) * (steps.length - 1) + 0.0001))
  return { fill: steps[index] as string, ink: index >= 2 ? '#ffffff' : '#1b1b1f' }
}

function describe(coverage: CoverageView): string {
  return coverage.rows
    .map((row) => {
      const parts = row.counts
        .map((count, index) => (count > 0 ? `${coverage.topics[index]?.label}: ${count}` : ''))
        .filter(Boolean)
      return `[${row.number}] ${row.outlet}: ${parts.length > 0 ? parts.join(', ') : 'no topics'}`
    })
    .join('; ')
}
