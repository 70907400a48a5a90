/**
 * Warm per-article cost of `parse` and `annotate`, and throughput of `annotate`. Reads the built
 * @parallax/annotate (`pnpm --filter @parallax/annotate build` first). Run:
 * `pnpm --filter @parallax/parser bench:annotate [rounds]` (default 20 rounds).
 *
 * "An average article" is one of the five seeds (real news articles of 3.5–11.3 KB, median
 * 6.0 KB, mean 6.8 KB): the figures are the mean over the seeds and the seed of median size.
 * The parser's and annotate's fixtures (mostly a few hundred bytes) are reported separately, as
 * one set, since their mean says little about a real article; so is the input of median size
 * among the seeds and every fixture (about 0.5 KB, a short clip rather than an article).
 *
 * Per article, after a warm-up pass (the models are loaded and the code is compiled), in CPU
 * milliseconds (`process.cpuUsage`, which a shared machine distorts less than wall time):
 * - parse: `parse(…, { annotate: false })` (decode, blocks, cleaning, metadata, sentences);
 * - annotate: `annotate` alone, on the blocks and sentences that parse produced;
 * - both: `parse(…)` with its annotate step, what `parallax parse` does per file.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type AnnotateInput, annotate } from '@parallax/annotate'
import type { ManifestEntry } from '@parallax/schema'
import { fixturesDir as annotateFixtures } from '../../annotate/test/support/cases.js'
import { loadManifest, parse } from '../src/index.js'
import { fixturesDir } from '../test/annotate/helpers.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..')
const seeds = join(root, 'seeds')
const parserFixtures = join(root, 'packages/parser/test/fixtures')
const manifest = loadManifest(readFileSync(join(seeds, 'manifest.yaml'), 'utf8')).entries

interface Case {
  name: string
  bytes: Uint8Array
  path: string
  manifest: ManifestEntry | null
  seed: boolean
  /** Blocks and sentences from the real parser, without its annotate step (what annotate gets). */
  input: AnnotateInput
}

const cases: Case[] = []

async function add(name: string, bytes: Uint8Array, entry: ManifestEntry | null, seed: boolean) {
  const result = await parse({ bytes, path: name, manifest: entry }, { annotate: false })
  if (!result.article || result.text === null) return // a fixture of a broken input
  const { blocks, published, language, annotations } = result.article
  const input = { text: result.text, blocks, sentences: annotations.sentences, published, language }
  cases.push({ name, bytes, path: name, manifest: entry, seed, input })
}

for (const file of readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  await add(
    file,
    readFileSync(join(seeds, file)),
    manifest.find((e) => e.file === file) ?? null,
    true,
  )
}
// Every fixture whatever its shape (input.txt, input.md, input.html, input.pdf…): annotate's
// invented and held-out sets, the parser's fresh and blind sets and its shape fixtures.
const fixtures = [annotateFixtures, fixturesDir, parserFixtures].flatMap((dir) =>
  readdirSync(dir)
    .filter((n) => !n.startsWith('seed-'))
    .map((name) => ({ dir, name })),
)
for (const { dir, name } of fixtures.sort((a, b) => (a.name < b.name ? -1 : 1))) {
  const input = readdirSync(join(dir, name)).find((f) => f.startsWith('input.'))
  if (input) await add(`${name}/${input}`, readFileSync(join(dir, name, input)), null, false)
}

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000

const t0 = process.cpuUsage()
annotate(cases[0]!.input)
const load = cpuMs(process.cpuUsage(t0))

type Step = 'parse' | 'annotate' | 'both'
const steps: Record<Step, (c: Case) => Promise<unknown> | unknown> = {
  parse: (c) => parse({ bytes: c.bytes, path: c.path, manifest: c.manifest }, { annotate: false }),
  annotate: (c) => annotate(c.input),
  both: (c) => parse({ bytes: c.bytes, path: c.path, manifest: c.manifest }),
}

const stepNames = Object.keys(steps) as Step[]

/**
 * CPU ms per call of each step on each case: the mean of `rounds` calls after one warm-up pass
 * of every step. Steps and cases interleave within a round, so that drift on a shared machine
 * (other processes, GC pressure, JIT tiers) falls on every step alike.
 */
async function measure(rounds: number): Promise<Record<Step, number[]>> {
  for (const step of stepNames) for (const c of cases) await steps[step](c) // warm-up
  const total = {} as Record<Step, number[]>
  for (const step of stepNames) total[step] = cases.map(() => 0)
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < cases.length; i++) {
      for (const step of stepNames) {
        const u = process.cpuUsage()
        await steps[step](cases[i]!)
        total[step][i]! += cpuMs(process.cpuUsage(u))
      }
    }
  }
  for (const step of stepNames) total[step] = total[step].map((t) => t / rounds)
  return total
}

const rounds = Number(process.argv[2] ?? 20)
const perCase = await measure(rounds)

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)
const seedIdx = cases.flatMap((c, i) => (c.seed ? [i] : []))
const otherIdx = cases.flatMap((c, i) => (c.seed ? [] : [i]))
const bySize = [...seedIdx].sort(
  (a, b) => cases[a]!.input.text.length - cases[b]!.input.text.length,
)
const median = bySize[Math.floor(bySize.length / 2)]!
const allBySize = cases
  .map((_, i) => i)
  .sort((a, b) => cases[a]!.input.text.length - cases[b]!.input.text.length)
const medianAll = allBySize[Math.floor(allBySize.length / 2)]!
const kb = (idx: number[]) => mean(idx.map((i) => cases[i]!.input.text.length)) / 1024
const row = (label: string, idx: number[]) =>
  `${label.padEnd(52)} ${(['parse', 'annotate', 'both'] as const)
    .map((s) =>
      mean(idx.map((i) => perCase[s][i]!))
        .toFixed(2)
        .padStart(8),
    )
    .join(' ')}   (${kb(idx).toFixed(1)} KB of text)`

console.log(`inputs: ${seedIdx.length} seeds + ${otherIdx.length} fixtures, ${rounds} warm rounds`)
console.log(`first annotate call (loads wink-nlp and the lexicons): ${load.toFixed(0)} ms CPU`)
console.log(
  `${'warm CPU ms per article'.padEnd(52)} ${['parse', 'annotate', 'both'].map((s) => s.padStart(8)).join(' ')}`,
)
console.log(row('average article (mean of seeds)', seedIdx))
console.log(row(`median seed (${cases[median]!.name})`, [median]))
console.log(row('fixtures (mean)', otherIdx))
console.log(row(`median input of all (${cases[medianAll]!.name})`, [medianAll]))
for (const i of seedIdx) console.log(row(`  ${cases[i]!.name}`, [i]))

let annotations = 0
let chars = 0
const start = performance.now()
for (const c of cases) {
  const a = annotate(c.input)
  annotations += a.entities.length + a.mentions.length + a.quotations.length
  annotations += a.quantities.length + a.dates.length
  chars += c.input.text.length
}
const seconds = (performance.now() - start) / 1000
console.log(
  `annotate alone, all inputs, wall: ${(cases.length / seconds).toFixed(1)} articles/s, ` +
    `${(annotations / seconds).toFixed(0)} annotations/s, ${(chars / 1024 / seconds).toFixed(1)} KB/s`,
)
