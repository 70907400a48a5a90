import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { writeAssets } from '../src/lib/assets/write-assets.js'
import { createTemplates, templateSources } from '../src/lib/html/handlebars-env.js'
import {
  prebuiltTemplatesName,
  precompileTemplate,
  templateKey,
} from '../src/lib/html/precompiled.js'
import { htmlPage } from '../src/lib/html/render-html.js'
import { fontFace, fontFiles, fontKeys, prebuiltFontName } from '../src/lib/pdf/fonts.js'
import { woffToSfnt } from '../src/lib/pdf/woff-to-sfnt.js'
import { sectionRenderers } from '../src/lib/sections/index.js'
import { loadFixture } from './helpers.js'

const require = createRequire(import.meta.url)
const dir = mkdtempSync(join(tmpdir(), 'renderer-assets-'))
const url = pathToFileURL(`${dir}/`)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The precompiled templates `writeAssets` wrote into `folder`. */
function specsIn(folder: URL): Map<string, string> {
  const text = readFileSync(new URL(prebuiltTemplatesName, folder), 'utf8')
  return new Map(Object.entries(JSON.parse(text) as Record<string, string>))
}

/** Every template source the page compiles. */
function allSources(): string[] {
  const sources = templateSources()
  return [...sources.partials.map(([, source]) => source), sources.main]
}

describe('assets prepared at build time', () => {
  // Keys taken before anything is compiled in this process.
  const keys = allSources().map(templateKey)
  const written = writeAssets(url)

  it('unpacks each Plex WOFF to the same sfnt as the runtime conversion, named by its content', () => {
    expect(written.fonts).toHaveLength(fontKeys.length)
    for (const key of fontKeys) {
      const path = require.resolve(fontFiles[key])
      const woff = readFileSync(path)
      const prebuilt = readFileSync(new URL(prebuiltFontName(woff), url))
      expect(prebuilt.equals(woffToSfnt(woff, path))).toBe(true)
      expect(fontFace(key).equals(prebuilt)).toBe(true)
    }
  })

  it('writes the same bytes twice', () => {
    const again = new URL('again/', url)
    writeAssets(again)
    expect(readFileSync(new URL(prebuiltTemplatesName, again))).toEqual(
      readFileSync(new URL(prebuiltTemplatesName, url)),
    )
  })

  it('precompiles every template the page compiles, under a key that compiling does not change', () => {
    // Handlebars writes into the options object it is given: the key must not see that.
    htmlPage(loadFixture('seeds-briefing.json'), null, (s) => createTemplates(s, new Map()))
    expect(allSources().map(templateKey)).toEqual(keys)
    const specs = specsIn(url)
    for (const key of keys) expect(specs.has(key)).toBe(true)
  })

  it('uses a precompiled template when its source matches', () => {
    const source = templateSources().main
    const specs = new Map([[templateKey(source), precompileTemplate('precompiled: {{title}}')]])
    expect(createTemplates(sectionRenderers, specs).render({ title: 'T' })).toBe('precompiled: T')
  })

  it('draws the same page from precompiled and from compiled templates', () => {
    const briefing = loadFixture('seeds-briefing.json')
    const specs = specsIn(url)
    const precompiled = htmlPage(briefing, null, (s) => createTemplates(s, specs))
    const compiled = htmlPage(briefing, null, (s) => createTemplates(s, new Map()))
    expect(precompiled).toBe(compiled)
    expect(precompiled.length).toBeGreaterThan(10_000)
  })
})
