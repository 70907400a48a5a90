/**
 * Print the held-out evaluation (fixtures/heldout-*): per article and overall scores, then every
 * failure with `--failures`. Run: `pnpm exec tsx test/heldout-report.ts [--failures]` in
 * packages/annotate. The parser's fresh and blind sets (read through `parse()`) have their own
 * report: `pnpm exec tsx test/annotate/parsed-report.ts` in packages/parser.
 */
import { printReport } from './support/report.js'
import { scoreHeldout } from './support/score.js'

printReport(scoreHeldout(), { failures: process.argv.includes('--failures') })
