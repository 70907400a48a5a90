/** Options of `exitWhenFlushed`. */
export interface ExitWhenFlushedOptions {
  /** The streams whose writes must reach their reader first. Default: stdout and stderr. */
  streams?: readonly NodeJS.WritableStream[]
  /** What ends the process. Default: `process.exit` (with `process.exitCode`). */
  exit?: () => void
}

/** Resolves once every write made to `stream` so far has been handed to the system. */
function flushed(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    // A stream already closed (a reader that stopped early) has nothing left to flush.
    if ((stream as { writableEnded?: boolean; destroyed?: boolean }).destroyed) return resolve()
    stream.write('', () => resolve())
  })
}

/**
 * Ends the process once a command's output is flushed, rather than when Node would on its own:
 * a process whose event loop has run dry still waits for V8's background tasks (concurrent
 * compiles and sweeping of a heap of a few hundred MB) and tears its heaps down before it exits,
 * which took 50-130 ms after `brief` had written everything (0.4-1 s on a loaded machine). What
 * the command wrote to stdout and stderr reaches its reader first; `exit` handlers still run.
 * Only for the command's entries (`cli.ts`, `startup/cli-cached.ts`), once `main` has returned:
 * `main` itself never exits, so a caller that runs it in-process (the code-cache warm-up) goes on.
 */
export async function exitWhenFlushed(options: ExitWhenFlushedOptions = {}): Promise<void> {
  const { streams = [process.stdout, process.stderr], exit = () => process.exit() } = options
  for (const stream of streams) await flushed(stream)
  exit()
}
