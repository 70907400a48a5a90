import { readFileSync } from 'node:fs'
import { Command } from 'commander'
import { registerAlign } from './commands/align.js'
import { registerBrief } from './commands/brief.js'
import { registerClaims } from './commands/claims.js'
import { registerParse } from './commands/parse.js'
import { registerRender } from './commands/render.js'
import type { BriefDeps, LoadDeps } from './lib/brief/types.js'

/**
 * The `parallax` command with every subcommand registered. `deps` replaces the aligner and the
 * composition the commands use (default: those wired in `commands/deps.ts`, loaded only by the
 * commands that need them). Each command loads its implementation when it runs, so `--help`,
 * `--version` and `parse` start without the aligner, the renderer, pdfkit or SQLite.
 */
export function createProgram(deps?: BriefDeps | null): Command {
  const loadDeps: LoadDeps = deps
    ? () => Promise.resolve(deps)
    : () => import('./commands/deps.js').then((m) => m.defaultDeps)
  const program = new Command('parallax')
    .description('Cited daily briefings from many outlets’ coverage of one story.')
    .version(version(), '-V, --version', 'print the version and exit')
    .showHelpAfterError()
  registerBrief(program, loadDeps)
  registerClaims(program)
  registerAlign(program, loadDeps)
  registerParse(program)
  registerRender(program)
  return program
}

/** This package's version, from its package.json (beside dist/ and src/ alike). */
function version(): string {
  const text = readFileSync(new URL('../package.json', import.meta.url), 'utf8')
  return (JSON.parse(text) as { version: string }).version
}
