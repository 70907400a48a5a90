import { describe, expect, it } from 'vitest'
import { findNames } from '../src/lib/find-names.js'
import { findQuantities, localCurrencies } from '../src/lib/find-quantities.js'

const kinds = (text: string) => findNames(text).map((c) => `${c.kind}:${c.surface}`)

describe('annotation rules found by the blind evaluation', () => {
  it('reads the rand, the sol and pounds by the country named most', () => {
    expect(findQuantities('about R25 billion in maintenance', []).map((q) => q.unit)).toEqual([
      'ZAR',
    ])
    expect(findQuantities('take the R40 north', [])).toEqual([])
    expect(findQuantities('1,500 soles a month', [])[0]?.unit).toBe('PEN')
    const egypt = localCurrencies('Egypt’s canal… Egyptian officials… London')
    expect(findQuantities('90 billion pounds', [], { currencies: egypt })[0]?.unit).toBe('EGP')
    expect(findQuantities('90 billion pounds', [])[0]?.unit).toBe('GBP')
    expect(kinds('debt climbed to R95 billion')).toEqual([])
  })
  it('reads "over" after a verb before a span of time as "during"', () => {
    const built = findQuantities('what we built over two years', [])[0]
    expect(built?.hedge).toBeNull()
    expect(findQuantities('the strike lasted over two years', [])[0]?.hedge).toBe('more-than')
    expect(findQuantities('it began over two years ago', [])[0]?.hedge).toBe('more-than')
    expect(findQuantities('over 300 people were moved', [])[0]?.hedge).toBe('more-than')
  })
  it('reads a name after an organisation noun phrase as that organisation', () => {
    expect(kinds('the metalworkers’ union Numsa said')).toEqual(['organization:Numsa'])
    expect(kinds('South Africa’s state power utility Eskom said')).toContain('organization:Eskom')
  })
  it('splits "Title Name of X University" into a person and an organisation', () => {
    const found = findNames('Economist Jane Roe of Dhaka University told reporters')
    expect(found.map((c) => `${c.kind}:${c.surface}`)).toEqual([
      'person:Jane Roe',
      'organization:Dhaka University',
    ])
    expect(found[0]?.affiliation).toBe('Dhaka University')
  })
})
