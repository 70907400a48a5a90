import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { contentKey, readPrebuilt } from '../assets/prebuilt.js'
import { woffToSfnt } from './woff-to-sfnt.js'

const require = createRequire(import.meta.url)

/** The faces the PDF uses: IBM Plex Serif for text, IBM Plex Sans for headings, tables and labels. */
export const fontFiles = {
  serif: '@ibm/plex-serif/fonts/complete/woff/IBMPlexSerif-Regular.woff',
  serifBold: '@ibm/plex-serif/fonts/complete/woff/IBMPlexSerif-Bold.woff',
  serifItalic: '@ibm/plex-serif/fonts/complete/woff/IBMPlexSerif-Italic.woff',
  serifBoldItalic: '@ibm/plex-serif/fonts/complete/woff/IBMPlexSerif-BoldItalic.woff',
  sans: '@ibm/plex-sans/fonts/complete/woff/IBMPlexSans-Regular.woff',
  sansBold: '@ibm/plex-sans/fonts/complete/woff/IBMPlexSans-Bold.woff',
  sansItalic: '@ibm/plex-sans/fonts/complete/woff/IBMPlexSans-Italic.woff',
} as const

export type FontKey = keyof typeof fontFiles

/** Every face, in the order of `fontFiles`. */
export const fontKeys = Object.keys(fontFiles) as FontKey[]

const loaded = new Map<FontKey, Buffer>()

/**
 * Where the build puts the sfnt of a WOFF: `fonts/<content key of the WOFF>.ttf` under
 * `dist/assets/` (see `writeAssets`).
 */
export function prebuiltFontName(woff: Uint8Array): string {
  return `fonts/${contentKey(woff)}.ttf`
}

/**
 * One face as TrueType bytes, loaded on first use and kept for the process: the HTML's subsets
 * and the PDF's embedding share these bytes. The sfnt the build converted is read when it was
 * made from this very WOFF; otherwise (a run from `src/`, or a font package updated since the
 * build) the WOFF is converted here, to the same bytes.
 */
export function fontFace(key: FontKey): Buffer {
  let bytes = loaded.get(key)
  if (!bytes) {
    const path = require.resolve(fontFiles[key])
    const woff = readFileSync(path)
    bytes = readPrebuilt(prebuiltFontName(woff)) ?? woffToSfnt(woff, path)
    loaded.set(key, bytes)
  }
  return bytes
}

/** The faces loaded so far in this process, in the order of `fontFiles` (for tests). */
export function loadedFaces(): FontKey[] {
  return fontKeys.filter((key) => loaded.has(key))
}
