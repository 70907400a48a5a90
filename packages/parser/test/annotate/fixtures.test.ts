import { describe, it } from 'vitest'
import { checkQuotes, checkSpans } from '../../../annotate/test/support/checks.js'
import { parseSeed, seedCases } from './helpers.js'

describe('annotate: seeds through parse(), hand-checked quote lists', () => {
  for (const c of seedCases()) {
    it(`${c.name}: every direct quote with its speaker`, async () => {
      const { text, annotations } = await parseSeed(c.expected.seed!)
      checkQuotes(annotations, c)
      checkSpans(text, annotations)
    })
  }
})
