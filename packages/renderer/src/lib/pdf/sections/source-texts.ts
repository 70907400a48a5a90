import type { SourceView } from '../../view-types.js'
import type { Flow } from '../flow.js'
import { drawHeading } from '../heading.js'
import type { Para, Run } from '../rich-text.js'
import { sourceNumber, text } from '../styled-runs.js'
import { accent, markColor, muted } from '../styles.js'

/**
 * Source texts: each cited source's clean text, every cited sentence highlighted with its id and
 * a named destination (`text-c12`) that the source list links to; mirrors the HTML appendix.
 */
export function drawSourceTexts(
  flow: Flow,
  title: string,
  sources: readonly SourceView[],
  outline: PDFKit.PDFOutline | undefined,
): void {
  const withText = sources.filter((source) => source.textAnchor !== null)
  if (withText.length === 0) return
  drawHeading(flow, title, 'section-appendix', 3, outline)
  for (const source of withText) {
    flow.paras(
      [
        {
          runs: [
            sourceNumber(source, 8.5, { goTo: source.anchor }),
            text(source.outlet, 'sansBold', 8.5),
            ...(source.title ? [text(` — ${source.title}`, 'serifItalic', 8.5)] : []),
          ],
          spaceAfter: 3,
        },
      ],
      { keep: 3 },
    )
    if (source.textAnchor)
      flow.doc.addNamedDestination(source.textAnchor, 'XYZ', flow.box.left, flow.y, null)
    const paras: Para[] = source.appendix.map((block) => ({
      runs: block.runs.flatMap((run): Run[] =>
        run.mark
          ? [
              {
                text: `${run.mark.id} `,
                font: 'sansBold',
                size: 6,
                color: accent,
                goTo: run.mark.target,
                raise: true,
                destination: run.mark.anchor,
              },
              { text: run.text, font: 'serif', size: 8, highlight: markColor },
            ]
          : [
              text(
                run.text,
                block.heading ? 'serifBold' : 'serif',
                8,
                block.heading ? undefined : muted,
              ),
            ],
      ),
      spaceAfter: 3,
    }))
    flow.paras(paras, { indent: 6 })
    flow.y += 6
  }
}
