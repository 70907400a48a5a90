/**
 * CPU cost of annotate, cold and warm, in CPU time (`process.cpuUsage`), which a shared machine
 * distorts less than wall time. Reads the built package (`pnpm --filter @parallax/annotate build`
 * first). Run: `pnpm --filter @parallax/annotate bench [rounds]`.
 *
 * Inputs: the seeds and this package's fixtures as paragraph blocks (`paragraphInput`, the test
 * helper), so the bench needs no parser. The raw seeds split on blank lines only, so some are a
 * few very long blocks (seed 000: 2 blocks, 7,900 characters) and cost more than the parser's
 * blocks of the same text; `packages/parser/bench/annotate.bench.ts` measures on the parser's
 * own blocks and sentences.
 * - cold: a fresh Node process imports the package, then annotates the first seed (models load).
 * - warm: CPU milliseconds per article over `rounds` passes (default 10) after a warm-up pass.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fixturesDir, paragraphInput, seedsDir } from '../test/support/cases.ts'

const dist = new URL('../dist/index.js', import.meta.url).href
const seedFiles = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(seedsDir, f))
const fixtureFiles = readdirSync(fixturesDir)
  .sort()
  .map((d) => join(fixturesDir, d, 'input.txt'))
const read = (path: string) => paragraphInput(readFileSync(path, 'utf8'), null)

const cold = `
const ms = (u) => (u.user + u.system) / 1000
const c0 = process.cpuUsage()
const { annotate } = await import(${JSON.stringify(dist)})
const imported = process.cpuUsage(c0)
const input = JSON.parse(process.argv[1])
const c1 = process.cpuUsage()
annotate(input)
console.log(JSON.stringify({ import: ms(imported), first: ms(process.cpuUsage(c1)) }))
`
const first = JSON.stringify(read(seedFiles[0]!))
const runs = [0, 1, 2].map(
  () =>
    JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', cold, first], {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      }),
    ) as { import: number; first: number },
)
const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!
console.log(
  `cold (fresh process, median of 3): import ${median(runs.map((r) => r.import)).toFixed(0)} ms CPU, ` +
    `first annotate ${median(runs.map((r) => r.first)).toFixed(0)} ms CPU (${seedFiles[0]!.split('/').pop()})`,
)

const { annotate } = (await import(dist)) as typeof import('../src/index.ts')
const rounds = Number(process.argv[2] ?? 10)
for (const [label, files] of [
  ['seeds', seedFiles],
  ['fixtures', fixtureFiles],
] as const) {
  const inputs = files.map(read)
  for (const input of inputs) annotate(input)
  const start = process.cpuUsage()
  for (let r = 0; r < rounds; r++) for (const input of inputs) annotate(input)
  const used = process.cpuUsage(start)
  const perArticle = (used.user + used.system) / 1000 / (rounds * inputs.length)
  console.log(
    `warm, ${label}: ${perArticle.toFixed(2)} ms CPU per article (${inputs.length} articles x ${rounds} rounds)`,
  )
}
