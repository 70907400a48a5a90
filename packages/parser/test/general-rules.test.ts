import { toSourceSpan } from '@parallax/annotate'
import { describe, expect, it } from 'vitest'
import { readByline } from '../src/lib/clean/byline.ts'
import { hasLabelledCredit, isPureCredit } from '../src/lib/clean/captions.ts'
import { chromeLineOf } from '../src/lib/clean/chrome-lines.ts'
import relatedLinksRule, { isRelatedHeader } from '../src/lib/clean/related-links.ts'
import repeatsRule from '../src/lib/clean/repeats.ts'
import { datelineAgency } from '../src/lib/dateline.ts'
import { makeBlock } from '../src/lib/make-block.ts'
import { markdownReplacements } from '../src/lib/markdown-references.ts'
import { readDateLine } from '../src/lib/publication-date.ts'
import type { DraftBlock } from '../src/lib/types.ts'

describe('readDateLine', () => {
  it('reads labelled and bare date lines, with a date-time only when a zone is given', () => {
    expect(readDateLine('Published 12 May 2024')).toEqual({
      date: '2024-05-12',
      datetime: null,
      updated: false,
    })
    expect(readDateLine('Updated: March 3, 2025 10:42 GMT')).toEqual({
      date: '2025-03-03',
      datetime: '2025-03-03T10:42:00Z',
      updated: true,
    })
    expect(readDateLine('9 October 2021')?.date).toBe('2021-10-09')
    expect(readDateLine('Updated 3 Feb 2023 | Published 2 Feb 2023')?.date).toBe('2023-02-02')
  })
  it('refuses lines that are more than a full date', () => {
    expect(readDateLine('May 2024')).toBeNull()
    expect(readDateLine('12 May 2024 - Rivers burst their banks')).toBeNull()
    expect(readDateLine('Published on Monday')).toBeNull()
    expect(readDateLine('The vote on 12 May 2024')).toBeNull()
  })
})

describe('readByline', () => {
  it('separates an outlet suffix from the names', () => {
    expect(readByline('By Maria Rossi and Luca Bianchi, Reuters')).toEqual({
      names: 'Maria Rossi and Luca Bianchi',
      outlet: 'Reuters',
    })
    expect(readByline('By Jane Doe | The Guardian')).toEqual({
      names: 'Jane Doe',
      outlet: 'The Guardian',
    })
    expect(readByline('By Jane Doe, Ann Lee and Tom Reyes')).toEqual({
      names: 'Jane Doe, Ann Lee and Tom Reyes',
      outlet: null,
    })
    expect(readByline('By Jane Doe, Kyiv')).toEqual({ names: 'Jane Doe', outlet: null })
  })
  it('reads a bare byline only with a recognised outlet, and never lower-case words', () => {
    expect(readByline('Jane Doe, Associated Press', { bare: true })).toEqual({
      names: 'Jane Doe',
      outlet: 'Associated Press',
    })
    expect(readByline('Jane Doe, Associated Press')).toBeNull()
    expect(readByline('Central Station, North Gate', { bare: true })).toBeNull()
    expect(readByline('by the end of the day, talks had collapsed')).toBeNull()
  })
})

describe('datelineAgency', () => {
  it('reads the agency of a wire dateline', () => {
    expect(datelineAgency('MILAN (Reuters) - Heavy rain fell.')).toBe('Reuters')
    expect(datelineAgency('WASHINGTON (AP) — The Senate voted.')).toBe('AP')
    expect(datelineAgency('KYIV, Ukraine, May 12 (AFP) – Sirens sounded.')).toBe('AFP')
    expect(datelineAgency('Milan (Reuters) - lower-case place')).toBeNull()
    expect(datelineAgency('The UN (United Nations) - said')).toBeNull()
  })
})

describe('captions', () => {
  it('recognises labelled credits closing a caption', () => {
    expect(hasLabelledCredit('Rescuers climb the ridge. Photo: Reuters')).toBe(true)
    expect(hasLabelledCredit('Rescuers climb the ridge. Photograph: Jane Roe/AP')).toBe(true)
    expect(hasLabelledCredit('Crowds gather. (Photo by Jonas Weber/Getty Images)')).toBe(true)
    expect(hasLabelledCredit('Crowds gather outside. Credit: Jane Roe')).toBe(true)
    expect(hasLabelledCredit('The photo: it showed the crowd.')).toBe(false)
    expect(hasLabelledCredit('He asked for credit. The bank refused.')).toBe(false)
    expect(isPureCredit('Photo: Reuters')).toBe(true)
    // A caption and its credit glued together by the page's markup.
    expect(hasLabelledCredit('A hunter killed and ate a rabbitCredit: Jane Roe')).toBe(true)
    expect(hasLabelledCredit('He gave the bank no Credit: it refused.')).toBe(false)
  })
})

describe('chrome lines', () => {
  it('names gallery counters, link notices, image labels and copyright footers', () => {
    expect(chromeLineOf('Image 1 of 8')?.family).toBe('gallery counter or share notice')
    expect(chromeLineOf('Photo 3 / 12')?.family).toBe('gallery counter or share notice')
    expect(chromeLineOf('Image copyright Jane Roe')?.reason).toBe('credit')
    expect(chromeLineOf('This slideshow requires JavaScript.')?.reason).toBe('boilerplate')
    expect(chromeLineOf('Image 1 of the series was taken in 1998.')).toBeNull()
    expect(chromeLineOf('Have a tip? Jane Roe may be reached at jroe@example.com.')?.family).toBe(
      'author contact note',
    )
    expect(
      chromeLineOf('Get the latest updates right in your inbox. Subscribe to our newsletters.')
        ?.reason,
    ).toBe('promotion')
  })
})

