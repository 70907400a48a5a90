import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const app = new URL('../..', import.meta.url).pathname
export const fixtures = join(app, 'test/fixtures')
export const story = join(fixtures, 'brief/story')

/** The parse worker runs from dist/: build it when it is missing (turbo builds before tests). */
export function ensureBuilt(): void {
  if (existsSync(join(app, 'dist/lib/pool/parse-worker.js'))) return
  execFileSync(
    process.execPath,
    [join(app, '../../node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: app,
    },
  )
}

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'parallax-brief-'))
