/**
 * Warm per-article cost of `parse` and `annotate`, and throughput of `annotate`. Reads the built
 * @parallax/annotate (`pnpm --filter @parallax/annotate build` first). Run:
 * `pnpm --filter @parallax/parser bench:annotate [rounds]` (default 20 rounds).
 *
 * "An average article" is one of the five seeds (real news articles of 3.5–11.3 KB, median
 * 6.0 KB, mean 6.8 KB) or one of the 25 articles of the aligner's evaluation sets
 * (`packages/aligner/eval/sets/<set>/`, five invented stories in five shapes each, 0.8–4 KB, more
 * typical of a wire story): the figures are the mean and the median (of the per-article costs)
 * over the seeds, over the evaluation sets and over all 30, and the seed of median size.
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
import {
  type AnnotateInput,
  type AnnotationStep,
  annotate,
  builtinAnnotationSteps,
} from '@parallax/annotate'
import type { ManifestEntry } from '@parallax/schema'
import { fixturesDir as annotateFixtures } from '../../annotate/test/support/cases.js'
import { loadManifest, parse } from '../src/index.js'
import { fixturesDir } from '../test/annotate/helpers.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..')
const seeds = join(root, 'seeds')
const parserFixtures = join(root, 'packages/parser/test/fixtures')
const manifest = loadManifest(readFileSync(join(seeds, 'manifest.yaml'), 'utf8')).entries

/** Where an input comes from: a seed, an aligner evaluation set, or a parser/annotate fixture. */
type Group = 'seed' | 'eval' | 'fixture'

interface Case {
  name: string
  bytes: Uint8Array
  path: string
  manifest: ManifestEntry | null
  group: Group
  /** Blocks and sentences from the real parser, without its annotate step (what annotate gets). */
  input: AnnotateInput
}

const cases: Case[] = []

async function add(name: string, bytes: Uint8Array, entry: ManifestEntry | null, group: Group) {
  const result = await parse({ bytes, path: name, manifest: entry }, { annotate: false })
  if (!result.article || result.text === null) return // a fixture of a broken input
  const { blocks, published, language, annotations } = result.article
  const input = { text: result.text, blocks, sentences: annotations.sentences, published, language }
  cases.push({ name, bytes, path: name, manifest: entry, group, input })
}

for (const file of readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  await add(
    file,
    readFileSync(join(seeds, file)),
    manifest.find((e) => e.file === file) ?? null,
    'seed',
  )
}
// The aligner's evaluation sets: every article file of each set, with its manifest entry.
const evalSets = join(root, 'packages/aligner/eval/sets')
for (const set of readdirSync(evalSets).sort()) {
  const dir = join(evalSets, set)
  const files = readdirSync(dir).filter((f) => /\.(?:txt|md|html)$/u.test(f))
  if (files.length === 0) continue
  const entries = loadManifest(readFileSync(join(dir, 'manifest.yaml'), 'utf8')).entries
  for (const file of files.sort()) {
    const entry = entries.find((e) => e.file === file) ?? null
    await add(`${set}/${file}`, readFileSync(join(dir, file)), entry, 'eval')
  }
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
  if (input) await add(`${name}/${input}`, readFileSync(join(dir, name, input)), null, 'fixture')
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
const inGroup = (...groups: Group[]) =>
  cases.flatMap((c, i) => (groups.includes(c.group) ? [i] : []))
const seedIdx = inGroup('seed')
const evalIdx = inGroup('eval')
const articleIdx = inGroup('seed', 'eval')
const otherIdx = inGroup('fixture')
/** The median of the per-case costs of `step` over `idx` (the mean of the middle two if even). */
const medianOf = (step: Step, idx: number[]) => {
  const xs = idx.map((i) => perCase[step][i]!).sort((a, b) => a - b)
  const mid = xs.length >> 1
  return xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2
}
const bySize = [...seedIdx].sort(
  (a, b) => cases[a]!.input.text.length - cases[b]!.input.text.length,
)
const median = bySize[Math.floor(bySize.length / 2)]!
const allBySize = cases
  .map((_, i) => i)
  .sort((a, b) => cases[a]!.input.text.length - cases[b]!.input.text.length)
const medianAll = allBySize[Math.floor(allBySize.length / 2)]!
const kb = (idx: number[]) => mean(idx.map((i) => cases[i]!.input.text.length)) / 1024
const row = (label: string, idx: number[], of: 'mean' | 'median' = 'mean') =>
  `${label.padEnd(52)} ${(['parse', 'annotate', 'both'] as const)
    .map((s) =>
      (of === 'mean' ? mean(idx.map((i) => perCase[s][i]!)) : medianOf(s, idx))
        .toFixed(2)
        .padStart(8),
    )
    .join(' ')}   (${kb(idx).toFixed(1)} KB of text)`

console.log(
  `inputs: ${seedIdx.length} seeds + ${evalIdx.length} evaluation-set articles + ` +
    `${otherIdx.length} fixtures, ${rounds} warm rounds`,
)
console.log(`first annotate call (loads wink-nlp and the lexicons): ${load.toFixed(0)} ms CPU`)
console.log(
  `${'warm CPU ms per article'.padEnd(52)} ${['parse', 'annotate', 'both'].map((s) => s.padStart(8)).join(' ')}`,
)
console.log(row('average article (mean of seeds)', seedIdx))
console.log(row('median of seeds', seedIdx, 'median'))
console.log(row('evaluation-set article (mean)', evalIdx))
console.log(row('median of evaluation-set articles', evalIdx, 'median'))
console.log(row(`all ${articleIdx.length} articles (mean)`, articleIdx))
console.log(row(`median of all ${articleIdx.length} articles`, articleIdx, 'median'))
console.log(row(`median seed (${cases[median]!.name})`, [median]))
console.log(row('fixtures (mean)', otherIdx))
console.log(row(`median input of all (${cases[medianAll]!.name})`, [medianAll]))
for (const i of seedIdx) console.log(row(`  ${cases[i]!.name}`, [i]))

// Per annotation step: CPU ms per article (seeds and evaluation sets), the built-in steps timed
// one by one; "prepare + assemble" is the rest of `annotate` (block contexts, reference date, ids).
const stepMs = new Map<string, number>()
const timedSteps: AnnotationStep[] = builtinAnnotationSteps.map((step) => ({
  ...step,
  run: (article, drafts) => {
    const u = process.cpuUsage()
    const out = step.run(article, drafts)
    stepMs.set(step.id, (stepMs.get(step.id) ?? 0) + cpuMs(process.cpuUsage(u)))
    return out
  },
}))
let wholeMs = 0
for (let r = 0; r < rounds; r++) {
  for (const i of articleIdx) {
    const u = process.cpuUsage()
    annotate(cases[i]!.input, { steps: timedSteps })
    wholeMs += cpuMs(process.cpuUsage(u))
  }
}
const perArticle = (ms: number) => (ms / rounds / articleIdx.length).toFixed(2).padStart(8)
console.log(`annotate by step, CPU ms per article (mean of all ${articleIdx.length} articles):`)
let stepsMs = 0
for (const [id, ms] of stepMs) {
  stepsMs += ms
  console.log(`  ${id.padEnd(50)} ${perArticle(ms)}`)
}
console.log(`  ${'prepare + assemble'.padEnd(50)} ${perArticle(wholeMs - stepsMs)}`)

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
