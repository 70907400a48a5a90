import { describe, expect, it } from 'vitest'
import { findQuantities } from '../src/lib/find-quantities.js'

const found = (text: string) =>
  findQuantities(text, []).map((q) => ({
    text: text.slice(q.start, q.end),
    value: q.value,
    unit: q.unit,
  }))

describe('units and scales written against the number', () => {
  it('reads a scale letter after a sum of money ("£50m", "$2bn")', () => {
    expect(found('worth up to £50m')).toEqual([
      { text: 'up to £50m', value: 50_000_000, unit: 'GBP' },
    ])
    expect(found('a $2bn deal')).toEqual([{ text: '$2bn', value: 2_000_000_000, unit: 'USD' }])
  })

  it('reads a unit abbreviation against the number as written apart ("40km", "40 km")', () => {
    expect(found('struck 40km west of the city')).toEqual([{ text: '40km', value: 40, unit: 'km' }])
    expect(found('about 10 km deep')[0]?.unit).toBe('km')
    expect(found('the 100m final')[0]).toEqual({ text: '100m', value: 100, unit: 'm' })
  })

  it('leaves years, and digits run into a word, alone', () => {
    expect(found('in 2019 the club')).toEqual([])
    expect(found('the B52s and 3Com')).toEqual([])
  })
})

describe('times of day and gerunds', () => {
  it('reads no quantity in a clock time ("3:42 a.m.", "9 pm", "14:30")', () => {
    expect(found('The quake struck at 3:42 a.m. local time.')).toEqual([])
    expect(found('Polls close at 9 pm and results come at 14:30.')).toEqual([])
  })

  it('ends the unit before a gerund ("five hours reading")', () => {
    expect(found('She spent more than five hours reading the ruling.')).toEqual([
      { text: 'more than five hours', value: 5, unit: 'hour' },
    ])
  })
})
