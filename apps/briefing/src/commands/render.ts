import type { Command } from 'commander'

// Placeholder while the render command is being written in this session; replaced before commit.
export function registerRender(program: Command): void {
  program.command('render').description('(render: in progress)')
}
