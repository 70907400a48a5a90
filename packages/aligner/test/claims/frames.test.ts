import { describe, expect, it } from 'vitest'
import { claimsOf as claimsOfText, pick } from './helpers.js'

const claimsOf = (body: string) => claimsOfText(body, 'frames.txt')

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

describe('positions whose subject is not right before the verb', () => {
  it('a pronoun, a participle clause, an addressee with an infinitive, a group', async () => {
    const claims = pick(
      await claimsOf(
        [
          '“The bridge is gone,” the mayor, Anna Varga, told reporters. She asked the government to send army engineers to the valley.',
          'Norway has rejected the proposal, refusing to share the fishing grounds.',
          'Portugal, meanwhile, is pushing its partners to provide it with emergency funds.',
          'Consumer groups called for a public inquiry.',
        ].join('\n\n'),
      ),
      'position',
    )
    expect(claims.map((c) => [c.party.name, c.stance, c.object])).toEqual([
      ['Anna Varga', 'demand', 'send army engineers'],
      ['Norway', 'refusal', 'proposal'],
      ['Norway', 'refusal', 'share the fishing grounds'],
      ['Portugal', 'demand', 'provide it with emergency funds'],
      ['Consumer groups', 'demand', 'public inquiry'],
    ])
  })

  it('a denial, and control over a place', async () => {
    const claims = pick(
      await claimsOf(
        'The company denied ignoring safety warnings. Serbia is demanding control over the northern pass. The minister declined to comment on the report.',
      ),
      'position',
    )
    expect(claims.map((c) => [c.stance, c.object])).toEqual([
      ['refusal', 'ignoring safety warnings'],
      ['demand', 'control over the northern pass'],
    ])
  })
})

describe('events framed as taking place', () => {
  it('a future meeting, a held round, an agreed exchange; not what could happen', async () => {
    const claims = pick(
      await claimsOf(
        [
          'The mediator said the next hearing will take place soon.',
          'Both unions ended the latest round of negotiations without a deal.',
          'The clubs agreed to a player exchange.',
          'A second meeting could take place if the talks go well.',
        ].join('\n\n'),
      ),
      'event',
    )
    expect(claims.map((c) => c.event)).toEqual([
      'next hearing',
      'latest round of negotiations',
      'player exchange',
    ])
  })

  it('a date before ", when" dates the event of that clause; a death with its date', async () => {
    const claims = pick(
      await claimsOf(
        'Residents remember March 1977, when a flood near Ravenna destroyed the old bridge. The founder died in Lyon last week.',
      ),
      'event',
    )
    expect(claims.map((c) => [c.event, c.when?.start ?? null, c.where])).toEqual([
      ['flood', '1977-03-01', 'Ravenna'],
      ['death', '2025-04-28', 'Lyon'],
    ])
  })
})

describe('figures read from the words', () => {
  it('a rank after a verb of ranking, a level after "rose to", the same subject as "reached"', async () => {
    const claims = pick(
      await claimsOf(
        'Lyon finished third in the league. The death toll from the avalanche rose to 12 on Friday. The death toll reached 12.',
      ),
      'quantity',
    )
    expect(claims.map((c) => [c.subject, c.value, c.unit])).toEqual([
      ['finished in league', 3, 'place'],
      ['death toll', 12, null],
      ['death toll', 12, null],
    ])
  })
})
