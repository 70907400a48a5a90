import { describe, expect, it } from 'vitest'
import { quantityPhrase } from '../../src/lib/compose/describe.js'
import {
  fragmentReason,
  leansOnContext,
  standsAlone,
  subjectReadsWell,
  withoutLead,
} from '../../src/lib/compose/readable.js'
import { scopeValue } from '../../src/lib/compose/sections/conflicts.js'
import { labelObject } from '../../src/lib/compose/sections/positions.js'
import { channelPhrase, roleLabel } from '../../src/lib/compose/sections/quotes.js'

describe('what an editor cuts', () => {
  it('finds sentences that are not whole: an open quotation, a headline, a mid-sentence start', () => {
    expect(fragmentReason('“Russia greets with a strike even on the very day talks begin.')).toBe(
      'quote-open',
    )
    expect(fragmentReason('It’s going to be very easy,” the mayor said on Monday.')).toBe(
      'quote-open',
    )
    expect(fragmentReason('He said "we will appeal.')).toBe('quote-open')
    expect(fragmentReason('Striker Signs Three-Year Deal With Rival Club')).toBe('no-stop')
    expect(fragmentReason('and the quake struck at dawn.')).toBe('lower-case')
    expect(fragmentReason('The coach called the deal “historic,” and left.')).toBeNull()
    expect(fragmentReason('“We will appeal,” the lawyer said.')).toBeNull()
  })

  it('finds sentences that lean on the one before', () => {
    expect(leansOnContext('The club has repeatedly rejected any such offers.')).toBe(true)
    expect(leansOnContext('The union has consistently rejected this proposal.')).toBe(true)
    expect(leansOnContext('However, rescuers reached the village.')).toBe(true)
    expect(leansOnContext('Rescuers reached the village this week.')).toBe(false)
    expect(leansOnContext('Cities such as Izmir were hit hardest.')).toBe(false)
    expect(standsAlone('Rescuers reached the village of Kala on Tuesday night.')).toBe(true)
    expect(standsAlone('Too short.')).toBe(false)
  })

  it('templates a figure only over a subject that reads as a noun phrase', () => {
    const q = (subject: string, unit: string | null) => ({ subject, unit })
    expect(subjectReadsWell(q('death toll', 'person'))).toBe(true)
    expect(subjectReadsWell(q('talks', 'hour'))).toBe(true)
    expect(subjectReadsWell(q('put', null))).toBe(false)
    expect(subjectReadsWell(q('years', 'year'))).toBe(false)
    expect(subjectReadsWell(q('investors lost', 'investor'))).toBe(false)
    expect(subjectReadsWell(q('former player received', 'year'))).toBe(false)
    expect(subjectReadsWell(q('transfer fee', 'EUR'))).toBe(true)
  })

  it('writes counts with thousands grouped', () => {
    expect(quantityPhrase({ value: 4100, unit: 'investor', hedge: 'about' })).toBe(
      'about 4,100 investors',
    )
    expect(quantityPhrase({ value: 2022, unit: null, hedge: null })).toBe('2022')
  })

  it('cuts a scope label and a position summary before the clause after the object', () => {
    expect(scopeValue('the club sell its stadium despite fans not owning all of')).toBe(
      'the club sell its stadium',
    )
    expect(scopeValue('full control of the eastern region – which is a non-starter')).toBe(
      'full control of the eastern region',
    )
    expect(scopeValue('parts of the coast')).toBe('parts of the coast')
    expect(labelObject('Union demand on pay: a 5% rise', 'demand')).toBe('a 5% rise')
    expect(labelObject('Ana Petrov demand: prefabricated homes', 'demand')).toBe(
      'prefabricated homes',
    )
    expect(labelObject('Union’s pay demand: how much', 'demand')).toBe(
      'Union’s pay demand: how much',
    )
  })

  it('says where words were said in English, and not the reporting outlet itself', () => {
    expect(channelPhrase('X', ['Daily Post'])).toBe('on X')
    expect(channelPhrase('reporters', ['Daily Post'])).toBe('to reporters')
    expect(channelPhrase('statement', ['Daily Post'])).toBe('in a statement')
    expect(channelPhrase('CNBC', ['Daily Post'])).toBe('to CNBC')
    expect(channelPhrase('Daily Post', ['Daily Post'])).toBeUndefined()
    expect(channelPhrase(undefined, ['Daily Post'])).toBeUndefined()
  })

  it('labels a speaker by a title, not a possessive nor a clause', () => {
    expect(roleLabel('His lawyer')).toBe('lawyer')
    expect(roleLabel('Former club chairman')).toBe('Former club chairman')
    expect(
      roleLabel('judge Ana Silva spent more than five hours reading a summary of the ruling'),
    ).toBeNull()
  })

  it('drops a wire dateline, and a digest entry’s date where the row shows the date', () => {
    expect(withoutLead('MADRID, June 3 (Reuters) - A court jailed the striker on Monday.')).toBe(
      'A court jailed the striker on Monday.',
    )
    expect(withoutLead('ANKARA (AP) — Rescuers reached the village.')).toBe(
      'Rescuers reached the village.',
    )
    expect(withoutLead('Oct 2022 – The club files for insolvency.', true)).toBe(
      'The club files for insolvency.',
    )
    expect(withoutLead('Dec 6-7 2025 – Talks end.', true)).toBe('Talks end.')
    expect(withoutLead('Oct 2022 – The club files for insolvency.')).toBe(
      'Oct 2022 – The club files for insolvency.',
    )
    expect(withoutLead('US - China talks resumed in Geneva.')).toBe(
      'US - China talks resumed in Geneva.',
    )
    expect(withoutLead('NATO allies met in Brussels - and agreed.')).toBe(
      'NATO allies met in Brussels - and agreed.',
    )
  })
})
