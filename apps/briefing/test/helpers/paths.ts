import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const app = new URL('../..', import.meta.url).pathname
export const fixtures = join(app, 'test/fixtures')
export const story = join(fixtures, 'brief/story')

/** The workers run from dist/: build them when missing (turbo builds before tests). */
export function ensureBuilt(): void {
  if (
    existsSync(join(app, 'dist/lib/pool/parse-worker.js')) &&
    existsSync(join(app, 'dist/lib/render/pdf-worker.js'))
  )
    return
  execFileSync(
    process.execPath,
    [join(app, '../../node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: app,
    },
  )
}

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'parallax-brief-'))

/** Runs `parallax` with the test doubles wired in (see brief-cli.ts); SOURCE_DATE_EPOCH fixed, never a TTY. */
export function cliArgs(...args: string[]): string[] {
  return ['--import', 'tsx', join(app, 'test/helpers/brief-cli.ts'), ...args]
}

export const cliEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  SOURCE_DATE_EPOCH: '1772734800',
  CI: '',
  ...extra,
})
