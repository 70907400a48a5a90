import { Command } from 'commander'
import { registerAlign } from './commands/align.js'
import { registerBrief } from './commands/brief.js'
import { registerClaims } from './commands/claims.js'
import { defaultDeps } from './commands/deps.js'
import { registerParse } from './commands/parse.js'
import { registerRender } from './commands/render.js'
import type { BriefDeps } from './lib/brief/types.js'

/**
 * The `parallax` command with every subcommand registered. `deps` replaces the aligner and the
 * composition the commands use (default: those wired in `commands/deps.ts`).
 */
export function createProgram(deps: BriefDeps = defaultDeps): Command {
  const program = new Command('parallax')
    .description('Cited daily briefings from many outlets’ coverage of one story.')
    .showHelpAfterError()
  registerBrief(program, deps)
  registerClaims(program)
  registerAlign(program, deps)
  registerParse(program)
  registerRender(program)
  return program
}
