import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { templateSources } from '../html/handlebars-env.js'
import { prebuiltTemplatesName, precompileTemplate, templateKey } from '../html/precompiled.js'
import { fontFiles, prebuiltFontName } from '../pdf/fonts.js'
import { woffToSfnt } from '../pdf/woff-to-sfnt.js'
import { prebuiltDir } from './prebuilt.js'

const require = createRequire(import.meta.url)

/** What `writeAssets` wrote, as paths relative to its folder. */
export interface WrittenAssets {
  readonly fonts: readonly string[]
  readonly templates: string
}

/**
 * Prepares at build time what every run would otherwise redo (run by `pnpm build` after tsc):
 * each IBM Plex WOFF unpacked to its sfnt (`fonts/<content key of the WOFF>.ttf`), and every
 * built-in template precompiled (`templates.json`, by the content key of each source). Files are
 * named by what they were made from, so a run never uses a stale one. Same inputs, same bytes.
 *
 * @param dir The folder to write to (default `dist/assets/`).
 */
export function writeAssets(dir: URL = prebuiltDir): WrittenAssets {
  mkdirSync(new URL('fonts/', dir), { recursive: true })
  const fonts: string[] = []
  for (const file of Object.values(fontFiles)) {
    const path = require.resolve(file)
    const woff = readFileSync(path)
    const name = prebuiltFontName(woff)
    writeFileSync(new URL(name, dir), woffToSfnt(woff, path))
    fonts.push(name)
  }
  const sources = templateSources()
  const specs = new Map<string, string>()
  for (const source of [...sources.partials.map(([, text]) => text), sources.main])
    specs.set(templateKey(source), precompileTemplate(source))
  const sorted = Object.fromEntries([...specs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  writeFileSync(new URL(prebuiltTemplatesName, dir), `${JSON.stringify(sorted)}\n`)
  return { fonts, templates: prebuiltTemplatesName }
}
