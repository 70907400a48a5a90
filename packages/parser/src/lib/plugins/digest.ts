import { readPlainText } from '../read-plain.js'
import type { SourcePlugin } from '../types.js'

const MARKERS = /\[\d{1,3}\]/g
const CHROME =
  /^[ \t]*(?:top (?:headlines|stories)|feeds|sources|timeline|dive deeper.*|all related articles.*|updated \(\d+ articles?\))[ \t]*$/gim

/**
 * News-aggregator digests: topic paragraphs whose title-case heading is glued to the first
 * sentence (split into a heading and a paragraph), `[n]` citation markers (kept as references),
 * a timeline of dated entries, navigation chrome. Detected by many `[n]` markers across several
 * paragraphs, plus aggregator chrome lines.
 */
export default function sourceDigest(): SourcePlugin {
  return {
    id: 'digest',
    detect(text) {
      const markers = (text.match(MARKERS) ?? []).length
      const chrome = (text.match(CHROME) ?? []).length
      if (markers < 3) return 0
      return Math.min(0.9, 0.4 + Math.min(markers, 20) * 0.01 + chrome * 0.1)
    },
    read: (text) => readPlainText(text, { citations: true, gluedHeadings: true }),
  }
}
