/**
 * Print the people evaluation (fixtures/people-*): speakers and entity pitfalls (same surname,
 * pronoun gender, junk roles, non-persons). Run: `pnpm exec tsx test/people-report.ts
 * [--failures]` in packages/annotate.
 */

import { scorePeople } from './support/people.js'
import { printReport } from './support/report.js'

printReport(scorePeople(), { failures: process.argv.includes('--failures') })
