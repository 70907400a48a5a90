import { inflateSync } from 'node:zlib'

/**
 * Unpacks a WOFF 1.0 font into the plain TrueType/OpenType (sfnt) it wraps.
 *
 * The IBM Plex packages ship WOFF only. fontkit reads WOFF but inflates a compressed table on
 * every access (every glyph outline read inflates the whole `glyf` table), which made one
 * briefing take seconds; an sfnt is read directly. Same font, same glyphs, same metrics.
 *
 * @param woff The bytes of the WOFF file.
 * @param file Where they were read from, for error messages.
 * @throws {TypeError} when `woff` is not a WOFF 1.0 font or a table is corrupt; the message names
 *   `file` and, for a table, its tag.
 */
export function woffToSfnt(woff: Uint8Array, file: string): Buffer {
  const input = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength)
  if (input.length < 44 || input.toString('latin1', 0, 4) !== 'wOFF')
    throw new TypeError(`${file}: not a WOFF 1.0 font (no wOFF signature)`)
  const flavor = input.readUInt32BE(4)
  const numTables = input.readUInt16BE(12)
  if (input.length < 44 + numTables * 20)
    throw new TypeError(
      `${file}: truncated WOFF table directory (${numTables} tables need ${44 + numTables * 20} bytes, the file has ${input.length})`,
    )
  const tables: { tag: number; checksum: number; data: Buffer }[] = []
  for (let index = 0; index < numTables; index += 1) {
    const entry = 44 + index * 20
    const tag = input.readUInt32BE(entry)
    const offset = input.readUInt32BE(entry + 4)
    const compLength = input.readUInt32BE(entry + 8)
    const origLength = input.readUInt32BE(entry + 12)
    const checksum = input.readUInt32BE(entry + 16)
    const where = `${file}: WOFF table '${input.toString('latin1', entry, entry + 4)}'`
    if (offset + compLength > input.length)
      throw new TypeError(
        `${where}: ends at byte ${offset + compLength}, past the end of the file (${input.length} bytes)`,
      )
    const raw = input.subarray(offset, offset + compLength)
    const data = compLength < origLength ? inflate(raw, where) : Buffer.from(raw)
    if (data.length !== origLength)
      throw new TypeError(
        `${where}: length mismatch (${origLength} bytes expected, ${data.length} unpacked)`,
      )
    tables.push({ tag, checksum, data })
  }
  let entrySelector = 0
  while (2 ** (entrySelector + 1) <= numTables) entrySelector += 1
  const searchRange = 2 ** entrySelector * 16
  const headerLength = 12 + numTables * 16
  const total = tables.reduce((sum, table) => sum + align4(table.data.length), headerLength)
  const out = Buffer.alloc(total)
  out.writeUInt32BE(flavor, 0)
  out.writeUInt16BE(numTables, 4)
  out.writeUInt16BE(searchRange, 6)
  out.writeUInt16BE(entrySelector, 8)
  out.writeUInt16BE(numTables * 16 - searchRange, 10)
  let offset = headerLength
  tables.forEach((table, index) => {
    const record = 12 + index * 16
    out.writeUInt32BE(table.tag, record)
    out.writeUInt32BE(table.checksum, record + 4)
    out.writeUInt32BE(offset, record + 8)
    out.writeUInt32BE(table.data.length, record + 12)
    table.data.copy(out, offset)
    offset += align4(table.data.length)
  })
  return out
}

function inflate(raw: Buffer, where: string): Buffer {
  try {
    return inflateSync(raw)
  } catch (error) {
    throw new TypeError(`${where}: cannot inflate (${(error as Error).message})`, { cause: error })
  }
}

function align4(length: number): number {
  return (length + 3) & ~3
}
