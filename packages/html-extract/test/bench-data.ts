import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** Where the shared article-extraction benchmark lives, and whether the tests can use it. */
export interface BenchData {
  dir: string
  available: boolean
  /** Why the benchmark tests are skipped, or `null` when they run. */
  reason: string | null
}

/**
 * The benchmark folder: `BENCH_DIR` when set, else `shared/bench/article-extraction` beside the
 * repository. Nothing is read here: tests that need the data read it when they run, so a clone
 * without the folder skips them (with the reason in their name) instead of failing to collect.
 */
export function benchData(env: Record<string, string | undefined> = process.env): BenchData {
  const dir = resolve(
    env.BENCH_DIR ?? join(import.meta.dirname, '../../../../shared/bench/article-extraction'),
  )
  const available = existsSync(join(dir, 'ground-truth.json'))
  return {
    dir,
    available,
    reason: available ? null : `benchmark data not found at ${dir} (set BENCH_DIR)`,
  }
}

/** A suite title that states why it is skipped. */
export function benchTitle(title: string, data: BenchData): string {
  return data.reason === null ? title : `${title} (skipped: ${data.reason})`
}
