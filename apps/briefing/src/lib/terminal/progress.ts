/** Where the progress bar draws: a stream with a TTY flag and a width. */
export interface ProgressStream {
  readonly isTTY?: boolean
  readonly columns?: number
  write(text: string): unknown
}

/** A progress bar on stderr, or nothing. */
export interface Progress {
  update(done: number, total: number, label: string): void
  /** Erases the bar (before the summary is printed). */
  done(): void
}

/** True when a bar should be drawn: a terminal, and not under CI. */
export function wantsProgress(
  stream: ProgressStream,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  return stream.isTTY === true && !env.CI && env.TERM !== 'dumb'
}

/**
 * A one-line progress bar redrawn in place (`\r`) at most every 50 ms, only on a terminal and
 * never under CI; elsewhere (a pipe, a log file) it writes nothing.
 */
export function createProgress(
  stream: ProgressStream,
  env: NodeJS.ProcessEnv = process.env,
  now: () => number = () => performance.now(),
): Progress {
  if (!wantsProgress(stream, env)) return { update() {}, done() {} }
  let last = Number.NEGATIVE_INFINITY
  let drawn = false
  return {
    update(done, total, label) {
      const t = now()
      if (done < total && t - last < 50) return
      last = t
      const width = Math.max(20, Math.min(stream.columns ?? 80, 120))
      const barWidth = 24
      const filled = total === 0 ? barWidth : Math.round((done / total) * barWidth)
      const head = `parsing [${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}] ${done}/${total} `
      const room = width - head.length - 1
      const name =
        room <= 1 ? '' : label.length > room ? `…${label.slice(label.length - room + 1)}` : label
      stream.write(`\r\x1b[2K${head}${name}`)
      drawn = true
    },
    done() {
      if (drawn) stream.write('\r\x1b[2K')
      drawn = false
    },
  }
}
