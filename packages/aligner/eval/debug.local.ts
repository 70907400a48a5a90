// Local debugging aid (not committed): per set, unmatched labelled mentions with their sentence,
// tokens and the claims found there. usage: tsx eval/debug.local.ts <set> [--all] [--kind k]
import { readdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { loadManifest, parseMany } from '@parallax/parser'
import type { Claim } from '@parallax/schema'
import { claimsFromArticle } from '../src/index.js'
import { claimContext } from '../src/lib/claims/context.js'
import { locateMembers } from './lib/anchors.js'
import { readLabels } from './lib/labels.js'
import { matchMentions } from './lib/match.js'

const [set, ...rest] = process.argv.slice(2)
const all = rest.includes('--all')
const kind = rest.includes('--kind') ? rest[rest.indexOf('--kind') + 1] : undefined
const setDir = join(import.meta.dirname, 'sets', set!)
const gold = readLabels(await readFile(join(setDir, 'labels.yaml'), 'utf8'), 'labels')
const dir = gold.dir === null ? setDir : resolve(import.meta.dirname, '../../..', gold.dir)
const files = (await readdir(dir)).filter((f) => !/\.ya?ml$/.test(f) && f !== 'README.md').sort()
let manifest = new Map()
try {
  const { entries } = loadManifest(await readFile(join(dir, 'manifest.yaml'), 'utf8'), 'm')
  manifest = new Map(entries.map((e) => [e.file, e]))
} catch {}
const inputs = await Promise.all(files.map(async (f) => ({ bytes: new Uint8Array(await readFile(join(dir, f))), path: f, manifest: manifest.get(f) ?? null })))
const { results } = await parseMany(inputs)
const texts = new Map<string, string>()
const ids = new Map<string, string>()
const arts = new Map<string, any>()
const claims: Claim[] = []
results.forEach((r, i) => {
  if (r.text !== null) texts.set(files[i]!, r.text)
  if (r.article) {
    ids.set(files[i]!, r.article.id)
    arts.set(files[i]!, r.article)
    claims.push(...claimsFromArticle(r.article))
  }
})
if (rest.includes('--dump')) {
  for (const c of claims) if (!kind || c.kind === kind) console.log(JSON.stringify({ ...c, id: undefined, provenance: undefined, text: c.text.slice(0, 90) }))
  process.exit(0)
}
const located = locateMembers(gold, texts)
const matched = matchMentions(located.values(), ids, claims)
const seen = new Set<string>()
let n = 0
for (const m of located.values()) {
  if (seen.has(m.key)) continue
  seen.add(m.key)
  if (kind && m.kind !== kind) continue
  const c = matched.get(m.key)
  if (c && !all) continue
  n++
  const art = arts.get(m.file)
  const ctx = claimContext(art)
  const view = ctx.sentenceAt(m.span)
  console.log(`\n=== ${m.file} ${m.kind} "${m.anchor}" ${c ? `MATCHED ${JSON.stringify({ ...c, text: undefined, provenance: undefined })}` : 'UNMATCHED'}`)
  if (!view) { console.log('  (no sentence)'); continue }
  if (c && all) continue
  console.log('  S:', view.text)
  console.log('  T:', view.tokens.map((t) => `${t.value}/${t.pos}${t.lemma !== t.lower ? `:${t.lemma}` : ''}`).join(' '))
  console.log('  M:', view.mentions.map((x) => `${x.item.text}<${x.entity.kind}:${x.entity.key}${x.entity.party ? ` party=${x.entity.party}` : ''}>`).join('; '))
  console.log('  D:', view.dates.map((x) => `${x.item.text}=${JSON.stringify(x.item.value)}`).join('; '))
  console.log('  Q:', view.quantities.map((x) => `${x.item.text}=${x.item.value}${x.item.unit ?? ''}${x.item.ordinal ? ' ord' : ''}`).join('; '))
  console.log('  QT:', view.quotations.map((x) => `${x.item.kind}:${x.item.text.slice(0, 60)}`).join('; '))
  const sid = view.sentence.id
  for (const cl of claims.filter((x) => x.provenance.article === art.id && x.provenance.sentence === sid))
    console.log('  C:', JSON.stringify({ ...cl, text: undefined, provenance: undefined, id: undefined }))
}
console.log(`\n${n} shown`)
