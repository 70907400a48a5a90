import type { Dirent, Stats } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { isAbsolute, join, resolve } from 'node:path'
import type { SkippedInput } from '@parallax/schema'
import { glob, isDynamicPattern } from 'tinyglobby'
import { fileError } from './diagnostic.js'
import { MANIFEST_NAMES } from './manifest-entries.js'

/** What `gatherInputs` found: the files, in order, and what was named or found but not taken. */
export interface GatheredInputs {
  /** File paths as given or found, in argument order (a folder's or glob's files sorted), each once. */
  readonly files: string[]
  /**
   * Everything named or found that is not an input file, each with its reason: an argument that
   * names nothing (or a glob that matches nothing), something that is not a regular file (a FIFO,
   * a device, a broken link), and in a folder the hidden files and the folders inside it.
   */
  readonly missing: SkippedInput[]
  /** Whether the arguments were exactly one file (not a folder, not a glob): one result, not a list. */
  readonly single: boolean
}

const isHidden = (name: string): boolean => name.startsWith('.')

/** What a path given or found is, following symbolic links. */
function kindOf(info: Stats): 'file' | 'folder' | 'other' {
  return info.isFile() ? 'file' : info.isDirectory() ? 'folder' : 'other'
}

const notRegular =
  'unreadable: not a regular file (a device, FIFO or socket); only regular files are read'

/**
 * Turns command-line arguments into input files: a file is itself; a folder gives the regular
 * files directly inside it, symbolic links followed (hidden files, folders inside, links that lead
 * nowhere and anything not a regular file are reported in `missing`; manifests are read as
 * manifests); anything else with glob characters is a glob (tinyglobby, relative to the working
 * folder). A file named twice counts once. Nothing named or found is left out without a word.
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
  const report = (file: string, code: string, reason: string): void => {
    missing.push({ file, reason, diagnostics: [fileError(file, code, reason)] })
  }
  let single = args.length === 1
  for (const arg of args) {
    const info = await stat(arg).catch((error: NodeJS.ErrnoException) => error)
    if (!(info instanceof Error)) {
      const kind = kindOf(info)
      if (kind === 'file') add(arg)
      else if (kind === 'other') report(arg, 'input/not-a-file', notRegular)
      else {
        single = false
        await gatherFolder(arg, add, report)
      }
      continue
    }
    if (isDynamicPattern(arg)) {
      single = false
      const matches = (
        await glob(arg, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(arg) })
      )
        .filter((path) => !MANIFEST_NAMES.has(path.split('/').pop() ?? path))
        .sort()
      if (matches.length === 0)
        report(arg, 'input/no-match', 'unreadable: no file matches this pattern')
      for (const path of matches) add(path)
      continue
    }
    report(
      arg,
      'input/unreadable',
      `unreadable: no such file or folder (${info.code ?? info.message})`,
    )
  }
  return { files, missing, single }
}

/** The entries of one folder, sorted by name: files added, everything else reported. */
async function gatherFolder(
  folder: string,
  add: (path: string) => void,
  report: (file: string, code: string, reason: string) => void,
): Promise<void> {
  const entries: Dirent[] = await readdir(folder, { withFileTypes: true })
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    if (MANIFEST_NAMES.has(entry.name)) continue
    const path = join(folder, entry.name)
    if (isHidden(entry.name)) {
      report(
        path,
        'input/hidden',
        'left out: a hidden file (its name starts with a dot); name it on the command line to read it',
      )
      continue
    }
    let kind: 'file' | 'folder' | 'other' | 'broken'
    if (entry.isFile()) kind = 'file'
    else if (entry.isDirectory()) kind = 'folder'
    else if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => null)
      kind = target ? kindOf(target) : 'broken'
    } else kind = 'other'
    if (kind === 'file') add(path)
    else if (kind === 'folder')
      report(
        path,
        'input/folder',
        'left out: a folder inside a folder (folders are not searched recursively; name it or use a glob such as dir/**/*)',
      )
    else if (kind === 'broken')
      report(path, 'input/unreadable', 'unreadable: a symbolic link to nothing')
    else report(path, 'input/not-a-file', notRegular)
  }
}
