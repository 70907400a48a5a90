import type { Diagnostic } from '@parallax/schema'
import { iconvDecode } from './lazy-modules.js'
import { diagnosticAt, diagnosticAtByte } from './position.js'
import type { DecodeInfo } from './types.js'

/** Options of `decode`. */
export interface DecodeOptions {
  /** File path for diagnostics. Default: `null`. */
  path?: string | null
  /** Largest input accepted, in bytes. Default: `20 * 1024 * 1024` (20 MB). */
  maxBytes?: number
  /**
   * The name of the size limit as the caller's user sets it, quoted in the too-large error
   * (the CLI passes `--max-bytes`). Default: `'maxBytes'`.
   */
  limitName?: string
}

/** The decoded source text, or the diagnostics saying why there is none. */
export type DecodeResult =
  | { ok: true; text: string; info: DecodeInfo; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] }

/** Default `maxBytes`: 20 MB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024

const SAMPLE = 4096

/**
 * Decode input bytes into the source text that every span indexes: UTF-8 (with or without a
 * byte-order mark), UTF-16 LE/BE (by BOM, or by the pattern of NUL bytes in ASCII text), else
 * Windows-1252. The BOM is dropped and `\r\n` / `\r` become `\n`. Empty, binary, undecodable
 * and oversized input give an error Diagnostic (byte offset where it applies), never a throw.
 */
// biome-ignore lint/complexity/noExcessiveCognitiveComplexity: pre-existing (34); to split by pattern (issue 9)
export function decode(bytes: Uint8Array, options?: Readonly<DecodeOptions> | null): DecodeResult {
  const file = options?.path ?? null
  const maxBytes = options?.maxBytes ?? DEFAULT_MAX_BYTES
  if (bytes.length > maxBytes)
    return { ok: false, diagnostics: [tooLarge(file, bytes.length, maxBytes, options?.limitName)] }
  if (bytes.length === 0) return fail(file, 0, 'input/empty', 'input is empty (0 bytes)', 'text')

  let encoding: DecodeInfo['encoding']
  let bom = false
  let start = 0
  const diagnostics: Diagnostic[] = []
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8'
    bom = true
    start = 3
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le'
    bom = true
    start = 2
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be'
    bom = true
    start = 2
  } else {
    const utf16 = sniffUtf16(bytes)
    if (utf16) encoding = utf16
    else {
      const binaryAt = findBinary(bytes)
      if (binaryAt !== -1) {
        return fail(
          file,
          binaryAt,
          'input/binary',
          `input looks binary: control byte 0x${bytes[binaryAt]!.toString(16).padStart(2, '0')} at byte ${binaryAt}`,
          'text (UTF-8, UTF-16 or Windows-1252)',
        )
      }
      const invalidAt = firstInvalidUtf8(bytes)
      if (invalidAt === -1) encoding = 'utf-8'
      else {
        encoding = 'windows-1252'
        diagnostics.push(
          diagnosticAtByte(file, invalidAt, {
            severity: 'warning',
            code: 'input/encoding-fallback',
            message: `not valid UTF-8 at byte ${invalidAt}; decoded as Windows-1252`,
          }),
        )
      }
    }
  }

  const body = bytes.subarray(start)
  if (encoding === 'utf-8' && bom) {
    const invalidAt = firstInvalidUtf8(body)
    if (invalidAt !== -1) {
      return fail(
        file,
        invalidAt + start,
        'input/undecodable',
        `byte-order mark says UTF-8 but byte ${invalidAt + start} is not valid UTF-8`,
        'valid UTF-8',
      )
    }
  }
  if ((encoding === 'utf-16le' || encoding === 'utf-16be') && body.length % 2 === 1) {
    return fail(
      file,
      bytes.length - 1,
      'input/undecodable',
      `UTF-16 input has an odd number of bytes (${bytes.length})`,
      'an even number of bytes',
    )
  }
  let raw: string
  try {
    // Windows-1252 through iconv-lite: Node 20.18.3 and later decode it as Latin-1 in
    // TextDecoder (0x93/0x94 become U+0093/U+0094 instead of “ ”).
    raw =
      encoding === 'windows-1252'
        ? iconvDecode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), 'windows-1252')
        : new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body)
  } catch {
    return fail(
      file,
      start,
      'input/undecodable',
      `input could not be decoded as ${encoding}`,
      `valid ${encoding}`,
    )
  }
  const { text, lineEndings } = normaliseLineEndings(raw)
  if (encoding !== 'utf-8' && encoding !== 'windows-1252') {
    const nul = text.indexOf('\u0000')
    if (nul !== -1) {
      return {
        ok: false,
        diagnostics: [
          diagnosticAt(file, text, nul, {
            severity: 'error',
            code: 'input/binary',
            message: `decoded ${encoding} text contains a NUL character`,
            expected: 'text',
          }),
        ],
      }
    }
  }
  if (text.trim().length === 0) {
    return {
      ok: false,
      diagnostics: [
        diagnosticAt(file, text, 0, {
          severity: 'error',
          code: 'input/empty',
          message: `input has no text (${bytes.length} bytes of whitespace)`,
          expected: 'text',
        }),
      ],
    }
  }
  return { ok: true, text, info: { encoding, bom, lineEndings }, diagnostics }
}

