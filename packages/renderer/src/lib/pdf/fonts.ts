import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
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

let cache: Readonly<Record<FontKey, Buffer>> | undefined

/** The fonts as TrueType bytes, read once per process (pdfkit subsets and embeds them per document). */
export function fontBytes(): Readonly<Record<FontKey, Buffer>> {
  if (cache) return cache
  const entries = Object.entries(fontFiles).map(([key, file]) => {
    const path = require.resolve(file)
    return [key, woffToSfnt(readFileSync(path), path)]
  })
  cache = Object.fromEntries(entries) as Record<FontKey, Buffer>
  return cache
}
