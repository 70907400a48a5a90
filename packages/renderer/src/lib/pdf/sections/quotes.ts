import type { QuotesView, SectionView } from '../../view-types.js'
import type { Flow } from '../flow.js'
import { ink } from '../flow.js'
import { drawHeading } from '../heading.js'
import type { Para, Run } from '../rich-text.js'
import { slug } from '../slug.js'
import { markers, moreLine, text } from '../styled-runs.js'
import { body, hairline, markColor, muted, small } from '../styles.js'

/**
 * Who said what: a legend, then per speaker (a sub-heading) each statement's variants as
 * quotes, the words only one outlet uses highlighted, each with its attribution and citations.
 */
export function drawQuotes(
  flow: Flow,
  section: QuotesView & Pick<SectionView, 'anchor'>,
  outline: PDFKit.PDFOutline | undefined,
): void {
  flow.paras([
    {
      runs: [
        text(
          'Where outlets word the same statement differently, the words only one outlet uses are ',
          'serifItalic',
          small,
          muted,
        ),
        { text: 'highlighted', font: 'serifItalic', size: small, color: ink, highlight: markColor },
        text('.', 'serifItalic', small, muted),
      ],
      spaceAfter: 2,
    },
  ])
  for (const speaker of section.speakers) {
    drawHeading(
      flow,
      speaker.role ? `${speaker.name} — ${speaker.role}` : speaker.name,
      `${section.anchor}-${slug(speaker.name)}`,
      3,
      outline,
    )
    for (const statement of speaker.statements) {
      const paras: Para[] = []
      if (statement.note)
        paras.push({
          runs: [text(statement.note, 'serifItalic', 8.5, muted)],
          bar: hairline,
          spaceAfter: 2,
        })
      for (const variant of statement.variants) {
        paras.push({
          runs: [
            text('“', 'serifItalic', body),
            ...variant.diff.map(
              (run): Run =>
                run.changed
                  ? { text: run.text, font: 'serifBoldItalic', size: body, highlight: markColor }
                  : text(run.text, 'serifItalic', body),
            ),
            text('”', 'serifItalic', body),
          ],
          bar: hairline,
        })
        paras.push({
          runs: [
            text(
              `— ${variant.attribution}${variant.context ? `, ${variant.context}` : ''}`,
              'sans',
              8,
              muted,
            ),
            ...markers(variant.cites),
          ],
          bar: hairline,
          spaceAfter: 3,
        })
      }
      flow.paras(paras, { indent: 10, keep: 3 })
      flow.y += 5
    }
    if (speaker.moreLabel) flow.paras([moreLine(speaker.moreLabel)])
  }
}
