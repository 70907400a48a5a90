/**
 * Throughput of `annotate` over the seeds (blocks and sentences from the real parser) and the
 * invented annotate fixtures. Run: `pnpm exec tsx bench/annotate.bench.ts` in packages/parser.
 * Reports the one-off model load, then articles/s, annotations/s and KB/s of annotate alone.
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
const manifest = loadManifest(readFileSync(join(seeds, 'manifest.yaml'), 'utf8')).entries

const inputs: AnnotateInput[] = []

/** Blocks and sentences from the real parser, without its annotate step (what is measured). */
async function prepare(bytes: Uint8Array, path: string, entry: ManifestEntry | null) {
  const result = await parse({ bytes, path, manifest: entry }, { annotate: false })
  if (!result.article || result.text === null) throw new Error(`${path} did not parse`)
  const { blocks, published, annotations } = result.article
  inputs.push({ text: result.text, blocks, sentences: annotations.sentences, published })
}

for (const file of readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const entry = manifest.find((e) => e.file === file) ?? null
  await prepare(readFileSync(join(seeds, file)), file, entry)
}
// Every invented fixture, whatever its shape (input.txt, input.md, input.html, …).
// Invented and held-out fixtures live in @parallax/annotate, the fresh and blind sets here.
const fixtures = [annotateFixtures, fixturesDir].flatMap((dir) =>
  readdirSync(dir)
    .filter((n) => !n.startsWith('seed-'))
    .map((name) => ({ dir, name })),
)
for (const { dir, name } of fixtures.sort((a, b) => (a.name < b.name ? -1 : 1))) {
  const input = readdirSync(join(dir, name)).find((f) => f.startsWith('input.'))
  if (input) await prepare(readFileSync(join(dir, name, input)), `${name}/${input}`, null)
}

const t0 = performance.now()
annotate(inputs[0]!)
const load = performance.now() - t0

const count = (i: AnnotateInput) => {
  const a = annotate(i)
  return (
    a.entities.length +
    a.mentions.length +
    a.quotations.length +
    a.quantities.length +
    a.dates.length
  )
}
for (const i of inputs) count(i) // warm-up
const rounds = Number(process.argv[2] ?? 20)
let annotations = 0
let chars = 0
const start = performance.now()
for (let r = 0; r < rounds; r++) {
  for (const i of inputs) {
    annotations += count(i)
    chars += i.text.length
  }
}
const seconds = (performance.now() - start) / 1000
const articles = rounds * inputs.length
console.log(
  `inputs: ${inputs.length} (5 seeds + ${inputs.length - 5} fixtures, blocks and sentences from parse()), ${rounds} rounds`,
)
console.log(`first call (loads wink-nlp + compromise lexicon): ${load.toFixed(0)} ms`)
console.log(`articles/s: ${(articles / seconds).toFixed(1)}`)
console.log(
  `annotations/s: ${(annotations / seconds).toFixed(0)} (${annotations / rounds} annotations per round)`,
)
console.log(`KB/s: ${(chars / 1024 / seconds).toFixed(1)}`)
