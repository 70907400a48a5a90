/**
 * `tsx eval/conflict-misses.ts [--set <name>]…`: a diagnostic for development. For each gold
 * conflict and non-conflict of the dev sets (never a held-out set), prints each member's matched
 * claim, its cluster, and the conflicts and notes of that cluster, so a miss can be told by
 * cause: no claim, claims in different clusters, one cluster but no rule, or a rule that finds
 * the values equal.
 */
import { readdir } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Claim } from '@parallax/schema'
import { align } from '../src/lib/align/align.js'
import { locateMembers } from './lib/anchors.js'
import { HELD_OUT } from './lib/held-out.js'
import { loadSet } from './lib/load-set.js'
import { matchMentions } from './lib/match.js'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '../../..')

async function run(name: string, all: boolean) {
  const { gold, texts, ids, articles } = await loadSet(join(here, 'sets'), root, name)
  const alignment = align(articles)
  const located = locateMembers(gold, texts)
  const matched = matchMentions(located.values(), ids, alignment.claims)
  const clusterOf = new Map<string, (typeof alignment.clusters)[number]>()
  for (const c of alignment.clusters) for (const id of c.claims) clusterOf.set(id, c)
  const show = (c: Claim) => {
    const extra =
      c.kind === 'quantity'
        ? ` v=${c.hedge ?? ''}${c.value} u=${c.unit} subj=${c.subject}${c.expected ? ' EXPECTED' : ''}`
        : c.kind === 'event'
          ? ` when=${c.when ? `${c.when.start}..${c.when.end}` : '-'} parts=${c.participants.map((p) => `${p.name}${p.role ? `(${p.role})` : ''}`).join(',')}`
          : c.kind === 'position'
            ? ` party=${c.party.name}|${c.party.key} by=${c.by ? `${c.by.name}|${c.by.key}` : '-'} stance=${c.stance} obj=${c.object}`
            : c.kind === 'quote'
              ? ` spk=${c.speaker ? `${c.speaker.name}${c.speaker.role ? `(${c.speaker.role})` : ''}` : '-'}`
              : ` by=${c.by ? `${c.by.name}|${c.by.key}|${c.by.role}` : '-'} desc=${c.descriptors.join('/')}`
    return `${c.id} ${c.kind}: "${c.text.slice(0, 110)}"${extra}`
  }
  const cases = [
    ...gold.conflicts.map((g) => ({
      id: g.id,
      tag: `${g.field}/${g.severity}`,
      members: g.members,
    })),
    ...gold.nonConflicts.map((g) => ({ id: g.id, tag: `NON ${g.why}`, members: g.members })),
  ]
  console.log(`\n=== ${name}`)
  for (const g of cases) {
    const claims = g.members.map((m) => {
      const loc = located.get(m)
      return loc ? (matched.get(loc.key) ?? null) : null
    })
    const clusters = new Set(claims.map((c) => (c ? clusterOf.get(c.id)?.id : undefined)))
    const flagged = [...clusters].some((id) => {
      const cl = alignment.clusters.find((c) => c.id === id)
      return cl?.conflicts?.length
    })
    if (!all && flagged && !g.tag.startsWith('NON')) continue
    console.log(`\n## ${g.id} [${g.tag}] clusters=${[...clusters].join(',')}`)
    g.members.forEach((m, i) => {
      const c = claims[i]
      console.log(
        `  - ${m.file} "${m.anchor}"${'value' in m ? ` = ${(m as { value: string }).value}` : ''}\n      ${c ? `${show(c)} cl=${clusterOf.get(c.id)?.id}` : 'NO CLAIM'}`,
      )
    })
    for (const id of clusters) {
      const cl = alignment.clusters.find((c) => c.id === id)
      if (!cl) continue
      console.log(
        `  ${id} (${cl.relation}, ${cl.claims.length} claims) conflicts=${JSON.stringify(cl.conflicts?.map((d) => `${d.field}/${d.severity}: ${d.values.map((v) => v.value).join(' | ')}`) ?? [])} notes=${JSON.stringify(cl.notes ?? [])}`,
      )
    }
  }
}

const argv = process.argv.slice(2)
const only = argv.flatMap((a, i) => (argv[i - 1] === '--set' ? [a] : []))
const names = (only.length ? only : (await readdir(join(here, 'sets'))).sort()).filter(
  (n) => !HELD_OUT.has(n),
)
for (const n of names) await run(n, argv.includes('--all'))
