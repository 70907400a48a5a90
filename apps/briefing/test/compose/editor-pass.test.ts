import type { Briefing, Section } from '@parallax/schema'
import { beforeAll, describe, expect, it } from 'vitest'
import { isBackground, sharedDay } from '../../src/lib/compose/dating.js'
import { pluralUnit } from '../../src/lib/compose/describe.js'
import { bareSubject, isClockTime } from '../../src/lib/compose/figure-subject.js'
import { composeBriefing } from '../../src/lib/compose/index.js'
import {
  fragmentReason,
  leansOnContext,
  subjectReadsWell,
  withoutLead,
} from '../../src/lib/compose/readable.js'
import { clauseAround, thin } from '../../src/lib/compose/sections/positions.js'
import { foldFragments } from '../../src/lib/compose/sections/quotes.js'
import { deriveTitle } from '../../src/lib/compose/title.js'
import { day, inventedStory } from './invented-story.js'

/**
 * An invented budget night (no real outlet, no seed): three outlets, a vote on Wednesday 10 June
 * 2026 after an opening debate on Tuesday, a budget that collapsed in March 2024 (background),
 * a digest entry that opens on its date, and a figure whose subject is only its unit.
 */
const tuesday = day('2026-06-09')
const wednesday = day('2026-06-10')
const march2024 = { start: '2024-03-01', end: '2024-03-31', granularity: 'month' } as const
const input = inventedStory(
  '2026-06-10',
  [
    {
      outlet: 'Harbour Daily',
      sentences: [
        'The final vote on the city budget took 3 hours on Wednesday, officials said.',
        'The opening debate on Tuesday ran for 9 hours without a break.',
        'In March 2024 a similar budget collapsed after a walkout by the opposition members.',
        'The plan commits the city to 4 years of spending cuts in health.',
      ],
      dates: [
        { find: 'Wednesday', value: wednesday },
        { find: 'Tuesday', value: tuesday },
        { find: 'March 2024', value: march2024 },
      ],
    },
    {
      outlet: 'Evening Courier',
      sentences: [
        'Councillors spent 3 hours on the final vote on Wednesday before the budget passed.',
        'Tuesday’s opening debate lasted 9 hours, the longest in a decade.',
        'The budget had collapsed in March 2024 when opposition members walked out of the chamber.',
        'It sets 4 years of spending cuts in health and schools.',
        'Jun 10 2026 – Council approves the budget by a narrow margin after a long night.',
      ],
      dates: [
        { find: 'Wednesday', value: wednesday },
        { find: 'Tuesday’s', value: tuesday },
        { find: 'March 2024', value: march2024 },
        { find: 'Jun 10 2026', value: wednesday },
      ],
    },
    {
      outlet: 'Coast Radio',
      sentences: [
        'On Wednesday the final vote lasted 3 hours in all, the clerk said.',
        'Opposition members had walked out in March 2024, sinking that year’s budget plan.',
      ],
      dates: [
        { find: 'Wednesday', value: wednesday },
        { find: 'March 2024', value: march2024 },
      ],
    },
  ],
  [
    {
      article: 0,
      find: '3 hours',
      kind: 'quantity',
      subject: 'vote',
      value: 3,
      unit: 'hour',
      hedge: null,
    },
    {
      article: 1,
      find: '3 hours',
      kind: 'quantity',
      subject: 'councillors spent',
      value: 3,
      unit: 'hour',
      hedge: null,
    },
    {
      article: 2,
      find: '3 hours',
      kind: 'quantity',
      subject: 'final vote',
      value: 3,
      unit: 'hour',
      hedge: null,
    },
    {
      article: 0,
      find: '9 hours',
      kind: 'quantity',
      subject: 'opening debate',
      value: 9,
      unit: 'hour',
      hedge: null,
    },
    {
      article: 1,
      find: '9 hours',
      kind: 'quantity',
      subject: 'opening debate',
      value: 9,
      unit: 'hour',
      hedge: null,
    },
    {
      article: 0,
      find: 'a similar budget collapsed',
      kind: 'event',
      event: 'budget collapse',
      when: march2024,
      where: null,
      participants: [],
    },
    {
      article: 1,
      find: 'The budget had collapsed',
      kind: 'event',
      event: 'budget collapse',
      when: march2024,
      where: null,
      participants: [],
    },
    {
      article: 2,
      find: 'walked out',
      kind: 'event',
      event: 'budget collapse',
      when: null,
      where: null,
      participants: [],
    },
    {
      article: 0,
      find: '4 years',
      kind: 'quantity',
      subject: 'years',
      value: 4,
      unit: 'year',
      hedge: null,
    },
    {
      article: 1,
      find: '4 years',
      kind: 'quantity',
      subject: 'years',
      value: 4,
      unit: 'year',
      hedge: null,
    },
    {
      article: 1,
      find: 'Council approves the budget',
      kind: 'event',
      event: 'budget approval',
      when: wednesday,
      where: null,
      participants: [],
    },
  ],
  [
    { kind: 'quantity', claims: [0, 1, 2] },
    { kind: 'quantity', claims: [3, 4] },
    { kind: 'event', claims: [5, 6, 7] },
    { kind: 'quantity', claims: [8, 9] },
    { kind: 'event', claims: [10] },
  ],
)

