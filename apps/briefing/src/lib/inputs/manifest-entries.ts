import { readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { loadManifest } from '@parallax/parser'
import type { Diagnostic, ManifestEntry } from '@parallax/schema'
import { fileError } from './diagnostic.js'

/** File names taken for a folder's manifest (never parsed as articles). */
export const MANIFEST_NAMES: ReadonlySet<string> = new Set(['manifest.yaml', 'manifest.yml'])

/**
 * Manifest entries by absolute file path: from `option` when it is a path, else from the
 * `manifest.yaml` (or `.yml`) of each folder the files are in; `false` means none. A manifest
 * given by path that cannot be read is an error; a missing folder manifest is not.
 */
export async function manifestEntries(
  paths: readonly string[],
  option: string | boolean | undefined,
  problems: Diagnostic[],
): Promise<Map<string, ManifestEntry>> {
  const byPath = new Map<string, ManifestEntry>()
  if (option === false) return byPath
  const manifests =
    typeof option === 'string'
      ? [option]
      : [...new Set(paths.map((p) => dirname(p)))].flatMap((dir) =>
          [...MANIFEST_NAMES].map((n) => join(dir, n)),
        )
  for (const manifestPath of manifests) {
    let text: string
    try {
      text = await readFile(manifestPath, 'utf8')
    } catch {
      if (typeof option === 'string')
        problems.push(fileError(manifestPath, 'manifest/unreadable', 'cannot read the manifest'))
      continue
    }
    const loaded = loadManifest(text, manifestPath)
    problems.push(...loaded.diagnostics)
    for (const entry of loaded.entries) {
      const key = resolve(dirname(manifestPath), entry.file)
      if (!byPath.has(key)) byPath.set(key, entry)
    }
  }
  return byPath
}
