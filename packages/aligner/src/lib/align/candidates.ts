import { synsets } from '../lexical/wordnet.js'
import { type ClaimFeatures, unitKey } from './features.js'
import type { ResolvedAlignOptions } from './options.js'

/**
 * Candidate pairs without comparing all pairs: claims are blocked on their kind together with
 * each actor key, party and topic, and (within a window of publication dates) unit, figure,
 * month of their date and each content lemma (an inverted index). Claims of undated articles join the
 * blocks of every period, so they meet claims of any date. A block up to `blockCap` yields all its pairs; a larger one is sorted by a
 * MinHash of its members' lemmas and each member is paired with its `window` neighbours, so
 * the number of pairs grows linearly with the number of claims. Pairs come as `a < b` indices,
 * deduplicated and sorted.
 */
export function candidatePairs(
  features: readonly ClaimFeatures[],
  options: ResolvedAlignOptions,
): Array<[number, number]> {
  const blocks = new Map<string, number[]>()
  const add = (key: string, i: number) => {
    const list = blocks.get(key)
    if (list) {
      if (list[list.length - 1] !== i) list.push(i)
    } else blocks.set(key, [i])
  }
  // Every period a dated claim falls in: an undated claim joins all of them, so it is compared
  // with every date (its article's date is unknown, not far off).
  const dayOf = (f: ClaimFeatures) =>
    f.published ? Math.floor(Date.parse(f.published) / 86_400_000) : null
  const allPeriods = new Set<number | string>(['-'])
  for (const f of features) {
    const day = dayOf(f)
    if (day !== null) allPeriods.add(Math.floor(day / options.days))
  }
  const undatedPeriods = [...allPeriods]
  for (const f of features) {
    const k = f.claim.kind
    for (const { actor } of f.actors) if (actor.key) add(`${k}|a:${actor.key}`, f.index)
    if (f.claim.kind === 'position' && f.claim.party.key) {
      add(`${k}|p:${f.claim.party.key}|${f.claim.topic ?? '-'}`, f.index)
    }
    // A party named by its head noun in one outlet ('the union') and in full in another ('the
    // Maritime Workers' Union') meet on that noun.
    if (f.claim.kind === 'position') {
      const head = partyHead(f.claim.party.name)
      if (head) add(`${k}|h:${head}|${f.claim.topic ?? '-'}`, f.index)
    }
    // Word, unit and date blocks hold claims published within `days` of each other: each claim
    // joins its own period and the next, so two claims at most `days` apart share one.
    const day = dayOf(f)
    const periods =
      day === null
        ? undatedPeriods
        : [Math.floor(day / options.days), Math.floor(day / options.days) + 1]
    for (const p of periods) {
      if (f.claim.kind === 'quantity') {
        const unit = unitKey(f.claim.unit)
        add(`${k}|u:${unit ?? '-'}|${p}`, f.index)
        // Synonymous units ('quake', 'earthquake') meet through their shared WordNet synsets.
        if (unit) for (const s of synsets(unit)) add(`${k}|s:${s}|${p}`, f.index)
        // One figure in outlets that name its unit differently ('120,000 packs' / '120,000 units').
        add(`${k}|v:${f.claim.value}|${p}`, f.index)
      }
      if (f.when) add(`${k}|d:${f.when.start.slice(0, 7)}|${p}`, f.index)
      for (const l of new Set(f.lemmas)) add(`${k}|l:${l}|${p}`, f.index)
    }
  }
  const seen = new Set<number>()
  const n = features.length
  const pairs: Array<[number, number]> = []
  const push = (a: number, b: number) => {
    if (a === b) return
    const [x, y] = a < b ? [a, b] : [b, a]
    const key = x * n + y
    if (seen.has(key)) return
    seen.add(key)
    pairs.push([x, y])
  }
  const hash = new Map<number, number>()
  const minhash = (i: number) => {
    let h = hash.get(i)
    if (h === undefined) {
      h = 0xffffffff
      for (const l of features[i]!.lemmas) h = Math.min(h, fnv(l))
      hash.set(i, h)
    }
    return h
  }
  for (const key of [...blocks.keys()].sort()) {
    const members = blocks.get(key)!
    if (members.length <= options.blockCap) {
      for (let i = 0; i < members.length; i++)
        for (let j = i + 1; j < members.length; j++) push(members[i]!, members[j]!)
    } else {
      const sorted = [...members].sort((a, b) => minhash(a) - minhash(b) || a - b)
      for (let i = 0; i < sorted.length; i++)
        for (let j = i + 1; j <= i + options.window && j < sorted.length; j++)
          push(sorted[i]!, sorted[j]!)
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1])
}

/** The last word of a party's name, lower case, a plural's final 's' dropped ('councils'). */
export function partyHead(name: string): string | null {
  const words = name.toLowerCase().match(/\p{L}+/gu)
  const last = words?.[words.length - 1]
  if (!last || last.length < 3) return null
  return last.length > 4 && /[^s]s$/.test(last) ? last.slice(0, -1) : last
}

/** FNV-1a 32-bit hash of a string. */
export function fnv(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}
