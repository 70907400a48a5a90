import { describe, expect, it } from 'vitest'
import { claimsOf as claimsOfText, pick } from './helpers.js'

// Small invented texts (published 2025-05-06, a Tuesday), far from every evaluation set.
const claimsOf = (body: string) => claimsOfText(body, 'decisions.txt')

describe('decisions, dated events, partitive figures and judged actions', () => {
  it('a decision verb with its object is an event dated by its clause; an idiom without a figure or date is none', async () => {
    const events = pick(
      await claimsOf(
        'The Nordic Trust Bank lowered its deposit rate to 2.5% on Monday. The airline cut a bold figure at the show.',
      ),
      'event',
    )
    expect(events.map((c) => [c.event, c.when?.start ?? null])).toEqual([
      ['cut of deposit rate', '2025-05-05'],
    ])
  })

  it('an act on a counted object stands alone, beside another event of its clause', async () => {
    const events = pick(
      await claimsOf('The dairy recalled 12 yoghurt products after a salmonella outbreak.'),
      'event',
    )
    expect(events.map((c) => c.event)).toContain('recall of yoghurt products')
  })

  it('a bare year in an event phrase dates it', async () => {
    const events = pick(
      await claimsOf('Officials said it was worse than the 1998 Elbe flood.'),
      'event',
    )
    expect(events.map((c) => [c.event, c.when?.start, c.when?.granularity])).toContainEqual([
      'Elbe flood',
      '1998-01-01',
      'year',
    ])
  })

  it('a partitive counts its part, not its whole; a fraction and a level after reach are figures', async () => {
    const figures = pick(
      await claimsOf(
        'Three of the nine judges dissented. The fund raised its fee by a quarter of a percentage point. The toll reached 31 on Friday.',
      ),
      'quantity',
    )
    expect(figures.map((c) => [c.value, c.unit])).toEqual([
      [3, 'judge'],
      [0.25, 'percentage point'],
      [31, null],
    ])
  })

  it('a quoted participle pair and a judged action are characterisations', async () => {
    const found = pick(
      await claimsOf(
        'The coach said the defence had been "sloppy but committed". A regulator said the airline had "acted quickly and responsibly".',
      ),
      'characterisation',
    )
    expect(found.map((c) => [c.subject, c.descriptors])).toEqual([
      ['defence', ['sloppy', 'committed']],
      ['airline', ['acted quickly', 'responsibly']],
    ])
  })

  it('coordinated verbs share their subject; a name before ", who" holds the stance', async () => {
    const positions = pick(
      await claimsOf(
        'Mayor Ines Vidal declared an emergency on Sunday and asked the national government for emergency funds. "Nobody saw this coming," said coach Arne Holm, who urged fans to stay calm.',
      ),
      'position',
    )
    expect(positions.map((c) => [c.party.name, c.stance, c.object])).toEqual([
      ['Ines Vidal', 'demand', 'emergency funds'],
      ['Arne Holm', 'demand', 'fans'],
    ])
  })

  it('readiness to act is a position: a condition with a conditional cue, else an offer', async () => {
    const positions = pick(
      await claimsOf(
        'The Nordic Trust Bank would not hesitate to raise interest rates again if prices picked up. The European Commission is willing to fund new border posts.',
      ),
      'position',
    )
    expect(positions.map((c) => [c.party.name, c.stance, c.object])).toEqual([
      ['Nordic Trust Bank', 'condition', 'raise interest rates'],
      ['European Commission', 'offer', 'fund new border posts'],
    ])
  })
})
