import { type FontKey, fontFace } from '../pdf/fonts.js'
import { subsetFont } from './subset-font.js'

/** The CSS face each of the PDF's fonts stands for; null: not used by the page, not embedded. */
const faces: Readonly<Record<FontKey, { family: string; weight: number; style: string } | null>> = {
  serif: { family: 'IBM Plex Serif', weight: 400, style: 'normal' },
  serifBold: { family: 'IBM Plex Serif', weight: 700, style: 'normal' },
  serifItalic: { family: 'IBM Plex Serif', weight: 400, style: 'italic' },
  serifBoldItalic: null,
  sans: { family: 'IBM Plex Sans', weight: 400, style: 'normal' },
  sansBold: { family: 'IBM Plex Sans', weight: 700, style: 'normal' },
  sansItalic: { family: 'IBM Plex Sans', weight: 400, style: 'italic' },
}

/**
 * The code points a page shows: every character of its text (the markup's own characters are
 * ASCII, which is always kept, so a name or number entered by hand still has its glyphs).
 */
export function usedCodePoints(text: string): number[] {
  const set = new Set<number>()
  for (let code = 0x20; code <= 0x7e; code += 1) set.add(code)
  for (const char of text) {
    const code = char.codePointAt(0) as number
    if (code > 0x7e) set.add(code)
  }
  return [...set].sort((a, b) => a - b)
}

/**
 * `@font-face` rules for the IBM Plex faces the PDF embeds, each font subset to `codePoints`
 * and inlined as a `data:` URL (the page stays one self-contained file, and HTML and PDF look
 * alike on any machine). Characters the fonts lack fall back to the stacks in styles.css.
 */
export function fontFaceCss(codePoints: readonly number[]): string {
  const rules: string[] = []
  for (const [key, face] of Object.entries(faces) as [FontKey, (typeof faces)[FontKey]][]) {
    if (!face) continue
    const bytes = subsetFont(
      fontFace(key),
      codePoints,
      `${face.family} ${face.weight} ${face.style}`,
    )
    rules.push(
      `@font-face { font-family: "${face.family}"; font-weight: ${face.weight}; font-style: ${face.style}; font-display: swap; src: url(data:font/ttf;base64,${bytes.toString('base64')}) format("truetype"); }`,
    )
  }
  return rules.join('\n')
}
