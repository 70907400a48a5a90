import { mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderHtml } from '../src/index.js'
import {
  briefingWithAppendix,
  browserArgs,
  chromiumPath,
  loadFixture,
  skipBrowser,
} from './helpers.js'

if (skipBrowser) {
  console.warn(`SKIPPED: browser tests need ${chromiumPath} (they always run when CI is set).`)
}

describe.skipIf(skipBrowser)('renderHtml in headless Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: browserArgs })
  })
  afterAll(async () => {
    await browser?.close()
  })

  /** Opens the HTML with every network request blocked and recorded. */
  async function open(html: string, width = 1280) {
    const page = await browser.newPage({ viewport: { width, height: 900 } })
    const problems: string[] = []
    const requests: string[] = []
    const dialogs: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text())
    })
    page.on('pageerror', (error) => problems.push(String(error)))
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message())
      await dialog.dismiss()
    })
    await page.route('**/*', async (route) => {
      requests.push(route.request().url())
      await route.abort()
    })
    await page.setContent(html, { waitUntil: 'load' })
    return { page, problems, requests, dialogs }
  }

  it('loads with no console errors and no network requests; every citation reaches a source entry', async () => {
    const { page, problems, requests } = await open(renderHtml(loadFixture('seeds-briefing.json')))
    const result = await page.evaluate(() => {
      const links = [...document.querySelectorAll<HTMLAnchorElement>('.cite > a')]
      const broken = links
        .map((link) => link.getAttribute('href') ?? '')
        .filter((href) => {
          const target = document.getElementById(href.slice(1))
          return !href.startsWith('#') || !target?.closest('li.source[data-source]')
        })
      const internal = [...document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')]
        .map((link) => link.getAttribute('href') ?? '')
        .filter((href) => !document.getElementById(href.slice(1)))
      const tips = links.every((link) => {
        const tip = document.getElementById(link.getAttribute('aria-describedby') ?? '')
        return tip !== null && tip.textContent !== null && tip.textContent.length > 10
      })
      return {
        count: links.length,
        broken,
        internal,
        tips,
        headings: document.querySelectorAll('h2').length,
      }
    })
    expect(problems).toEqual([])
    expect(requests).toEqual([])
    expect(result.count).toBeGreaterThan(100)
    expect(result.broken).toEqual([])
    expect(result.internal).toEqual([])
    expect(result.tips).toBe(true)
    expect(result.headings).toBe(9)
    await page.close()
  })

  it('shows the cited sentence on keyboard focus, with CSS only', async () => {
    const { page } = await open(renderHtml(loadFixture('seeds-briefing.json')))
    const tip = page.locator('.cite .tip').first()
    expect(await tip.isVisible()).toBe(false)
    await page.keyboard.press('Tab') // skip link
    await page.keyboard.press('Tab') // first section link in the nav
    await page.locator('.cite > a').first().focus()
    expect(await tip.isVisible()).toBe(true)
    // The first statement cites sources 1, 3 and 5: its first marker is source 1's.
    expect(await tip.textContent()).toContain('The second day of peace talks between Ukrainian')
    await page.close()
  })

  it('opens the cited sentence in place, then in the source text, highlighted', async () => {
    const { page, problems, requests } = await open(renderHtml(briefingWithAppendix()), 390)
    const tip = page.locator('.cite .tip').first()
    await page.locator('.cite > a').first().focus()
    expect(await tip.isVisible()).toBe(true)
    await tip.getByText('in the source text').click()
    const state = await page.evaluate(() => {
      const mark = document.getElementById('text-c1')
      return {
        hash: location.hash,
        text: mark?.textContent,
        targeted: mark?.matches(':target') ?? false,
        overflow: document.documentElement.scrollWidth > window.innerWidth,
      }
    })
    expect(state).toEqual({
      hash: '#text-c1',
      text: '1 Only this outlet has the figure.',
      targeted: true,
      overflow: false,
    })
    expect(requests).toEqual([])
    expect(problems).toEqual([])
    await page.close()
  })

  it('does not run a malicious briefing’s script', async () => {
    const { page, problems, requests, dialogs } = await open(
      renderHtml(loadFixture('malicious-briefing.json')),
    )
    await page.hover('.cite > a')
    await page.mouse.move(5, 5)
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      scripts: document.scripts.length,
      images: document.images.length,
      title: document.title,
    }))
    expect(state).toEqual({
      pwned: null,
      scripts: 0,
      images: 0,
      title: "<script>window.__pwned = 'title'</script> Hostile input test — 1 March 2026",
    })
    expect(dialogs).toEqual([])
    expect(requests).toEqual([])
    expect(problems).toEqual([])
    await page.close()
  })

  it('fits a phone screen and takes screenshots', async () => {
    const dir = join(tmpdir(), 'parallax-renderer-test')
    mkdirSync(dir, { recursive: true })
    for (const width of [1280, 390]) {
      const { page } = await open(renderHtml(loadFixture('seeds-briefing.json')), width)
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
      expect(scrollWidth).toBeLessThanOrEqual(width)
      const shot = await page.screenshot({
        path: join(dir, `briefing-${width}.png`),
        fullPage: true,
      })
      expect(shot.length).toBeGreaterThan(10_000)
      await page.close()
    }
  })

  it('draws the text in the embedded IBM Plex fonts, with no network', async () => {
    const { page, requests, problems } = await open(renderHtml(loadFixture('seeds-briefing.json')))
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready
      const families = [
        '16px "IBM Plex Serif"',
        'bold 16px "IBM Plex Sans"',
        'italic 16px "IBM Plex Serif"',
      ]
      for (const family of families) await document.fonts.load(family, 'Zelensky – “ü”')
      return {
        loaded: families.map((family) => document.fonts.check(family, 'Zelensky – “ü”')),
        faces: [...document.fonts].map((face) => `${face.family} ${face.status}`),
      }
    })
    expect(fonts.loaded).toEqual([true, true, true])
    expect(fonts.faces.filter((face) => face.endsWith('error'))).toEqual([])
    // check() is also true for a family with no face at all: the faces must be there, loaded.
    expect(
      fonts.faces.filter((face) => /IBM Plex Serif"? loaded$/.test(face)).length,
    ).toBeGreaterThanOrEqual(2)
    expect(
      fonts.faces.filter((face) => /IBM Plex Sans"? loaded$/.test(face)).length,
    ).toBeGreaterThanOrEqual(1)
    expect(requests).toEqual([])
    expect(problems).toEqual([])
    await page.close()
  })

  it('leads from a mark to its sentence and back to the mark', async () => {
    const { page } = await open(renderHtml(loadFixture('seeds-briefing.json')))
    const mark = page.locator('.cite > a').nth(3)
    const markId = await mark.getAttribute('id')
    await mark.click()
    const target = await page.evaluate(() => location.hash)
    const back = page.locator(`${target.replace(/^#/, '#')} .back a[href="#${markId}"]`)
    expect(await back.count()).toBe(1)
    await back.click()
    const state = await page.evaluate(() => {
      const el = document.querySelector(':target')
      const box = el?.getBoundingClientRect()
      return { id: el?.id, visible: box ? box.top >= 0 && box.bottom <= window.innerHeight : false }
    })
    expect(state).toEqual({ id: markId, visible: true })
    await page.close()
  })

  it('keeps column labels and chart labels readable on a phone', async () => {
    const html = renderHtml(loadFixture('seeds-briefing.json'))
    const narrow = await open(html, 390)
    const phone = await narrow.page.evaluate(() => {
      const cell = document.querySelector('#section-conflicts td[data-label]')
      const label = cell ? getComputedStyle(cell, '::before').content : ''
      const chart = document.querySelector('.coverage-chart')
      const list = document.querySelector('table.coverage-list')
      return {
        label,
        chart: chart ? getComputedStyle(chart).display : null,
        list: list ? getComputedStyle(list).display : null,
        rows: list?.querySelectorAll('tbody tr').length ?? 0,
      }
    })
    expect(phone).toEqual({ label: '"Account: "', chart: 'none', list: 'table', rows: 5 })
    await narrow.page.close()
    const wide = await open(html, 1280)
    const clipped = await wide.page.evaluate(() => {
      const svg = document.querySelector('.coverage svg') as SVGSVGElement
      const frame = svg.getBoundingClientRect()
      return [...svg.querySelectorAll('text')]
        .map((text) => ({ text: text.textContent, box: text.getBoundingClientRect() }))
        .filter(
          ({ box }) => box.left < frame.left || box.right > frame.right || box.top < frame.top,
        )
        .map(({ text }) => text)
    })
    expect(clipped).toEqual([])
    await wide.page.close()
  })
})
