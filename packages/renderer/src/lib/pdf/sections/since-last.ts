import type { SinceLastView } from '../../view-types.js'
import type { Flow } from '../flow.js'
import { statementRuns, text } from '../styled-runs.js'
import { agree, body, differ, muted, small } from '../styles.js'

const changeColors: Record<string, string> = { new: agree, changed: muted, resolved: differ }

/** Since the last briefing: which briefing, then each change labelled new, changed or resolved. */
export function drawSinceLast(flow: Flow, section: SinceLastView): void {
  flow.paras([{ runs: [text(section.previousLabel, 'serifItalic', small, muted)], spaceAfter: 5 }])
  flow.paras(
    section.items.map((item) => ({
      runs: [
        text(`${item.label.toUpperCase()}  `, 'sansBold', 7.5, changeColors[item.change] ?? muted),
        ...statementRuns(item.statement, body),
      ],
      spaceAfter: 4,
    })),
  )
}
