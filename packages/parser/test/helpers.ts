import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ManifestEntry } from '@parallax/schema'
import type { ParseOptions } from '../src/index.ts'

/** One fixture folder: `input.*`, optional `manifest.json` and `options.json`, and `expected.json`. */
export interface Fixture {
  name: string
  dir: string
  inputName: string
  bytes: Uint8Array
  manifest: ManifestEntry | null
  options: ParseOptions
}

export const fixturesDir = new URL('./fixtures/', import.meta.url).pathname

export function loadFixtures(): Fixture[] {
  return readdirSync(fixturesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = join(fixturesDir, entry.name)
      const inputName = readdirSync(dir).find((file) => file.startsWith('input.'))
      if (!inputName) throw new Error(`fixture ${entry.name} has no input.* file`)
      const json = (file: string) =>
        existsSync(join(dir, file)) ? JSON.parse(readFileSync(join(dir, file), 'utf8')) : null
      return {
        name: entry.name,
        dir,
        inputName,
        bytes: new Uint8Array(readFileSync(join(dir, inputName))),
        manifest: json('manifest.json') as ManifestEntry | null,
        options: (json('options.json') ?? {}) as ParseOptions,
      }
    })
    .sort((a, b) => a.name.localeCompare(b.name))
}
