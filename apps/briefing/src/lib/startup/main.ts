import { CommanderError } from 'commander'
import { createProgram } from '../../program.js'

// A reader that stops early (`| head`) closes stdout: stop quietly, as other commands do.
const closed = (error: unknown): boolean => (error as NodeJS.ErrnoException)?.code === 'EPIPE'

/**
 * Runs the `parallax` command on `argv` (as `process.argv`: node, script, then the arguments) and
 * sets `process.exitCode`. The entry that calls it has set `PROCESS_FLAGS` (`setProcessFlags`) by
 * then: `cli.ts` first thing, `loadMain` before it compiles the bundle. Usage problems exit 2 after commander's message; environment problems
 * (a folder that cannot be written, a damaged archive) print `parallax: <message>` and exit 2.
 */
export async function main(argv: readonly string[]): Promise<void> {
  process.stdout.on('error', (error) => {
    if (closed(error)) process.exit(process.exitCode ?? 0)
    throw error
  })
  try {
    await createProgram().parseAsync([...argv])
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander has already printed the usage problem (or the help).
      process.exitCode = error.exitCode
    } else if (closed(error)) {
      process.exit(process.exitCode ?? 0)
    } else {
      // Problems in content are reported by each command with file and position; what reaches
      // here is the environment or a bug.
      const message = error instanceof Error ? error.message : String(error)
      process.stderr.write(`parallax: ${message}\n`)
      if (process.env.PARALLAX_DEBUG && error instanceof Error)
        process.stderr.write(`${error.stack}\n`)
      process.exitCode = 2
    }
  }
}
