import { describe, expect, it } from 'vitest'
import { splitSentences } from '../src/index.ts'
import { bylineNames } from '../src/lib/clean/byline.ts'
import { hasCreditTail, isPureCredit } from '../src/lib/clean/captions.ts'
import { isNavigationChrome } from '../src/lib/clean/navigation.ts'
import { isPromotion } from '../src/lib/clean/promotion.ts'
import { shouldJoinHyphenated } from '../src/lib/dehyphenate.ts'
import { gluedHeadingSplit } from '../src/lib/glued-heading.ts'
import { splitTitleSuffix } from '../src/lib/metadata.ts'
import { readableText } from '../src/lib/readable-text.ts'
import { parseDateText, timelineDateText } from '../src/lib/timeline.ts'

const sentences = (text: string) => splitSentences(text).map(([s, e]) => text.slice(s, e))

describe('splitSentences', () => {
  it('keeps abbreviations, initials, decimals and initialisms inside sentences', () => {
    expect(
      sentences(
        'Gen. Mark Ruiz met Mr. Lee on Jan. 5 in the U.S. Senate. Growth was 2.5 percent. J. R. Ortiz agreed.',
      ),
    ).toEqual([
      'Gen. Mark Ruiz met Mr. Lee on Jan. 5 in the U.S. Senate.',
      'Growth was 2.5 percent.',
      'J. R. Ortiz agreed.',
    ])
  })
  it('ends a sentence after an initialism before a sentence opener', () => {
    expect(sentences('They flew to the U.S. The talks began.')).toEqual([
      'They flew to the U.S.',
      'The talks began.',
    ])
  })
  it('does not end a sentence at a quotation closed by a comma, and ends one after a closing quote', () => {
    expect(
      sentences('“We reached the final stage,” he said. “Next week.” Officials agreed.'),
    ).toEqual(['“We reached the final stage,” he said.', '“Next week.”', 'Officials agreed.'])
  })
  it('treats Feb.14 and an inner ellipsis as part of a sentence', () => {
    expect(sentences('Pictured on Feb.14 2026. “You hold no cards… You gamble!” he said.')).toEqual(
      ['Pictured on Feb.14 2026.', '“You hold no cards… You gamble!” he said.'],
    )
  })
})

describe('dehyphenation', () => {
  it('rejoins syllable breaks and keeps true compounds', () => {
    expect(shouldJoinHyphenated('negoti', 'ations')).toBe(true)
    expect(shouldJoinHyphenated('govern', 'ment')).toBe(true)
    expect(shouldJoinHyphenated('ultra', 'conservative')).toBe(false)
    expect(shouldJoinHyphenated('Kremlin', 'backed')).toBe(false)
    expect(shouldJoinHyphenated('co', 'operation', new Set(['cooperation']))).toBe(true)
  })
  it('uses the English word list when the halves do not decide', () => {
    // Breaks at any syllable: the joined form is a word.
    expect(shouldJoinHyphenated('nego', 'tiations')).toBe(true)
    expect(shouldJoinHyphenated('disa', 'greement')).toBe(true)
    expect(shouldJoinHyphenated('parlia', 'mentary')).toBe(true)
    // Both halves are words, the joined form is not: a true compound.
    expect(shouldJoinHyphenated('long', 'term')).toBe(false)
    expect(shouldJoinHyphenated('state', 'owned')).toBe(false)
    expect(shouldJoinHyphenated('peace', 'keeping')).toBe(true)
  })
  it('maps readable text back to the source', () => {
    const source = '  An ultra-\nconservative negoti-\n  ations team, U.S.-\nRussian.'
    const r = readableText(source, 0, source.length, { dehyphenate: true })!
    expect(r.text).toBe('An ultra-conservative negotiations team, U.S.-Russian.')
    expect(r.map).toMatchInlineSnapshot(`
      [
        [
          0,
          2,
        ],
        [
          9,
          12,
        ],
        [
          28,
          35,
        ],
        [
          46,
          54,
        ],
      ]
    `)
  })
})

describe('digest rules', () => {
  it('splits a title-case heading glued to its first sentence', () => {
    const split = (t: string) => {
      const at = gluedHeadingSplit(t)
      return at === null ? null : [t.slice(0, at).trim(), t.slice(at)]
    }
    expect(
      split(
        'Drone Activity Intensifies Amid Talks The Russian defence ministry said 43 drones fell.',
      ),
    ).toEqual([
      'Drone Activity Intensifies Amid Talks',
      'The Russian defence ministry said 43 drones fell.',
    ])
    expect(split('Mayor Rejects Budget Cuts President Ana Ruiz called them reckless.')).toEqual([
      'Mayor Rejects Budget Cuts',
      'President Ana Ruiz called them reckless.',
    ])
    expect(split('Ports Reopen on the Coast Shipping resumed on Monday.')).toEqual([
      'Ports Reopen on the Coast',
      'Shipping resumed on Monday.',
    ])
    expect(split('The talks resumed on Monday in Geneva.')).toBeNull()
  })
  it('reads timeline dates with chrono-node', () => {
    expect(timelineDateText('Dec 6‑7 2025 – Talks end')).toBe('Dec 6‑7 2025')
    expect(parseDateText('Dec 6‑7 2025')).toEqual({
      start: '2025-12-06',
      end: '2025-12-07',
      granularity: 'day',
    })
    expect(parseDateText('July 2024')).toEqual({
      start: '2024-07-01',
      end: '2024-07-31',
      granularity: 'month',
    })
    expect(parseDateText('2014')).toEqual({
      start: '2014-01-01',
      end: '2014-12-31',
      granularity: 'year',
    })
    expect(timelineDateText('In 2024 the bank raised rates.')).toBeNull()
  })
})

describe('cleaning predicates', () => {
  it('knows chrome, promotion, credits and bylines of the genre', () => {
    expect(
      ['Top Stories', 'Updated (3 articles)', 'External resources (9 links)'].map(
        isNavigationChrome,
      ),
    ).toEqual([true, true, true])
    expect(isNavigationChrome('Talks resume in Geneva')).toBe(false)
    expect(isPromotion('Show me more content from The Atlantic on Google Search')).toBe(true)
    expect(isPromotion('Subscribe to our daily newsletter.')).toBe(true)
    expect(isPromotion('Farmers subscribe to several co-operatives.')).toBe(false)
    expect(hasCreditTail('Crowds gather in Lagos on Monday. Pius Utomi Ekpei/AFP')).toBe(true)
    expect(hasCreditTail('Smoke rises over the port.Jane Roe—Getty Images')).toBe(true)
    expect(hasCreditTail('The minister spoke to Reuters on Monday.')).toBe(false)
    expect(isPureCredit('Photo: Reuters')).toBe(true)
    expect(bylineNames('By Jane Okafor and Tom Reyes')).toBe('Jane Okafor and Tom Reyes')
    expect(bylineNames('By Wednesday the talks had ended')).toBeNull()
  })
  it('moves a title suffix into the outlet', () => {
    expect(splitTitleSuffix('Talks End | Le Monde')).toEqual({
      title: 'Talks End',
      outlet: 'Le Monde',
    })
    expect(splitTitleSuffix('Talks End - Reuters')).toEqual({
      title: 'Talks End',
      outlet: 'Reuters',
    })
    expect(splitTitleSuffix('Russia - Ukraine Talks End')).toEqual({
      title: 'Russia - Ukraine Talks End',
      outlet: null,
    })
  })
})