let briefing: Briefing
const section = <K extends Section['kind']>(kind: K) =>
  briefing.sections.find((s) => s.kind === kind) as Extract<Section, { kind: K }>

beforeAll(() => {
  // Room for single-report facts too (the digest entry is one).
  briefing = composeBriefing(input, { bottomLineMin: 5 })
})

describe('the bottom line, as an editor reads it', () => {
  it('says the lengths of one event’s days together, in the order of the days', () => {
    const texts = section('bottom-line').items.map((item) => item.text)
    expect(texts[0]).toBe(
      'Two independent reports say the opening debate on 9 June 2026 lasted 9 hours.',
    )
    expect(texts[1]).toBe('Three independent reports say the vote on 10 June 2026 lasted 3 hours.')
  })

  it('leaves out background: a fact whose every account dates it more than a month back', () => {
    const texts = section('bottom-line').items.map((item) => item.text)
    expect(texts.some((text) => /2024/.test(text))).toBe(false)
  })

  it('drops a digest entry’s opening date', () => {
    const texts = section('bottom-line').items.map((item) => item.text)
    expect(texts).toContain('Council approves the budget by a narrow margin after a long night.')
    expect(texts.some((text) => /^Jun 10 2026/.test(text))).toBe(false)
  })

  it('still cites every statement to a source sentence holding its words', () => {
    const byId = new Map(briefing.citations.map((c) => [c.id, c]))
    for (const item of section('bottom-line').items) {
      expect(item.citations.length).toBeGreaterThan(0)
      const excerpts = item.citations.map((id) => byId.get(id)?.excerpt ?? '')
      if (!/say|says|put/.test(item.text))
        expect(
          excerpts.some((excerpt) => excerpt.includes(item.text.replace(/^\p{Lu}/u, (c) => c))),
        ).toBe(true)
    }
  })
})

describe('figure labels, from the claims when the first names only its unit', () => {
  it('heads a bare unit with what follows it in the sentence', () => {
    const labels = section('figures').rows.map((row) => row.label)
    expect(labels).toContain('Years of spending cuts')
    expect(labels).toContain('Length of the opening debate on 9 June 2026')
    expect(labels).toContain('Length of the vote on 10 June 2026')
  })

  it('knows a bare subject, a clock time and an abbreviated unit', () => {
    expect(bareSubject({ subject: 'years', unit: 'year' })).toBe(true)
    expect(bareSubject({ subject: 'put', unit: 'EUR' })).toBe(true)
    expect(bareSubject({ subject: 'transfer fee', unit: 'EUR' })).toBe(false)
    expect(isClockTime({ unit: 'a.m.' })).toBe(true)
    expect(isClockTime({ unit: 'hour' })).toBe(false)
    expect(pluralUnit('km')).toBe('km')
    expect(pluralUnit('mph')).toBe('mph')
    expect(pluralUnit('kilometre')).toBe('kilometres')
  })

  it('templates no figure over a place, a possessive without its owner or a clause', () => {
    const q = (subject: string, unit: string | null) => ({ subject, unit })
    expect(subjectReadsWell(q('west of the harbour', 'km'))).toBe(false)
    expect(subjectReadsWell(q('own savings', 'EUR'))).toBe(false)
    expect(subjectReadsWell(q('prosecutors sought', 'year'))).toBe(false)
    expect(subjectReadsWell(q('harbour wall', 'metre'))).toBe(true)
  })
})

