import { Command } from 'commander'
import { registerParse } from './commands/parse.js'
import { registerRender } from './commands/render.js'

/** The `parallax` command with every subcommand registered. */
export function createProgram(): Command {
  const program = new Command('parallax')
    .description('Cited daily briefings from many outlets’ coverage of one story.')
    .showHelpAfterError()
  registerParse(program)
  registerRender(program)
  return program
}
