import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { woffToSfnt } from '../src/lib/pdf/woff-to-sfnt.js'

const require = createRequire(import.meta.url)
const plex = readFileSync(
  require.resolve('@ibm/plex-sans/fonts/complete/woff/IBMPlexSans-Regular.woff'),
)

/** Table directory entry `index` of a WOFF: [tag, offset, compLength, origLength]. */
function entry(woff: Buffer, index: number): [string, number, number, number] {
  const at = 44 + index * 20
  return [
    woff.toString('latin1', at, at + 4),
    woff.readUInt32BE(at + 4),
    woff.readUInt32BE(at + 8),
    woff.readUInt32BE(at + 12),
  ]
}

/** Index of the first compressed table. */
function firstCompressed(woff: Buffer): number {
  let index = 0
  while (entry(woff, index)[2] >= entry(woff, index)[3]) index += 1
  return index
}

describe('woffToSfnt', () => {
  it('unpacks a WOFF into an sfnt with the same flavor and tables', () => {
    const sfnt = woffToSfnt(plex, 'plex.woff')
    expect(sfnt.readUInt32BE(0)).toBe(plex.readUInt32BE(4))
    expect(sfnt.readUInt16BE(4)).toBe(plex.readUInt16BE(12))
    const [tag, , , origLength] = entry(plex, 0)
    expect(sfnt.toString('latin1', 12, 16)).toBe(tag)
    expect(sfnt.readUInt32BE(12 + 12)).toBe(origLength)
  })

  it('names the file when it is not a WOFF', () => {
    expect(() =>
      woffToSfnt(Buffer.alloc(64), 'fonts/Broken.ttf'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: fonts/Broken.ttf: not a WOFF 1.0 font (no wOFF signature)]`,
    )
  })

  it('names the file when the table directory is cut off', () => {
    expect(() => woffToSfnt(plex.subarray(0, 60), 'Plex.woff')).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: Plex.woff: truncated WOFF table directory (17 tables need 384 bytes, the file has 60)]`,
    )
  })

  it('names the file and the table whose data runs past the end', () => {
    const [, offset] = entry(plex, 0)
    expect(() =>
      woffToSfnt(plex.subarray(0, offset + 1), 'Plex.woff'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: Plex.woff: WOFF table 'GDEF': ends at byte 691, past the end of the file (385 bytes)]`,
    )
  })

  it('names the file and the table that does not inflate', () => {
    const woff = Buffer.from(plex)
    const index = firstCompressed(woff)
    const [, offset, compLength] = entry(woff, index)
    woff.fill(0xff, offset, offset + compLength)
    expect(() => woffToSfnt(woff, 'Plex.woff')).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: Plex.woff: WOFF table 'GDEF': cannot inflate (incorrect header check)]`,
    )
  })

  it('names the file and the table whose length does not match', () => {
    const woff = Buffer.from(plex)
    const index = firstCompressed(woff)
    woff.writeUInt32BE(entry(woff, index)[3] + 4, 44 + index * 20 + 12)
    expect(() => woffToSfnt(woff, 'Plex.woff')).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: Plex.woff: WOFF table 'GDEF': length mismatch (464 bytes expected, 460 unpacked)]`,
    )
  })
})
