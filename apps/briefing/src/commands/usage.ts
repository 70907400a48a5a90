import type { PageSize } from '@parallax/renderer'
import { type Command, CommanderError } from 'commander'
import { EXIT } from '../lib/brief/types.js'

/** A usage error of a command: reported in one line, exit status 2. */
export class UsageError extends Error {}

/**
 * Makes commander's own usage errors (unknown option, missing argument) exit with status 2, as
 * every `parallax` command's usage errors do; help and version still exit 0.
 */
export function usageExitsWith2(command: Command): Command {
  return command.exitOverride((error) => {
    throw error.exitCode === 0 ? error : new CommanderError(EXIT.usage, error.code, error.message)
  })
}

/** Comma-separated values of a list option, each one of `allowed`, in `allowed`'s order. */
export function parseList<T extends string>(
  option: string,
  value: string,
  allowed: readonly T[],
): T[] {
  const list = value
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean)
  const unknown = list.filter((item) => !(allowed as readonly string[]).includes(item))
  if (list.length === 0 || unknown.length > 0)
    throw new UsageError(
      `${option}: unknown value ${JSON.stringify(unknown.join(',') || value)}; expected a comma-separated list of ${allowed.join(', ')}`,
    )
  return allowed.filter((item) => list.includes(item))
}

/** One value of `allowed`, in any case. */
export function parseChoice<T extends string>(
  option: string,
  value: string,
  allowed: readonly T[],
): T {
  const wanted = value.trim().toLowerCase()
  const found = allowed.find((item) => item === wanted)
  if (found === undefined)
    throw new UsageError(
      `${option}: unknown value ${JSON.stringify(value)}; expected one of ${allowed.join(', ')}`,
    )
  return found
}

/** A positive whole number option (or 0 when `zero` is allowed). */
export function parseCount(option: string, value: string, zero = false): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < (zero ? 0 : 1))
    throw new UsageError(
      `${option}: expected a ${zero ? 'non-negative' : 'positive'} whole number, got ${JSON.stringify(value)}`,
    )
  return n
}

/** `--page-size`: A4 or Letter, in any case. */
export function parsePageSize(value: string): PageSize {
  const size = value.toLowerCase()
  if (size === 'a4') return 'A4'
  if (size === 'letter') return 'Letter'
  throw new UsageError(`--page-size: expected A4 or Letter, got ${JSON.stringify(value)}`)
}
