import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runBrief } from '../../src/lib/brief/run-brief.js'
import { tempDir } from '../helpers/paths.js'
import { fixedTime, readBriefing, realDeps, repo } from './helpers.js'

/** Pages of a pdfkit PDF (it writes no object streams, so each page object is plain text). */
const pageCount = (pdf: Buffer): number =>
  pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0

// The reader edition of the seeds, drawn by the real renderer: two pages on either paper size.
describe('the reader edition of the seeds', () => {
  for (const pageSize of ['A4', 'Letter'] as const)
    it(`fits two ${pageSize} pages, every statement cited`, async () => {
      const out = tempDir()
      const result = await runBrief(
        {
          inputs: [join(repo, 'seeds')],
          out,
          formats: ['json', 'pdf'],
          archive: false,
          workers: 0,
          generatedAt: fixedTime,
          edition: 'brief',
          pageSize,
        },
        realDeps,
      )
      expect(result.exitCode).toBe(0)
      const briefing = readBriefing(out)
      expect(briefing.edition).toBe('brief')
      expect(briefing.sections.length).toBeGreaterThanOrEqual(4)
      const pages = pageCount(readFileSync(join(out, 'briefing.pdf')))
      expect(pages).toBeGreaterThan(0)
      expect(pages).toBeLessThanOrEqual(2)
    }, 240_000)
})