describe('sentences that are furniture, not facts', () => {
  it('finds a masthead run into the story, not a dateline', () => {
    expect(
      fragmentReason(
        'THE NORTHERN LEDGER CITY Tuesday 9 June 2026 Budget passes after long night.',
      ),
    ).toBe('masthead')
    expect(fragmentReason('NEW YORK (AP) — The budget passed after a long night.')).toBeNull()
    expect(
      fragmentReason('LISBON, June 9 (Reuters) - The budget passed after a long night.'),
    ).toBeNull()
  })

  it('drops a dateline that names its region too', () => {
    expect(withoutLead('PORTO, Portugal (AP) — The budget passed after a long night.')).toBe(
      'The budget passed after a long night.',
    )
  })

  it('does not take a quote given only to a pronoun as a fact that stands alone', () => {
    expect(leansOnContext('“The harbour wall will hold,” he said.')).toBe(true)
    expect(leansOnContext('“The harbour wall will hold,” the engineer said.')).toBe(false)
  })
})

describe('dates an editor checks', () => {
  it('calls a claim background when its sentence dates it more than a month before', () => {
    const [harbour] = input.articles
    const claims = input.alignment.claims
    expect(isBackground(harbour!, claims[5]!, '2026-06-10')).toBe(true)
    expect(isBackground(harbour!, claims[0]!, '2026-06-10')).toBe(false)
  })

  it('finds the day most accounts give, and none when they split', () => {
    expect(sharedDay([tuesday, tuesday, null])).toEqual(tuesday)
    expect(sharedDay([tuesday, wednesday])).toBeNull()
  })

  it('keeps a disputed figure out of the title', () => {
    const claims = new Map()
    const cluster = {
      id: 'k1',
      kind: 'event',
      label: 'magnitude 5.8 earthquake',
      relation: 'agree',
      claims: [],
      articles: [],
      independent: 2,
      reasons: [],
    } as never
    expect(deriveTitle([], [cluster], claims, '2026-06-10')).toBe('Earthquake')
  })
})

describe('positions and quotes that say something', () => {
  it('says a one-word position with the clause that holds it', () => {
    expect(thin('appeal')).toBe(true)
    expect(thin('a new stadium')).toBe(false)
    expect(
      clauseAround('The mayor has repeatedly rejected the idea, even as pressure grows.', 'idea'),
    ).toBe('The mayor has repeatedly rejected the idea')
    expect(
      clauseAround('Her lawyer, Ana Reis, said the defence would challenge the ruling.', 'ruling'),
    ).toBe('the defence would challenge the ruling')
    expect(clauseAround('The club said no.', 'offer')).toBeNull()
    expect(clauseAround('Appeal, they said.', 'appeal')).toBeNull()
  })

  it('lists no speaker whose only quotes are unattributed scare quotes', () => {
    const story = inventedStory(
      '2026-06-10',
      [
        {
          outlet: 'Harbour Daily',
          sentences: [
            '“We will not cut the schools budget,” the mayor, Ana Reis, said on Wednesday.',
            'Critics called the plan a “budget trick” in the chamber.',
          ],
        },
      ],
      [
        {
          article: 0,
          find: 'We will not cut the schools budget',
          kind: 'quote',
          speaker: { key: 'person:ana-reis', name: 'Ana Reis', role: 'mayor' },
          quote: 'We will not cut the schools budget',
          partial: false,
        },
        {
          article: 0,
          find: 'budget trick',
          kind: 'quote',
          speaker: null,
          quote: 'budget trick',
          partial: true,
        },
      ],
      [
        { claims: [0], kind: 'quote', relation: 'unique' },
        { claims: [1], kind: 'quote', relation: 'unique' },
      ],
    )
    const quotes = composeBriefing(story).sections.find((s) => s.kind === 'quotes')
    const speakers = quotes && 'speakers' in quotes ? quotes.speakers : []
    expect(speakers.map((s) => s.name)).toEqual(['Ana Reis'])
    for (const speaker of speakers) expect(speaker.statements.length).toBeGreaterThan(0)
  })

  it('folds a wording held in a longer one into it', () => {
    const claim = (id: string) => ({ id }) as never
    const variants = [
      { text: 'the next vote will take place soon.', claims: [claim('a')] },
      { text: 'soon', claims: [claim('b')] },
      { text: 'The next vote will be held soon', claims: [claim('c')] },
    ]
    const folded = foldFragments(variants)
    expect(folded.map((v) => v.text)).toEqual([
      'the next vote will take place soon.',
      'The next vote will be held soon',
    ])
    expect(folded[0]?.claims.length).toBe(2)
  })
})
