import { expect, it } from 'vitest'
import * as aligner from '../src/index.js'

it('exports exactly the documented names', () => {
  expect(Object.keys(aligner).sort()).toEqual([
    'align',
    'builtinClaimExtractors',
    'claimId',
    'claimsFromArticle',
    'compareStatements',
    'findReports',
  ])
})
