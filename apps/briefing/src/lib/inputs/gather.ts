import { readdir, stat } from 'node:fs/promises'
import { isAbsolute, join, resolve } from 'node:path'
import type { SkippedInput } from '@parallax/schema'
import { glob, isDynamicPattern } from 'tinyglobby'
import { fileError } from './diagnostic.js'
import { MANIFEST_NAMES } from './manifest-entries.js'

/** What `gatherInputs` found: the files, in order, and the arguments that named none. */
export interface GatheredInputs {
  /** File paths as given or found, in argument order (a folder's or glob's files sorted), each once. */
  readonly files: string[]
  /** Arguments that named no readable file or folder, or a glob that matched nothing. */
  readonly missing: SkippedInput[]
}

const isVisibleInput = (name: string): boolean => !name.startsWith('.') && !MANIFEST_NAMES.has(name)

/**
 * Turns command-line arguments into input files: a file is itself; a folder gives the files
 * directly inside it (hidden files and manifests left out); anything else with glob characters is
 * a glob (tinyglobby, relative to the working folder). A file named twice counts once.
 */
export async function gatherInputs(args: readonly string[]): Promise<GatheredInputs> {
  const files: string[] = []
  const seen = new Set<string>()
  const missing: SkippedInput[] = []
  const add = (path: string): void => {
    const key = resolve(path)
    if (seen.has(key)) return
    seen.add(key)
    files.push(path)
  }
  for (const arg of args) {
    const info = await stat(arg).catch((error: NodeJS.ErrnoException) => error)
    if (!(info instanceof Error)) {
      if (!info.isDirectory()) add(arg)
      else {
        const entries = await readdir(arg, { withFileTypes: true })
        const names = entries
          .filter((e) => e.isFile() && isVisibleInput(e.name))
          .map((e) => e.name)
          .sort()
        for (const name of names) add(join(arg, name))
      }
      continue
    }
    if (isDynamicPattern(arg)) {
      const matches = (
        await glob(arg, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(arg) })
      )
        .filter((path) => isVisibleInput(path.split('/').pop() ?? path))
        .sort()
      if (matches.length === 0) {
        const reason = 'unreadable: no file matches this pattern'
        missing.push({ file: arg, reason, diagnostics: [fileError(arg, 'input/no-match', reason)] })
      }
      for (const path of matches) add(path)
      continue
    }
    const reason = `unreadable: no such file or folder (${info.code ?? info.message})`
    missing.push({ file: arg, reason, diagnostics: [fileError(arg, 'input/unreadable', reason)] })
  }
  return { files, missing }
}
