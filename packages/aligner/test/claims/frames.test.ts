import { parse } from '@parallax/parser'
import type { Claim } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { claimsFromArticle } from '../../src/index.js'

/** Claims of one small English article dated 2025-05-06 (a Tuesday). */
async function claimsOf(body: string): Promise<Claim[]> {
  const text = `Test story\n\n${body}\n`
  const path = 'frames.txt'
  const manifest = { file: path, published: '2025-05-06', language: 'en' }
  const { article } = await parse({ bytes: new TextEncoder().encode(text), path, manifest })
  if (!article) throw new Error('no article')
  return claimsFromArticle(article)
}

const pick = <K extends Claim['kind']>(claims: Claim[], kind: K) =>
  claims.filter((c): c is Extract<Claim, { kind: K }> => c.kind === kind)

describe('characterisation frames without quotation marks', () => {
  it('"described X as ADJ" and a superlative with its complement', async () => {
    const claims = pick(
      await claimsOf(
        'The flood struck the valley on Sunday. Hydrologists described it as the worst to hit the valley in a century. The union described the negotiations as tense.',
      ),
      'characterisation',
    )
    expect(claims.map((c) => [c.by?.name ?? null, c.subject, c.descriptors])).toEqual([
      ['Hydrologists', 'flood', ['worst to hit the valley in a century']],
      ['union', 'negotiations', ['tense']],
    ])
  })

  it('"X was ADJ but ADJ, Y said", not a lone plain adjective', async () => {
    const claims = pick(
      await claimsOf(
        'The outbreak was serious but contained, the health minister said. The road was closed, police said. The victims were elderly, officials said.',
      ),
      'characterisation',
    )
    expect(claims.map((c) => [c.subject, c.descriptors])).toEqual([
      ['outbreak', ['serious', 'contained']],
    ])
  })

  it('a hyphenated descriptor in quotation marks', async () => {
    const claims = pick(
      await claimsOf('The chairman characterised the meeting as “tough but business-like”.'),
      'characterisation',
    )
    expect(claims.map((c) => c.descriptors)).toEqual([['tough', 'business-like']])
  })
})
