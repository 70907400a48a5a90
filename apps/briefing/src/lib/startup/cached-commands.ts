/**
 * The commands `bundle/cli.js` runs from `main.cjs` with its V8 code cache: those that run the
 * pipeline past parsing, where compiling ahead of time pays. Everything else (`parse`, `--help`,
 * `--version`) takes the ESM command, which loads only the chunks it needs: taking in the whole
 * cache costs ~0.1 s before the first input is read, more than `parse` saves by it.
 */
export const CACHED_COMMANDS: ReadonlySet<string> = new Set(['brief', 'align', 'claims', 'render'])

/** Whether the command line (`process.argv`: node, script, then arguments) names a cached command. */
export function usesCodeCache(argv: readonly string[]): boolean {
  const command = argv.slice(2).find((arg) => !arg.startsWith('-'))
  return command !== undefined && CACHED_COMMANDS.has(command)
}
