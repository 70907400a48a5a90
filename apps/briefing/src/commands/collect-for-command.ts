import { formatDiagnostic } from '@parallax/parser'
import { type Collected, collectArticles } from '../lib/brief/collect.js'
import { createProgress } from '../lib/terminal/progress.js'

/**
 * What `claims` and `align` share: parse the inputs with their claims (progress bar on a
 * terminal), print every diagnostic and skipped input on stderr, and return what was collected,
 * or `null` after saying so when no input gave an article.
 */
export async function collectForCommand(
  name: string,
  inputs: readonly string[],
  manifest: string | boolean | undefined,
  workers: number | null,
): Promise<Collected | null> {
  const progress = createProgress(process.stderr)
  const collected = await collectArticles({
    inputs,
    manifest: manifest === true ? null : (manifest ?? null),
    workers,
    claims: true,
    onProgress: (done, total, path) => progress.update(done, total, path),
  }).finally(() => progress.done())
  for (const d of collected.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`)
  for (const s of collected.skipped) process.stderr.write(`${s.file}: skipped: ${s.reason}\n`)
  if (collected.articles.length > 0) return collected
  process.stderr.write(`parallax ${name}: nothing usable: no input gave an article\n`)
  return null
}
