import { describe, expect, it } from 'vitest'
import { claimsOf as claimsOfText, pick } from './helpers.js'

const claimsOf = (body: string) => claimsOfText(body, 'rules.txt')

describe('claim rules on small texts', () => {
  it('a stance verb that opens its sentence has no subject (and does not crash)', async () => {
    const claims = await claimsOf(
      'Demanded by residents for weeks, the shelters opened on Monday.\n\nRejected again, the plan went back to the council.\n\nWe need prefabricated homes, the mayor said.',
    )
    expect(pick(claims, 'position').every((c) => c.party.name.length > 0)).toBe(true)
  })

  it('two wordings of one count get one subject', async () => {
    const a = pick(
      await claimsOf('Officials said 120 prisoners were exchanged on Friday.'),
      'quantity',
    )
    const b = pick(
      await claimsOf('The two countries exchanged 120 prisoners on Friday.'),
      'quantity',
    )
    expect(a.map((c) => c.subject)).toEqual(['prisoners exchanged'])
    expect(b.map((c) => c.subject)).toEqual(['prisoners exchanged'])
  })

  it('a forecast is expected, a duration measures what lasted, a share names its whole', async () => {
    const claims = pick(
      await claimsOf(
        'More than 300 prisoners are expected to be exchanged next week. The hearing lasted nearly six hours. Officials said 20% of the northern region was flooded.',
      ),
      'quantity',
    )
    expect(claims.map((c) => [c.subject, c.value, c.hedge, c.expected ?? false])).toEqual([
      ['prisoners exchanged', 300, 'more-than', true],
      ['hearing', 6, 'nearly', false],
      ['share of northern region', 20, null, false],
    ])
  })

  it('a stance noun with a possessor, and the refusal of it', async () => {
    const claims = pick(
      await claimsOf('Germany rejected France’s proposal for a joint fund.'),
      'position',
    )
    expect(claims.map((c) => [c.party.key, c.stance, c.object])).toEqual([
      ['party:germany', 'refusal', 'France’s proposal for a joint fund'],
      ['party:france', 'offer', 'joint fund'],
    ])
  })

  it('a negated verb of giving up is a refusal; a wish for someone else is not their position', async () => {
    const claims = pick(
      await claimsOf(
        'Spain will not cede control of the port. Italy urged Spain to accept the plan.',
      ),
      'position',
    )
    expect(claims.map((c) => [c.party.key, c.stance, c.object])).toEqual([
      ['party:spain', 'refusal', 'cede control of the port'],
      ['party:italy', 'demand', 'Spain to accept the plan'],
    ])
  })

  it('who described what, and how', async () => {
    const claims = pick(
      await claimsOf('Prime Minister Anna Berg described the talks as “tough but fair”.'),
      'characterisation',
    )
    expect(claims.map((c) => [c.by?.key, c.subject, c.descriptors])).toEqual([
      ['person:berg', 'talks', ['tough', 'fair']],
    ])
  })

  it('an event with its date and place; a negated one is none', async () => {
    const claims = pick(
      await claimsOf(
        'Ministers met in Oslo on Monday for a round of trade talks. No agreement was signed in Oslo.',
      ),
      'event',
    )
    expect(claims.map((c) => [c.event, c.when?.start, c.where])).toEqual([
      ['round of trade talks', '2025-05-05', 'Oslo'],
    ])
  })

  it('a scheduled event and a dateless finite one; the span runs through the date', async () => {
    const body =
      'The hearing is due to resume on Thursday. They are due to meet on Friday. A former manager was acquitted. Rescuers searched collapsed buildings.'
    const claims = pick(await claimsOf(body), 'event')
    const text = `Test story\n\n${body}\n`
    expect(
      claims.map((c) => [
        c.event,
        c.when?.start ?? null,
        text.slice(c.provenance.span.start, c.provenance.span.end),
      ]),
    ).toEqual([
      ['hearing', '2025-05-08', 'hearing is due to resume on Thursday'],
      ['meeting', '2025-05-09', 'meet on Friday'],
      ['acquittal', null, 'acquitted'],
    ])
  })

  it('a reported intention, an unknown proper subject, a hyphenated object', async () => {
    const claims = pick(
      await claimsOf(
        'His lawyer, Anna Berg, said the defence would challenge the ruling. Halvorsen Industri had demanded a buy-back clause. Officials said the union could reject the offer.',
      ),
      'position',
    )
    expect(claims.map((c) => [c.party.name, c.party.key === null, c.stance, c.object])).toEqual([
      ['Anna Berg', false, 'opposition', 'ruling'],
      ['Halvorsen Industri', true, 'demand', 'buy-back clause'],
    ])
  })

  it('an age and a definite amount are figures; a definite count refers back; X of a figure', async () => {
    const claims = pick(
      await claimsOf(
        'The club signed the 24-year-old defender. It beat the €18 million it paid in 2020. The two sides met. The board rejected a bid of €30 million.',
      ),
      'quantity',
    )
    expect(claims.map((c) => [c.value, c.unit, c.subject])).toEqual([
      [24, 'year', 'age'],
      [18000000, 'EUR', 'paid'],
      [30000000, 'EUR', 'bid'],
    ])
  })

  it('a verb event in its own dated clause; a date goes to the phrase just before it', async () => {
    const claims = pick(
      await claimsOf(
        'The trial has heard 40 witnesses since it opened in January. Rovers completed the signing of a striker on Monday in a record deal.',
      ),
      'event',
    )
    expect(claims.map((c) => [c.event, c.when?.start ?? null])).toEqual([
      ['opening', '2025-01-01'],
      ['signing of a striker', '2025-05-05'],
    ])
  })
})

describe('positions and figures written in other shapes', () => {
  it('a demand with a that clause, after an aspect verb, and with "fight for"', async () => {
    const claims = pick(
      await claimsOf(
        'Norway is demanding that Sweden withdraw the plan that ministers drew up.\n\nDenmark continues to insist that Finland repay the loan.\n\nPoland is fighting for Germany to lower the tariff.\n\nItaly urged Austria to reject the plan.',
      ),
      'position',
    )
    const demands = claims.filter((c) => c.stance === 'demand').map((c) => c.object)
    expect(demands).toContain('Sweden withdraw the plan')
    expect(demands).toContain('Finland repay the loan')
    expect(demands).toContain('Germany to lower the tariff')
    // 'to reject' after 'urged Austria' is Italy's wish, not Austria's refusal.
    expect(claims.some((c) => c.stance === 'refusal')).toBe(false)
  })

  it('a compound measure after "the" still states a figure; "the two sides" does not', async () => {
    const claims = pick(
      await claimsOf(
        'The six-hour hearing ended without a ruling.\n\nThe two sides met again on Friday.',
      ),
      'quantity',
    )
    expect(claims.map((c) => [c.value, c.unit])).toEqual([[6, 'hour']])
  })
})

describe('who voices an organisation’s position', () => {
  it('the person whose saying reports it, by the full name the article gives', async () => {
    const claims = pick(
      await claimsOf(
        'Deputy Governor Mateo Reyes spoke on Friday. Reyes said the Northfield Reserve Bank was ready to raise rates again if inflation picked up.',
      ),
      'position',
    )
    expect(claims.map((c) => [c.party.key, c.by?.name])).toEqual([
      ['org:northfield-reserve-bank', 'Mateo Reyes'],
    ])
  })
})
