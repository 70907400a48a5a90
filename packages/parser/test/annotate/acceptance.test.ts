import { describe, expect, it } from 'vitest'
import { parseSeed } from './helpers.js'

describe('seeds through parse(): one identity across spellings and role phrases', () => {
  it('in the seeds, Zelensky / Zelenskyy and “The Ukrainian president” are one key', async () => {
    const moscow = await parseSeed('001_e97a5b1f3319e9b9.txt')
    const z = moscow.annotations.entities.find((e) => e.key === 'person:zelensky')!
    const role = moscow.annotations.mentions.find((m) => m.text === 'The Ukrainian president')
    expect(role?.entity).toBe(z.id)
    expect(role?.form).toBe('role')
    const plain = await parseSeed('002_ce296505b52b84f1.txt')
    expect(plain.annotations.entities.find((e) => e.key === 'person:zelensky')?.forms).toContain(
      'Zelenskyy',
    )
  })

  it('the Umerov first-name difference survives as recorded forms of one key', async () => {
    const time = await parseSeed('000_3c1e199460bc7caa.txt')
    const digest = await parseSeed('003_15857deaf6e4b233.txt')
    const a = time.annotations.entities.find((e) => e.key === 'person:umerov')!
    const b = digest.annotations.entities.find((e) => e.key === 'person:umerov')!
    expect(a.forms).toContain('Rustem Umerov')
    expect(b.forms).toEqual(expect.arrayContaining(['Dmytro Umerov', 'Rustem Umerov', 'Umerov']))
    expect(a.roles.join(' ')).toMatch(/Ukrainian delegation/u)
  })

  it('an appositive title attaches to the person and gives the party', async () => {
    const time = await parseSeed('000_3c1e199460bc7caa.txt')
    const medinsky = time.annotations.entities.find((e) => e.key === 'person:medinsky')!
    expect(medinsky.roles).toContain('Russia’s chief negotiator')
    expect(medinsky.party).toBe('party:russia')
  })
})

describe('seeds through parse(): dates', () => {
  it('TIME clip with reference 2026-02-18: Wednesday is the 18th, Feb. 16 the 16th', async () => {
    const { annotations } = await parseSeed('000_3c1e199460bc7caa.txt')
    expect(annotations.reference).toEqual({ basis: 'published', date: '2026-02-18' })
    const day = (t: string) => annotations.dates.find((d) => d.text === t)?.value?.start
    expect(day('Wednesday')).toBe('2026-02-18')
    expect(day('Wednesday morning')).toBe('2026-02-18')
    expect(day('Feb. 16')).toBe('2026-02-16')
    expect(day('Tuesday')).toBe('2026-02-17')
    expect(annotations.dates.find((d) => d.text === 'last year')?.value).toEqual({
      start: '2025-01-01',
      end: '2025-12-31',
      granularity: 'year',
    })
  })
})
