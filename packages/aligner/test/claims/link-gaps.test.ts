import { describe, expect, it } from 'vitest'
import { claimsOf as claimsOfText, pick } from './helpers.js'

const claimsOf = (body: string) => claimsOfText(body, 'link-gaps.txt')

describe('objects the tagger splits, described quotes, attempts', () => {
  it('a stance object keeps "per cent", a figure noun read as a verb, a participle before an adjective', async () => {
    const claims = pick(
      await claimsOf(
        'The union wants a 9 per cent increase.\n\nThe union had demanded a 9% raise.\n\nThe island councils have called for a guaranteed minimum service.',
      ),
      'position',
    )
    expect(claims.map((c) => [c.party.name, c.stance, c.object])).toEqual([
      ['union', 'demand', '9 per cent increase'],
      ['union', 'demand', '9% raise'],
      ['island councils', 'demand', 'guaranteed minimum service'],
    ])
  })

  it('a short quoted noun phrase a describing verb applies to its object is a characterisation', async () => {
    const claims = pick(
      await claimsOf(
        'Mayor Ana Lopes called the ceremony "a proud day for the town".\n\nPetra Holm described the pay offer as "an insult" to staff.\n\n"A proud day for the town," Ana Lopes said of the ceremony.\n\nAna Lopes called the ceremony "what the town has waited for".',
      ),
      'characterisation',
    )
    expect(claims.map((c) => [c.by?.name, c.subject, c.descriptors])).toEqual([
      ['Ana Lopes', 'ceremony', ['proud day for the town']],
      ['Petra Holm', 'pay offer', ['insult']],
    ])
  })

  it('a dated attempt is an event', async () => {
    const claims = pick(
      await claimsOf('A first attempt on Sunday was called off because of high winds.'),
      'event',
    )
    expect(claims.map((c) => [c.event, c.when?.start])).toEqual([['first attempt', '2025-05-04']])
  })
})
