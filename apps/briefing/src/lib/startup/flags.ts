import { setFlagsFromString } from 'node:v8'

/**
 * The V8 flags every `parallax` process sets before it runs. The code-cache loader sets them
 * before it compiles the bundle, because V8 accepts a code cache only under the flags it was
 * made with (see `load-main.ts`).
 */
export const PROCESS_FLAGS: readonly string[] = [
  // V8 lets the old generation grow to up to 4x what the last full collection kept before it
  // collects again; a huge input (a page of a million tiny elements) promotes much short-lived
  // data while its article is built, so the peak was set by that factor, not by what the run
  // keeps. 30% bounds the peak near what is live (16 MB of such HTML: 424-584 MB down to ~370)
  // at no measurable CPU cost on the seeds brief; see the README's "Memory". Applies to the
  // pool's workers too (one V8 flag for the process).
  '--heap-growing-percent=30',
  // V8 drops the bytecode of a function that has not run for a few collections ("flushing"), and
  // compiles it again on its next call. In a run of a few seconds that only repeats work, and it
  // would throw away the code cache's functions before the later stages (align, compose) call them.
  '--no-flush-bytecode',
]

/** Sets `PROCESS_FLAGS` (idempotent). */
export function setProcessFlags(): void {
  for (const flag of PROCESS_FLAGS) setFlagsFromString(flag)
}
