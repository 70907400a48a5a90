import { stageFile } from './output/staged-file.js'

/**
 * Writes `data` to `target` so that readers never see a half-written file: a temporary file in
 * the same folder (created if missing), then a rename over the target: `stageFile`, committed
 * at once.
 */
export async function writeAtomically(target: string, data: string | Uint8Array): Promise<void> {
  await (await stageFile(target, data)).commit()
}
