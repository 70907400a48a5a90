import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { annotate } from '../src/index.js'
import { findQuotations } from '../src/lib/find-quotations.js'
import { foldName } from '../src/lib/fold-name.js'
import { resolveDates } from '../src/lib/resolve-dates.js'
import { paragraphInput, seedsDir } from './support/cases.js'

describe('people: one identity across spellings and role phrases', () => {
  it('folds transliteration variants to one key', () => {
    expect(['Zelensky', 'Zelenskyy', 'Zelenskiy', 'Zelenski'].map(foldName)).toEqual([
      'zelensky',
      'zelensky',
      'zelensky',
      'zelensky',
    ])
    expect(foldName('Umerov')).not.toBe(foldName('Medinsky'))
  })

  it('full name, -yy spelling, surname and role phrase resolve to one person in one article', () => {
    const text =
      'Ukrainian President Volodymyr Zelensky arrived in Warsaw on Monday.\n\nZelenskyy met Polish leaders there.\n\nThe Ukrainian president said the talks were “useful.”\n\nZelensky left on Tuesday.'
    const a = annotate(paragraphInput(text, '2025-04-02'))
    const people = a.entities.filter((e) => e.kind === 'person')
    expect(people.map((e) => e.key)).toEqual(['person:zelensky'])
    const e = people[0]!
    expect(e.name).toBe('Volodymyr Zelensky')
    expect(e.forms).toEqual(['Volodymyr Zelensky', 'Zelenskyy', 'Zelensky'])
    expect(e.party).toBe('party:ukraine')
    const forms = a.mentions.filter((m) => m.entity === e.id).map((m) => `${m.form}:${m.text}`)
    expect(forms).toEqual([
      'full:Volodymyr Zelensky',
      'surname:Zelenskyy',
      'role:The Ukrainian president',
      'surname:Zelensky',
    ])
    expect(a.quotations[0]!.speaker).toMatchObject({
      status: 'attributed',
      entity: e.id,
      via: 'role',
    })
  })

  it('capitals and metonyms are parties', () => {
    const a = annotate(
      paragraphInput(
        'Moscow rejected the offer. The Kremlin said Kyiv and Washington must wait; the White House declined to comment.',
        '2025-01-01',
      ),
    )
    const key = (t: string) =>
      a.entities.find((e) => e.id === a.mentions.find((m) => m.text === t)?.entity)?.key
    expect([
      key('Moscow'),
      key('Kremlin'),
      key('Kyiv'),
      key('Washington'),
      key('White House'),
    ]).toEqual([
      'party:russia',
      'party:russia',
      'party:ukraine',
      'party:united-states',
      'party:united-states',
    ])
  })
})

describe('dates', () => {
  it('the referenceDate option wins when the article has no published date', () => {
    const text = readFileSync(join(seedsDir, '000_3c1e199460bc7caa.txt'), 'utf8')
    const a = annotate(paragraphInput(text, null), { referenceDate: '2026-02-18' })
    expect(a.dates.find((d) => d.text === 'Wednesday')?.value?.start).toBe('2026-02-18')
    expect(a.dates.find((d) => d.text === 'Feb.14 2026')?.value?.start).toBe('2026-02-14')
  })

  it('a weekday in past-tense news is the most recent such day on or before the reference', () => {
    const ref = { basis: 'published', date: '2026-02-18' } as const
    const got = resolveDates(
      'He spoke on Friday and again on Wednesday; talks resume next Monday.',
      ref,
    )
    expect(got.map((d) => [d.value?.start])).toEqual([
      ['2026-02-13'],
      ['2026-02-18'],
      ['2026-02-23'],
    ])
  })

  it('without any reference, relative dates are undetermined with a reason; absolute ones resolve', () => {
    const a = annotate(
      paragraphInput('The vote came on Wednesday, two years after the 12 March 2019 accord.', null),
    )
    expect(a.reference).toEqual({ basis: 'stated', date: '2019-03-12' })
    const b = annotate(paragraphInput('The vote came on Wednesday.', null))
    expect(b.reference.basis).toBe('undetermined')
    expect(b.dates[0]).toMatchObject({ text: 'Wednesday', value: null, relative: true })
    expect(b.dates[0]!.reason).toMatch(/no reference date/u)
  })
})

describe('quotations', () => {
  it('a quote left open at a paragraph end continues in the next paragraph', () => {
    const first = findQuotations('“We will not stop.', false)
    expect(first).toEqual([{ open: 0, close: -1, start: 1, end: 18, continued: false }])
    expect(findQuotations('“Never,” she said.', true)[0]!.continued).toBe(true)
  })

  it('apostrophes are not quotation marks; straight quotes are', () => {
    const text = 'The talks’ outcome, he said, was "not what we hoped" and Kyiv’s view differs.'
    const q = findQuotations(text, false)
    expect(q.map((x) => text.slice(x.start, x.end))).toEqual(['not what we hoped'])
  })
})
