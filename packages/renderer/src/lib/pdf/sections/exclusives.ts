import type { ExclusivesView, SectionView } from '../../view-types.js'
import type { Flow } from '../flow.js'
import { drawHeading } from '../heading.js'
import { bulleted, moreLine, statementRuns, text } from '../styled-runs.js'
import { accent, body, muted } from '../styles.js'

/** Only in one outlet: per outlet (a sub-heading) a link to its source entry, then its items. */
export function drawExclusives(
  flow: Flow,
  section: ExclusivesView & Pick<SectionView, 'anchor'>,
  outline: PDFKit.PDFOutline | undefined,
): void {
  for (const group of section.outlets) {
    drawHeading(flow, group.outlet, `${section.anchor}-${group.number}`, 3, outline)
    flow.paras([
      {
        runs: [
          text('Source ', 'sans', 8, muted),
          {
            text: `[${group.number}]`,
            font: 'sansBold',
            size: 8,
            color: accent,
            goTo: group.sourceTarget,
          },
        ],
        spaceAfter: 2,
      },
      ...group.items.map((item) => bulleted(statementRuns(item, body))),
      ...(group.moreLabel ? [moreLine(group.moreLabel)] : []),
    ])
  }
}
