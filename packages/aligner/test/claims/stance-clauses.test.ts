import { describe, expect, it } from 'vitest'
import { claimsOf as claimsOfText, pick } from './helpers.js'

const claimsOf = (body: string) => claimsOfText(body, 'stance-clauses.txt')

describe('positions on what a claim says, and subjects set off by commas', () => {
  it('"rejected claims that …" is a stance on the clause, as "denied that …" is', async () => {
    const claims = pick(
      await claimsOf(
        'Mayor Ana Lopes rejected allegations that the council had hidden the report. Lopes rejected the plan.',
      ),
      'position',
    )
    expect(claims.map((c) => [c.stance, c.object])).toEqual([
      ['refusal', 'council had hidden the report'],
      ['refusal', 'plan'],
    ])
  })

  it('a name in apposition right before the verb is its subject, also one the parser missed', async () => {
    const claims = pick(
      await claimsOf(
        "The bakery's owner, Donal Keane, rejected the proposal.\n\nThe port's operations chief, Tomasz Wierzbicki, rejected claims that cranes had been left idle.",
      ),
      'position',
    )
    expect(claims.map((c) => [c.party.name, c.stance, c.object])).toEqual([
      ['Donal Keane', 'refusal', 'proposal'],
      ['Tomasz Wierzbicki', 'refusal', 'cranes had been left idle'],
    ])
  })
})
