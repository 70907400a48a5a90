#!/usr/bin/env node
// The `parallax` command as the workspace runs it (`pnpm parallax …`): in a checkout of the
// monorepo it first brings the build up to date with turbo, whose output goes to stderr only when
// the build fails, so the command's stdout is its output alone; then it runs `dist/cli.js`.
// Relative paths stay relative to the folder the user ran the command in.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const app = dirname(dirname(fileURLToPath(import.meta.url)))
const root = dirname(dirname(app))
if (
  existsSync(join(root, 'turbo.json')) &&
  existsSync(join(app, 'src')) &&
  !process.env.PARALLAX_NO_BUILD
) {
  const turbo = spawnSync(
    join(root, 'node_modules', '.bin', 'turbo'),
    ['run', 'build', '--filter=@parallax/briefing', '--output-logs=errors-only'],
    {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    },
  )
  if (turbo.status !== 0) {
    process.stderr.write(`${turbo.stdout ?? ''}${turbo.stderr ?? ''}`)
    process.stderr.write(
      `parallax: the build failed${turbo.error ? ` (${turbo.error.message})` : ''}\n`,
    )
    process.exit(2)
  }
}
await import('../dist/cli.js')