/**
 * The error for input over the size limit: `size` bytes (or more, when reading stopped at the
 * limit), naming the limit as the caller spells it. No position: no byte of the input is at fault.
 */
export function tooLarge(
  file: string | null,
  size: number | null,
  maxBytes: number,
  limitName = 'maxBytes',
): Diagnostic {
  const what = size === null ? `over ${maxBytes} bytes` : `${size} bytes`
  return diagnosticAtByte(file, null, {
    severity: 'error',
    code: 'input/too-large',
    message: `input is ${what}, over the limit of ${maxBytes} bytes set by ${limitName}`,
    expected: `at most ${maxBytes} bytes (raise ${limitName} to read it)`,
  })
}

function fail(
  file: string | null,
  offset: number,
  code: string,
  message: string,
  expected: string,
): DecodeResult {
  return {
    ok: false,
    diagnostics: [diagnosticAtByte(file, offset, { severity: 'error', code, message, expected })],
  }
}

/** UTF-16 without a BOM: ASCII-range text has a NUL in every other byte. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1
  if (n < 16) return null
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++
    if (bytes[i + 1] === 0) oddNul++
  }
  const pairs = n / 2
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le'
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be'
  return null
}

/** First NUL byte, or first of many control bytes, in text that is not UTF-16; -1 if none. */
function findBinary(bytes: Uint8Array): number {
  const nul = bytes.indexOf(0)
  if (nul !== -1) return nul
  const n = Math.min(bytes.length, SAMPLE)
  let controls = 0
  let first = -1
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) {
      controls++
      if (first === -1) first = i
    }
  }
  return controls > Math.max(2, n * 0.02) ? first : -1
}

/** Byte offset of the first invalid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  const n = bytes.length
  while (i < n) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    let need: number
    let min: number
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1
      min = 0x80
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      min = 0x800
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      min = 0x10000
    } else return i
    if (i + need >= n) return i
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07)
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
      cp = (cp << 6) | (c & 0x3f)
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i
    i += need + 1
  }
  return -1
}

/** `\r\n` and `\r` to `\n`, and which endings the input used. */
export function normaliseLineEndings(raw: string): {
  text: string
  lineEndings: DecodeInfo['lineEndings']
} {
  let crlf = 0
  let cr = 0
  let lf = 0
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i)
    if (c === 13) {
      if (raw.charCodeAt(i + 1) === 10) {
        crlf++
        i++
      } else cr++
    } else if (c === 10) lf++
  }
  const kinds = (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0) + (lf > 0 ? 1 : 0)
  const lineEndings: DecodeInfo['lineEndings'] =
    kinds === 0 ? 'none' : kinds > 1 ? 'mixed' : crlf > 0 ? 'crlf' : cr > 0 ? 'cr' : 'lf'
  const text = crlf + cr > 0 ? raw.replace(/\r\n?/g, '\n') : raw
  return { text, lineEndings }
}
