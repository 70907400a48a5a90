import { describe, expect, it } from 'vitest'
import { renderHtml } from '../src/index.js'
import { briefingWith, loadFixture, seedSectionTitles } from './helpers.js'

const seeds = loadFixture('seeds-briefing.json')
const malicious = loadFixture('malicious-briefing.json')

describe('renderHtml', () => {
  const html = renderHtml(seeds)

  it('is one self-contained page: lang, inline CSS, no script, no external resources', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true)
    expect(html).toContain('<style>')
    expect(html).not.toMatch(/<script|<link\b|<img\b|<iframe|@import/i)
    // The only URLs in the CSS are the embedded fonts' data URLs.
    const urls = [...html.matchAll(/url\(([^)]{0,30})/gi)].map((match) => match[1])
    expect(urls.length).toBeGreaterThan(0)
    for (const url of urls) expect(url).toMatch(/^data:font\/ttf;base64,/)
    expect(html).toContain('@page { size: A4; }')
    expect(renderHtml(seeds, { pageSize: 'Letter' })).toContain('@page { size: Letter; }')
  })

  it('shows the sections in the fixed order, then the sources', () => {
    const positions = [...seedSectionTitles, 'Sources', 'Coverage by topic', 'Skipped inputs'].map(
      (title) => html.indexOf(`>${title}</h`),
    )
    for (const position of positions) expect(position).toBeGreaterThan(-1)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  it('orders sections by kind whatever order they come in, and leaves out empty ones', () => {
    const shuffled = { ...seeds, sections: [...seeds.sections].reverse() }
    expect(renderHtml(shuffled)).toBe(html)
    const few = {
      ...seeds,
      sections: seeds.sections.filter((section) => section.kind === 'timeline'),
    }
    const out = renderHtml(few)
    expect(out).toContain('>Timeline</h2>')
    expect(out).not.toContain('>Bottom line</h2>')
    expect(out).not.toContain('id="section-conflicts"')
  })

  it('links each citation to its sentence under the source entry and shows the sentence', () => {
    const hrefs = [
      ...html.matchAll(
        /<a id="mark-m\d+" href="#(cite-c\d+)" aria-describedby="(tip-m\d+)">\[(\d+)\]<\/a>/g,
      ),
    ]
    expect(hrefs.length).toBeGreaterThan(100)
    for (const [, target] of hrefs) expect(html).toContain(`<li id="${target}" value="`)
    expect(html).toContain(
      '<b>[2] <bdi>The Moscow Times</bdi></b><span class="tip-sentence"><bdi>Echoing that statement, U.S. Special Envoy Steve Witkoff wrote on X that “meaningful progress” had been made this week',
    )
  })

  it('highlights the words that differ between quote variants', () => {
    expect(html).toContain(
      '“<bdi>We can <mark>assert</mark> that Russia is <mark>attempting</mark> to <mark>prolong</mark>',
    )
  })

  it('uses table headers with scope', () => {
    expect(html).toContain('<th scope="col">What is disputed</th>')
    expect(html).toContain(
      '<th scope="rowgroup" rowspan="2"><bdi>Head of the Ukrainian delegation: first name</bdi></th>',
    )
  })

  it('escapes every text from the briefing', () => {
    const out = renderHtml(malicious)
    expect(out).not.toMatch(/<script|<img|<svg onload|<iframe|<style>body|<b>world/i)
    expect(out).not.toMatch(/ on[a-z]+=["']?window/i)
    expect(out).not.toContain('href="javascript:')
    expect(out).toContain(
      '&lt;script&gt;window.__pwned &#x3D; &#x27;title&#x27;&lt;/script&gt; Hostile input test',
    )
    // Markup in data is text; punctuation at the edges of a changed run is not marked.
    expect(out).toContain('hello &lt;<mark>b&gt;world&lt;/b</mark>&gt;')
    // Handlebars syntax inside data is text, not template.
    expect(out).toContain('{{title}} {{{title}}}')
  })

  it('is byte-identical when rendered twice', () => {
    expect(renderHtml(structuredClone(seeds))).toBe(html)
  })

  it('rejects an invalid briefing with the JSON paths of the problems', () => {
    const broken = {
      ...briefingWith(['x']),
      language: 'English',
      sections: [{ kind: 'figures', title: 'F', rows: [] }],
    }
    expect(() => renderHtml(broken as never)).toThrowErrorMatchingInlineSnapshot(`
      [TypeError: Invalid briefing:
        $.language: expected a string matching ^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$
        $.sections[0].rows: expected at least 1 item]
    `)
    const dangling = briefingWith(['x'])
    dangling.sections.push({
      kind: 'bottom-line',
      title: 'B',
      items: [{ text: 'y', citations: ['c9'] }],
    })
    expect(() => renderHtml(dangling)).toThrowErrorMatchingInlineSnapshot(`
      [TypeError: Invalid briefing:
        $.sections[1].items[0].citations[0]: no citation with id 'c9']
    `)
    expect(() => renderHtml(seeds, { pageSize: 'A5' as never })).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: Invalid pageSize: expected 'A4' or 'Letter', got "A5"]`,
    )
  })
})
