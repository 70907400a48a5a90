import type { BottomLineView } from '../../view-types.js'
import type { Flow } from '../flow.js'
import { bulleted, statementRuns } from '../styled-runs.js'
import { body } from '../styles.js'

/** The bottom line: one bullet per statement. */
export function drawBottomLine(flow: Flow, section: BottomLineView): void {
  flow.paras(section.items.map((item) => bulleted(statementRuns(item, body))))
}
