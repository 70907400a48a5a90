import type { PositionsView, SectionView } from '../../view-types.js'
import type { Flow } from '../flow.js'
import { drawHeading } from '../heading.js'
import { slug } from '../slug.js'
import { bulleted, moreLine, para, statementRuns, text } from '../styled-runs.js'
import { accent, differ, muted, small } from '../styles.js'
import { drawTable } from '../table.js'

const stanceColors: Record<string, string> = {
  refusal: differ,
  opposition: differ,
  condition: muted,
}

/** Positions by party: per party (a sub-heading) a table of stance, position and wordings. */
export function drawPositions(
  flow: Flow,
  section: PositionsView & Pick<SectionView, 'anchor'>,
  outline: PDFKit.PDFOutline | undefined,
): void {
  for (const party of section.parties) {
    drawHeading(flow, party.party, `${section.anchor}-${slug(party.party)}`, 3, outline)
    drawTable(
      flow,
      [
        { header: 'Stance', weight: 0.75 },
        { header: 'Position', weight: 1.5 },
        { header: 'Wording by outlet', weight: 2.6 },
      ],
      party.positions.map((position) => ({
        cells: [
          [
            para([
              text(
                position.stanceLabel.toUpperCase(),
                'sansBold',
                7.5,
                stanceColors[position.stance] ?? accent,
              ),
            ]),
          ],
          [para([text(position.summary, 'serifBold', small)])],
          position.wordings.map((wording) => ({
            ...bulleted(statementRuns(wording, small)),
            spaceAfter: 2,
          })),
        ],
      })),
    )
    if (party.moreLabel) flow.paras([moreLine(party.moreLabel)])
  }
}
