import type { Command } from 'commander'

// Placeholder while the parse command is being written in this session; replaced before commit.
export function registerParse(program: Command): void {
  program.command('parse').description('(parse: in progress)')
}
