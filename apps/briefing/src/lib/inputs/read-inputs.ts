import { createHash } from 'node:crypto'
import { resolve } from 'node:path'
import type { ParseInput } from '@parallax/parser'
import type { ManifestEntry, SkippedInput } from '@parallax/schema'
import { type ReadFileOptions, readInputFile } from './read-file.js'

/** One input file read into memory, with its content id. */
export interface ReadInput extends ParseInput {
  readonly path: string
  /** The first 16 hex digits of the SHA-256 of the bytes: the Article id the parser will give. */
  readonly id: string
}

/** What `readInputs` returns: distinct inputs in order, and files left out with why. */
export interface ReadInputs {
  readonly inputs: ReadInput[]
  readonly skipped: SkippedInput[]
}

/**
 * Reads each file once (`readInputFile`: regular files within the size limit). A file that
 * cannot be read is skipped as unreadable; a file whose bytes
 * equal an earlier file's is skipped as its duplicate before any parsing (same bytes, same
 * article id).
 */
export async function readInputs(
  files: readonly string[],
  manifest: ReadonlyMap<string, ManifestEntry>,
  options: ReadFileOptions = {},
): Promise<ReadInputs> {
  const inputs: ReadInput[] = []
  const skipped: SkippedInput[] = []
  const firstById = new Map<string, string>()
  for (const path of files) {
    const read = await readInputFile(path, options)
    if (!read.ok) {
      skipped.push(read.skipped)
      continue
    }
    const { bytes } = read
    const id = createHash('sha256').update(bytes).digest('hex').slice(0, 16)
    const first = firstById.get(id)
    if (first !== undefined) {
      skipped.push({ file: path, reason: `duplicate of ${first} (same bytes)`, diagnostics: [] })
      continue
    }
    firstById.set(id, path)
    inputs.push({ path, id, bytes, manifest: manifest.get(resolve(path)) ?? null })
  }
  return { inputs, skipped }
}
