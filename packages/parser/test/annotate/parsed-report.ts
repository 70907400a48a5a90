/**
 * Print the fresh (fixtures/fresh-*) or, with `--blind`, the blind evaluation (fixtures/blind-*):
 * every input shape through `parse()`, with metadata and cleaning checks; every failure with
 * `--failures`. Run: `pnpm exec tsx test/annotate/parsed-report.ts [--blind] [--failures]` in
 * packages/parser. The held-out set is scored in packages/annotate (`test/heldout-report.ts`).
 */
import { printReport } from '../../../annotate/test/support/report.js'
import { scoreFresh } from './score-fresh.js'

const blind = process.argv.includes('--blind')
printReport(await scoreFresh(blind ? 'blind-' : 'fresh-'), {
  parsed: true,
  failures: process.argv.includes('--failures'),
})
