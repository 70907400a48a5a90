import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** A file written beside its target, not yet in place (see `stageFile`). */
export interface StagedFile {
  /** Where the file goes. */
  readonly target: string
  /** Moves the file over its target (a rename: readers see the old file or the whole new one). */
  commit(): Promise<void>
  /** Removes the file written; the target is left as it was. */
  discard(): Promise<void>
}

/**
 * Writes `data` to a temporary file beside `target` (the folder is created if missing), to be
 * put in place later by `commit`, or removed by `discard`: what `writeAtomically` does in one
 * step, cut in two, so that a command can write its files while it waits for one of them and
 * show them all only once every one is ready. A failed write removes the temporary file.
 */
export async function stageFile(target: string, data: string | Uint8Array): Promise<StagedFile> {
  const folder = dirname(target)
  await mkdir(folder, { recursive: true })
  const temporary = join(folder, `.${basename(target)}.${process.pid}.tmp`)
  const discard = () => rm(temporary, { force: true })
  try {
    await writeFile(temporary, data)
  } catch (error) {
    await discard()
    throw error
  }
  return {
    target,
    async commit() {
      try {
        await rename(temporary, target)
      } catch (error) {
        await discard()
        throw error
      }
    },
    discard,
  }
}
