import { open, stat } from 'node:fs/promises'
import type { Diagnostic } from '@parallax/schema'
import { DEFAULT_MAX_BYTES, tooLarge } from './decode.js'
import { diagnosticAtByte } from './position.js'

/** Options of `readInput`. */
export interface ReadInputOptions {
  /** Largest file read, in bytes; at most this many plus one are ever read. Default: 20 MB (`DEFAULT_MAX_BYTES`). */
  maxBytes?: number
  /** The limit's name as the caller's user sets it, quoted in the too-large error. Default: `'maxBytes'`. */
  limitName?: string
}

/** The bytes of a file, or the diagnostic saying why there are none. */
export type ReadInputResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; diagnostics: Diagnostic[] }

const CHUNK = 1 << 20

/** What a path that is not a regular file is, in words. */
function kindOf(s: Awaited<ReturnType<typeof stat>>): string {
  if (s.isDirectory()) return 'a directory'
  if (s.isFIFO()) return 'a FIFO (named pipe)'
  if (s.isCharacterDevice()) return 'a character device'
  if (s.isBlockDevice()) return 'a block device'
  if (s.isSocket()) return 'a socket'
  return 'not a regular file'
}

/**
 * Read one input file safely: `stat` first (following links) and refuse anything but a regular
 * file (a directory, a FIFO that would block forever, `/dev/zero` that never ends) with a
 * diagnostic naming the file; refuse a file whose size is over `maxBytes` without reading it;
 * otherwise read at most `maxBytes + 1` bytes (a file that grows, or reports size 0 like those
 * under /proc, still stops at the limit). Never throws: an unreadable file is a diagnostic.
 */
export async function readInput(
  path: string,
  options?: Readonly<ReadInputOptions> | null,
): Promise<ReadInputResult> {
  const maxBytes = options?.maxBytes ?? DEFAULT_MAX_BYTES
  const limitName = options?.limitName ?? 'maxBytes'
  const problem = (code: string, message: string, expected: string): ReadInputResult => ({
    ok: false,
    diagnostics: [diagnosticAtByte(path, null, { severity: 'error', code, message, expected })],
  })
  let info: Awaited<ReturnType<typeof stat>>
  try {
    info = await stat(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return code === 'ENOENT'
      ? problem('input/missing', 'no such file', 'an existing file')
      : problem('input/unreadable', `cannot read the file (${code ?? 'error'})`, 'a readable file')
  }
  if (!info.isFile())
    return problem('input/not-a-file', `${kindOf(info)}, not a regular file`, 'a regular file')
  if (info.size > maxBytes)
    return { ok: false, diagnostics: [tooLarge(path, info.size, maxBytes, limitName)] }
  const chunks: Uint8Array[] = []
  let total = 0
  try {
    const handle = await open(path, 'r')
    try {
      while (total <= maxBytes) {
        const want = Math.min(CHUNK, maxBytes + 1 - total)
        const buffer = new Uint8Array(want)
        const { bytesRead } = await handle.read(buffer, 0, want, null)
        if (bytesRead === 0) break
        chunks.push(buffer.subarray(0, bytesRead))
        total += bytesRead
      }
    } finally {
      await handle.close()
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return problem(
      'input/unreadable',
      `cannot read the file (${code ?? 'error'})`,
      'a readable file',
    )
  }
  if (total > maxBytes)
    return { ok: false, diagnostics: [tooLarge(path, null, maxBytes, limitName)] }
  const bytes = new Uint8Array(total)
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.length
  }
  return { ok: true, bytes }
}
