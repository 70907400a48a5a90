import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'

/**
 * Where the build writes what it can prepare ahead of a run (fonts as sfnt, templates
 * precompiled): `dist/assets/` at the package root, found the same way from `src/` and `dist/`.
 */
export const prebuiltDir = new URL('../../../dist/assets/', import.meta.url)

/**
 * A content key: the first 32 hex digits of the SHA-256 of `parts` (joined by NUL). A prebuilt
 * file is named by the key of what it was made from, so a stale one (a font or template that
 * changed since the build) is never found, and the runtime path is taken instead.
 */
export function contentKey(...parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256')
  parts.forEach((part, index) => {
    if (index > 0) hash.update('\u0000')
    hash.update(part)
  })
  return hash.digest('hex').slice(0, 32)
}

/** The bytes of `dist/assets/<name>`, or null when the build did not write it. */
export function readPrebuilt(name: string): Buffer | null {
  try {
    return readFileSync(new URL(name, prebuiltDir))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}
