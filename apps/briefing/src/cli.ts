#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8'
import { CommanderError } from 'commander'
import { createProgram } from './program.js'

// V8 lets the old generation grow to up to 4x what the last full collection kept before it
// collects again; a huge input (a page of a million tiny elements) promotes much short-lived data
// while its article is built, so the peak was set by that factor, not by what the run keeps.
// 30% bounds the peak near what is live (16 MB of such HTML: 424-584 MB down to ~370) at no
// measurable CPU cost on the seeds brief; see the README's "Memory". Applies to the pool's
// workers too (one V8 flag for the process).
setFlagsFromString('--heap-growing-percent=30')

// A reader that stops early (`| head`) closes stdout: stop quietly, as other commands do.
const closed = (error: unknown): boolean => (error as NodeJS.ErrnoException)?.code === 'EPIPE'
process.stdout.on('error', (error) => {
  if (closed(error)) process.exit(process.exitCode ?? 0)
  throw error
})

try {
  await createProgram().parseAsync(process.argv)
} catch (error) {
  if (error instanceof CommanderError) {
    // commander has already printed the usage problem (or the help).
    process.exitCode = error.exitCode
  } else if (closed(error)) {
    process.exit(process.exitCode ?? 0)
  } else {
    // Problems in content are reported by each command with file and position; what reaches here
    // is the environment (a folder that cannot be written, a damaged archive) or a bug.
    const message = error instanceof Error ? error.message : String(error)
    process.stderr.write(`parallax: ${message}\n`)
    if (process.env.PARALLAX_DEBUG && error instanceof Error)
      process.stderr.write(`${error.stack}\n`)
    process.exitCode = 2
  }
}
