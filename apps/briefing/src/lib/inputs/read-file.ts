import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import type { SkippedInput } from '@parallax/schema'
import { fileError } from './diagnostic.js'
import { DEFAULT_MAX_BYTES } from './limits.js'

/** Options of `readInputFile`. */
export interface ReadFileOptions {
  /** Largest input accepted, in bytes. Default `DEFAULT_MAX_BYTES`. */
  readonly maxBytes?: number | null
  /** How the limit is named in a message: the command-line flag that sets it. Default: none. */
  readonly limitName?: string | null
}

/** The bytes of one input file, or why it was not read. */
export type ReadFileResult =
  | { readonly ok: true; readonly bytes: Buffer }
  | { readonly ok: false; readonly skipped: SkippedInput }

/**
 * Reads one input file: checks first that it is a regular file (a FIFO would block, a device
 * never end) and no larger than the limit, then reads at most the limit + 1 bytes, so a file that
 * grows while read is still refused. A problem names the file and the flag, with no position
 * (none applies).
 */
export async function readInputFile(
  path: string,
  options: ReadFileOptions = {},
): Promise<ReadFileResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const limitName = options.limitName ?? null
  const skip = (code: string, reason: string): ReadFileResult => ({
    ok: false,
    skipped: { file: path, reason, diagnostics: [fileError(path, code, reason)] },
  })
  const tooLarge = (size: string): ReadFileResult =>
    skip(
      'input/too-large',
      `unreadable: ${size} bytes, over the limit of ${maxBytes} bytes${limitName ? ` (${limitName})` : ''}`,
    )
  let handle: Awaited<ReturnType<typeof open>> | null = null
  try {
    // Non-blocking, so that opening a FIFO returns at once (and is then refused) instead of waiting.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK)
    const info = await handle.stat()
    if (info.isDirectory()) return skip('input/unreadable', 'unreadable: a folder, not a file')
    if (!info.isFile())
      return skip(
        'input/not-a-file',
        'unreadable: not a regular file (a device, FIFO or socket); only regular files are read',
      )
    if (info.size > maxBytes) return tooLarge(String(info.size))
    const chunks: Buffer[] = []
    let total = 0
    let chunk = Buffer.alloc(Math.min(info.size, maxBytes) + 1)
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null)
      if (bytesRead === 0) break
      chunks.push(chunk.subarray(0, bytesRead))
      total += bytesRead
      if (total > maxBytes) return tooLarge(`more than ${maxBytes}`)
      // Read on to the end (the file may have grown since it was measured), never past the
      // limit + 1; a fresh buffer each time, as `chunks` keeps the last one.
      chunk = Buffer.alloc(Math.min(64 * 1024, maxBytes + 1 - total))
    }
    return { ok: true, bytes: chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks) }
  } catch (error) {
    return skip('input/unreadable', `unreadable: ${(error as Error).message}`)
  } finally {
    await handle?.close()
  }
}
