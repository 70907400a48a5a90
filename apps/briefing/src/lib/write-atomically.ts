import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * Writes `data` to `target` so that readers never see a half-written file: a temporary file in
 * the same folder (created if missing), then a rename over the target.
 */
export async function writeAtomically(target: string, data: string | Uint8Array): Promise<void> {
  const folder = dirname(target)
  await mkdir(folder, { recursive: true })
  const temporary = join(folder, `.${basename(target)}.${process.pid}.tmp`)
  try {
    await writeFile(temporary, data)
    await rename(temporary, target)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}