describe('repeats', () => {
  const block = (text: string): DraftBlock => ({
    kind: 'paragraph',
    text,
    span: { start: 0, end: text.length },
    map: [[0, 0]],
  })
  it('drops a block that runs several others together, not the blocks it holds', () => {
    const paragraphs = [
      'The council voted on Monday to close the old bridge to all traffic until spring.',
      'Engineers found cracks in two of its piers during an inspection in the autumn.',
      'A ferry will run every half hour while the bridge is shut, the council said.',
    ]
    const blocks = [...paragraphs.map(block), block(paragraphs.join(' '))]
    const out = repeatsRule().apply(blocks, '')
    expect(out.map((r) => [r.index, r.reason])).toEqual([[3, 'duplicate']])
  })
  it('still reads one excerpt inside a paragraph as a pull-quote', () => {
    const body =
      'The council voted on Monday to close the old bridge to all traffic until spring, after engineers found cracks in two of its piers.'
    const blocks = [
      block('after engineers found cracks in two of its piers'),
      block('A ferry will run every half hour while the bridge is shut.'),
      block(body),
    ]
    const out = repeatsRule().apply(blocks, '')
    expect(out.map((r) => [r.index, r.reason])).toEqual([[0, 'pull-quote']])
  })
})

describe('related-stories lists', () => {
  const block = (text: string, start: number, kind: DraftBlock['kind'] = 'paragraph') => ({
    kind,
    text,
    span: { start, end: start + text.length },
    map: [[0, start]] as [number, number][],
  })
  it('recognises headers', () => {
    for (const h of ['Related stories', 'Read more:', 'More on this story', 'You may also like'])
      expect(isRelatedHeader(h)).toBe(true)
    expect(isRelatedHeader('Read more about the plan in our guide.')).toBe(false)
  })
  it('takes a header and the title lines in its chunk, and their repeats', () => {
    const text =
      'Related coverage\nA first title here\nA second title\n\nProse follows here.\n\nA first title here'
    const parts = [
      'Related coverage',
      'A first title here',
      'A second title',
      'Prose follows here.',
    ]
    let at = 0
    const blocks = parts.map((p) => {
      const b = block(p, text.indexOf(p, at))
      at = b.span.end
      return b
    })
    blocks.push(block('A first title here', text.lastIndexOf('A first title here')))
    const hits = relatedLinksRule().apply(blocks, text)
    expect(hits.map((h) => [h.index, h.reason])).toEqual([
      [0, 'related-links'],
      [1, 'related-links'],
      [2, 'related-links'],
      [4, 'related-links'],
    ])
  })
})

describe('Markdown escapes and character references', () => {
  it('reads them as text, and a span ending on one covers all of it', () => {
    const source = 'He said &#8220;no.&#8221; A \\*B\\* &amp; C'
    const replace = markdownReplacements(source, 0, source.length)
    expect(replace.map((r) => r.text)).toEqual(['“', '”', '*', '*', '&'])
    const { block } = makeBlock(source, { start: 0, end: source.length }, 'paragraph', { replace })
    expect(block!.text).toBe('He said “no.” A *B* & C')
    const end = block!.text.indexOf('”') + 1
    const span = toSourceSpan(block!, 0, end)
    expect(source.slice(span.start, span.end)).toBe('He said &#8220;no.&#8221;')
    const amp = block!.text.indexOf('&')
    const ampSpan = toSourceSpan(block!, amp, amp + 1)
    expect(source.slice(ampSpan.start, ampSpan.end)).toBe('&amp;')
  })
  it('keeps unknown names literal and closes a block that ends on a reference', () => {
    expect(markdownReplacements('a &nosuch; b', 0, 12)).toEqual([])
    const source = 'Quoted &#8220;yes.&#8221;'
    const replace = markdownReplacements(source, 0, source.length)
    const { block } = makeBlock(source, { start: 0, end: source.length }, 'paragraph', { replace })
    const span = toSourceSpan(block!, 0, block!.text.length)
    expect(span).toEqual({ start: 0, end: source.length })
  })
})

describe('outlet from the text', () => {
  it('ranks below the URL and the title suffix', async () => {
    const { resolveMetadata } = await import('../src/lib/metadata.ts')
    const text = { outlet: { value: 'Reuters', origin: 'text' as const } }
    expect(resolveMetadata(text, null, null).outlet).toBe('Reuters')
    const withUrl = {
      ...text,
      url: { value: 'https://www.theguardian.com/world/x', origin: 'front-matter' as const },
    }
    expect(resolveMetadata(withUrl, null, null).outlet).toBe('The Guardian')
    const withSuffix = {
      ...text,
      title: { value: 'Rates held | Bay Herald', origin: 'text' as const },
    }
    expect(resolveMetadata(withSuffix, null, null).outlet).toBe('Bay Herald')
  })
})
