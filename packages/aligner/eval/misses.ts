/**
 * `tsx eval/misses.ts [--set <name>]…`: a diagnostic for development. For each set (the dev sets
 * by default; never run it on a held-out set), aligns with the aligner's source (no build) and
 * lists every gold link between two matched mentions that the alignment misses, with the pair's
 * score and evidence, and whether blocking made it a candidate at all; then each false link (two
 * mentions of different gold groups in one predicted cluster).
 */
import { readdir } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Claim } from '@parallax/schema'
import { align, featuresOf } from '../src/lib/align/align.js'
import { candidatePairs } from '../src/lib/align/candidates.js'
import { resolveOptions } from '../src/lib/align/options.js'
import { scorePair } from '../src/lib/align/score.js'
import { findReports } from '../src/lib/reports/reports.js'
import { locateMembers } from './lib/anchors.js'
import { HELD_OUT } from './lib/held-out.js'
import { goldClusters } from './lib/links.js'
import { loadSet } from './lib/load-set.js'
import { matchMentions } from './lib/match.js'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '../../..')

async function run(name: string) {
  const { gold, texts, ids, articles } = await loadSet(join(here, 'sets'), root, name)
  const alignment = align(articles)
  const located = locateMembers(gold, texts)
  const mentions = [...new Map([...located.values()].map((m) => [m.key, m])).values()]
  const matched = matchMentions(mentions, ids, alignment.claims)
  const gc = goldClusters(gold, located)
  const clusterOf = new Map<string, string>()
  for (const c of alignment.clusters) for (const id of c.claims) clusterOf.set(id, c.id)
  // features, as align computes them
  const opts = resolveOptions(null)
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : 1))
  const { reportOf } = findReports(sorted)
  const feats = featuresOf(sorted, alignment.claims, reportOf, opts.lexical)
  const index = new Map(alignment.claims.map((c, i) => [c.id, i]))
  const cand = new Set(candidatePairs(feats, opts).map(([a, b]) => `${a},${b}`))
  const show = (c: Claim) => {
    const f = feats[index.get(c.id)!]!
    return `${c.kind} [${f.lemmas.join(' ')}]${c.kind === 'quantity' ? ` v=${c.value} u=${c.unit}` : ''} ctx=[${f.context.join(' ')}] when=${f.when?.start ?? '-'} actor=${f.actor?.key ?? f.actor?.name ?? '-'}`
  }
  console.log(`\n=== ${name}`)
  const tally = {
    'no claim': 0,
    'never a candidate': 0,
    vetoed: 0,
    'below threshold': 0,
    'refused at clustering': 0,
  }
  let falseLinks = 0
  for (let i = 0; i < mentions.length; i++)
    for (let j = i + 1; j < mentions.length; j++) {
      const a = mentions[i]!
      const b = mentions[j]!
      if (a.file === b.file) continue
      const ca = matched.get(a.key)
      const cb = matched.get(b.key)
      if (gc.get(a.key) !== gc.get(b.key)) {
        // a false link: two mentions of different gold clusters in one predicted cluster
        if (ca && cb && clusterOf.get(ca.id) === clusterOf.get(cb.id)) {
          falseLinks++
          console.log(
            `FALSE ${a.file} "${a.anchor}" ~ ${b.file} "${b.anchor}" in ${clusterOf.get(ca.id)}`,
          )
        }
        continue
      }
      if (!ca || !cb) {
        tally['no claim']++
        console.log(
          `NOCLAIM ${a.file} ${ca ? '+' : '-'}"${a.anchor}" ~ ${b.file} ${cb ? '+' : '-'}"${b.anchor}"`,
        )
        continue
      }
      if (clusterOf.get(ca.id) === clusterOf.get(cb.id)) continue
      const x = index.get(ca.id)!
      const y = index.get(cb.id)!
      const s = scorePair(feats[x]!, feats[y]!, opts)
      const key = x < y ? `${x},${y}` : `${y},${x}`
      const score = s.raw ?? s.score
      tally[
        !cand.has(key)
          ? 'never a candidate'
          : score === 0
            ? 'vetoed'
            : score < opts.link
              ? 'below threshold'
              : 'refused at clustering'
      ]++
      const members = (cid: string | undefined) =>
        alignment.claims
          .filter((c) => clusterOf.get(c.id) === cid)
          .map((c) => `${c.id.split(':')[0]!.slice(0, 4)}:${show(c).slice(0, 90)}`)
          .join('\n      ')
      if (process.env.MEMBERS && cand.has(key) && score >= opts.link)
        console.log(
          `   CLUSTER A:\n      ${members(clusterOf.get(ca.id))}\n   CLUSTER B:\n      ${members(clusterOf.get(cb.id))}`,
        )
      console.log(
        `MISS ${gc.get(a.key)!.split('\u0000').slice(0, 2).join(':')}  ${a.file} "${a.anchor}" ~ ${b.file} "${b.anchor}"\n   score=${s.raw ?? s.score} cand=${cand.has(key)} ${clusterOf.get(ca.id)}/${clusterOf.get(cb.id)} ${s.reasons.join('; ')}\n   A ${show(ca)}\n   B ${show(cb)}`,
      )
    }
  console.log(`TALLY ${name} ${JSON.stringify(tally)} false links: ${falseLinks}`)
}

const argv = process.argv.slice(2)
const only = argv.flatMap((a, i) => (argv[i - 1] === '--set' ? [a] : []))
const names = only.length
  ? only
  : (await readdir(join(here, 'sets'))).filter((n) => !HELD_OUT.has(n)).sort()
for (const n of names) await run(n)
