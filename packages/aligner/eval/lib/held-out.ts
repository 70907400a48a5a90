/**
 * Sets labelled before any run, scored once blind, and never tuned on: their per-claim details
 * (misses, false alarms, unmatched mentions) are not printed by `eval:align` nor listed by
 * `misses.ts`, so that nobody fits rules to them by reading their failures.
 */
export const HELD_OUT: ReadonlySet<string> = new Set(['satellite-launch', 'ferry-strike'])
