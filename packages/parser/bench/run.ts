// Throughput of parse() over the fixture inputs: `pnpm --filter @parallax/parser bench [rounds]`.
// Reports articles/s and MB/s with and without the linguistic annotations. Not a test.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ParseInput } from '../src/index.ts'
import { parseMany } from '../src/index.ts'

const rounds = Number(process.argv[2] ?? 20)
const root = new URL('../test/fixtures/', import.meta.url).pathname
const inputs: ParseInput[] = []
for (const dir of readdirSync(root)) {
  const name = readdirSync(join(root, dir)).find((f) => f.startsWith('input.'))
  if (!name || dir.startsWith('safety-oversized')) continue
  inputs.push({ bytes: new Uint8Array(readFileSync(join(root, dir, name))), path: join(dir, name) })
}
const bytes = inputs.reduce((n, i) => n + i.bytes.length, 0)

for (const annotate of [false, true]) {
  await parseMany(inputs, { annotate }) // warm up (loads pdf.js, models)
  const start = performance.now()
  let articles = 0
  for (let r = 0; r < rounds; r++)
    articles += (await parseMany(inputs, { annotate })).articles.length
  const seconds = (performance.now() - start) / 1000
  console.log(
    `${annotate ? 'parse + annotate' : 'parse only      '}: ${inputs.length} inputs (${(bytes / 1024).toFixed(1)} KB) x ${rounds} rounds: ` +
      `${(articles / seconds).toFixed(1)} articles/s, ${((bytes * rounds) / 1e6 / seconds).toFixed(2)} MB/s`,
  )
}
