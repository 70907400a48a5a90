import { readFile, stat } from 'node:fs/promises'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import type { Diagnostic, ManifestEntry } from '@parallax/schema'
import { fileError } from './diagnostic.js'

/** File names taken for a folder's manifest (never parsed as articles). */
export const MANIFEST_NAMES: ReadonlySet<string> = new Set(['manifest.yaml', 'manifest.yml'])

/**
 * Manifest entries by absolute file path: from `option` when it is a path, else from the
 * `manifest.yaml` (or `.yml`) of each folder the files are in; `false` means none. A manifest
 * given by path that cannot be read is an error; a missing folder manifest is not. An entry whose
 * file lies outside the manifest's folder is refused, and one naming a file that does not exist
 * is reported: both are errors (at the entry's line where it can be found), so the exit status
 * counts them.
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
    // The parser (and its YAML reader) loads only when there is a manifest to read.
    const { loadManifest } = await import('@parallax/parser')
    const loaded = loadManifest(text, manifestPath)
    for (const d of loaded.diagnostics) problems.push(d)
    const folder = dirname(manifestPath)
    for (const entry of loaded.entries) {
      const key = resolve(folder, entry.file)
      const problem = await entryProblem(manifestPath, text, entry.file, key)
      if (problem) problems.push(problem)
      if (problem?.code === 'manifest/outside') continue
      if (!byPath.has(key)) byPath.set(key, entry)
    }
  }
  return byPath
}

/** Why an entry is refused (outside the manifest's folder) or reported (names no file), or `null`. */
async function entryProblem(
  manifestPath: string,
  text: string,
  file: string,
  key: string,
): Promise<Diagnostic | null> {
  const inside = relative(resolve(dirname(manifestPath)), key)
  if (isAbsolute(file) || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside))
    return entryError(
      manifestPath,
      text,
      file,
      'manifest/outside',
      'refused',
      'a file inside the manifest’s folder',
    )
  const info = await stat(key).catch(() => null)
  if (info?.isFile()) return null
  return entryError(
    manifestPath,
    text,
    file,
    'manifest/missing-file',
    info ? 'names no file' : 'names a file that does not exist',
    'an existing file beside the manifest',
  )
}

/** An error about one entry, at the line and column of its `file:` value when it can be found. */
async function entryError(
  manifestPath: string,
  text: string,
  file: string,
  code: string,
  what: string,
  expected: string,
): Promise<Diagnostic> {
  const found = findEntry(text, file)
  const message = `entry "${file}" ${what === 'refused' ? 'is outside the manifest’s folder: refused' : what}`
  if (found < 0) return { ...fileError(manifestPath, code, message), expected }
  const { positionOf } = await import('@parallax/parser')
  const { line, column } = positionOf(text, found)
  return {
    file: manifestPath,
    line,
    column,
    offset: found,
    severity: 'error',
    code,
    message,
    expected,
  }
}

/** Offset of the `file:` value naming `file`, or -1. */
function findEntry(text: string, file: string): number {
  let from = 0
  for (;;) {
    const at = text.indexOf(file, from)
    if (at < 0) return -1
    const lineStart = text.lastIndexOf('\n', at) + 1
    if (/\bfile\s*:\s*["']?$/.test(text.slice(lineStart, at))) return at
    from = at + 1
  }
}
