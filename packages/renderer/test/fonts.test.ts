import { describe, expect, it } from 'vitest'
import { subsetFont } from '../src/lib/html/subset-font.js'
import { fontFaceCss, usedCodePoints } from '../src/lib/html/web-fonts.js'
import { fontFace } from '../src/lib/pdf/fonts.js'

/** The table tags of an sfnt's table directory. */
function tables(sfnt: Buffer): string[] {
  const count = sfnt.readUInt16BE(4)
  return Array.from({ length: count }, (_, index) =>
    sfnt.toString('latin1', 12 + index * 16, 16 + index * 16),
  )
}

describe('font subsets for the HTML', () => {
  it('cut a Plex face to the characters asked for, keeping cmap and metrics, deterministically', () => {
    const full = fontFace('serif')
    const codes = usedCodePoints('Zelensky – “Україна”')
    const subset = subsetFont(full, codes, 'IBM Plex Serif')
    expect(subset.length).toBeLessThan(full.length / 4)
    expect(subset.readUInt32BE(0)).toBe(0x00010000)
    expect(tables(subset)).toEqual(expect.arrayContaining(['cmap', 'glyf', 'hmtx', 'head']))
    expect(subsetFont(full, codes, 'IBM Plex Serif').equals(subset)).toBe(true)
    const more = subsetFont(full, usedCodePoints('Zelensky – “Україна” ἀβγ 中文 ∑∫'), 'x')
    expect(more.length).toBeGreaterThan(subset.length)
  })

  it('keeps printable ASCII and every character of the page, once, in order', () => {
    const codes = usedCodePoints('é “x” é')
    expect(codes).toContain(0x41)
    expect(codes).toContain(0xe9)
    expect(codes).toContain(0x201c)
    expect(codes).toEqual([...new Set(codes)].sort((a, b) => a - b))
  })

  it('writes one @font-face per embedded face, as data URLs', () => {
    const css = fontFaceCss(usedCodePoints('abc'))
    expect(css.match(/@font-face/g)).toHaveLength(6)
    expect(css).toContain('font-family: "IBM Plex Serif"; font-weight: 700; font-style: normal;')
    expect(css).not.toMatch(/url\((?!data:font\/ttf;base64,)/)
  })
})
