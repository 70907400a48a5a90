import type { Command } from 'commander'

/** Options of `parallax render`, as commander hands them over. */
export interface RenderCommandOptions {
  readonly out: string
  readonly format: string
  readonly pageSize: string
}

/** `parallax render <briefing.json>`: writes briefing.html and briefing.pdf. */
export function registerRender(program: Command): void {
  program
    .command('render')
    .description('Render a briefing (JSON) as a self-contained HTML page and a PDF.')
    .argument('<briefing>', 'briefing JSON file (a @parallax/schema Briefing)')
    .option('-o, --out <dir>', 'folder to write briefing.html and briefing.pdf to', '.')
    .option('-f, --format <list>', 'comma-separated formats to write: html, pdf', 'html,pdf')
    .option(
      '--page-size <size>',
      'paper size of the PDF and of the HTML print style: A4 or Letter',
      'A4',
    )
    .action(async (file: string, options: RenderCommandOptions) => {
      const { renderCommand } = await import('./render-run.js')
      process.exitCode = await renderCommand(file, options)
    })
}
