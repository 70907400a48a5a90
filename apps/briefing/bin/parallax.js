#!/usr/bin/env node
// The `parallax` command as the workspace runs it (`pnpm parallax …`): in a checkout of the
// monorepo it first brings the build up to date with turbo, whose output goes to stderr only when
// the build fails, so the command's stdout is its output alone; then it runs `dist/cli.js`.
// Relative paths stay relative to the folder the user ran the command in. It runs the esbuild
// bundle (`bundle/cli.js`, built by `pnpm build`: a few files instead of ~1,400 modules, compiled
// with the V8 code cache made at build time, so the command starts in a fraction of the time) and
// falls back to tsc's `dist/cli.js` without one.
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
const bundled = join(app, 'bundle', 'cli.js')
await import(existsSync(bundled) ? '../bundle/cli.js' : '../dist/cli.js')
