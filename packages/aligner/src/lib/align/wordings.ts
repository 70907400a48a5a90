import type { ClusterWording, DiffSegment, WordingKind } from '@parallax/schema'
import { diffWords } from 'diff'
import { words } from '../lexical/words.js'
import type { ClaimFeatures } from './features.js'

/** The words a member states, as written: the quote for quotes, else the claim text. */
function wordingOf(f: ClaimFeatures): string {
  return f.claim.kind === 'quote' ? f.claim.quote : f.claim.text
}

/** Distinct other wordings a wording is diffed against (the first in claim order). */
const MAX_DIFFED = 16

const norm = (s: string) => ` ${words(s).join(' ')} `

/**
 * How each member's wording relates to the others, with a word-level diff (the `diff` package's
 * `diffWords`): a run is `changed` when no other member's wording has those words there.
 * verbatim: another member has the same words, or this one holds every other wording whole;
 * truncated: its words are a stretch of another wording; merged: it holds two or more other
 * wordings that are apart; translation: another rendering of a full direct quote;
 * paraphrase: the rest.
 */
export function classifyWordings(members: readonly ClaimFeatures[]): ClusterWording[] {
  const texts = members.map(wordingOf)
  const normed = texts.map(norm)
  const counts = new Map<string, number>()
  for (const n of normed) counts.set(n, (counts.get(n) ?? 0) + 1)
  const distinctNorms = [...counts.keys()]
  const distinctTexts = [...new Set(texts)]
  // Copies of one wording are classified and diffed once, against the distinct other wordings.
  const kinds = new Map<string, WordingKind>()
  const diffs = new Map<string, DiffSegment[]>()
  return members.map((m, i) => {
    const mine = normed[i]!
    const partialQuote = m.claim.kind === 'quote' && m.claim.partial
    const kindKey = `${mine}|${m.claim.kind === 'quote' && !partialQuote}`
    let wording = kinds.get(kindKey)
    if (!wording) {
      const others = distinctNorms.filter((o) => o !== mine)
      const contained = others.filter((o) => mine.includes(o))
      if (counts.get(mine)! > 1) wording = 'verbatim'
      else if (others.some((o) => o.includes(mine))) wording = 'truncated'
      else if (contained.length >= 2) wording = 'merged'
      else if (contained.length === others.length) wording = 'verbatim'
      else if (m.claim.kind === 'quote' && !partialQuote) wording = 'translation'
      else wording = 'paraphrase'
      kinds.set(kindKey, wording)
    }
    const text = texts[i]!
    let diff = diffs.get(text)
    if (!diff) {
      // an identical copy elsewhere shares every word
      const copies = texts.filter((t) => t === text).length
      diff =
        copies > 1
          ? [{ text, changed: false }]
          : diffAgainst(text, distinctTexts.filter((t) => t !== text).slice(0, MAX_DIFFED))
      diffs.set(text, diff)
    }
    return { claim: m.claim.id, wording, diff: diff.map((d) => ({ ...d })) }
  })
}

/** `text` split into runs, `changed` where no other text shares the words. */
export function diffAgainst(text: string, others: readonly string[]): DiffSegment[] {
  const common = new Uint8Array(text.length)
  for (const other of others) {
    let pos = 0
    let rebuilt = ''
    const parts = diffWords(other, text, { ignoreCase: true })
    for (const part of parts) {
      if (part.removed) continue
      if (!part.added) common.fill(1, pos, pos + part.value.length)
      pos += part.value.length
      rebuilt += part.value
    }
    if (rebuilt.length !== text.length) common.fill(0)
  }
  const segments: DiffSegment[] = []
  const tokens = text.match(/\s+|[^\s]+/g) ?? []
  let at = 0
  let state: boolean | null = null
  for (const token of tokens) {
    const space = /^\s/.test(token)
    const changed: boolean = space ? (state ?? false) : !isCommon(common, at, at + token.length)
    const last = segments[segments.length - 1]
    if (last && last.changed === changed) last.text += token
    else segments.push({ text: token, changed })
    if (!space) state = changed
    at += token.length
  }
  return segments.length ? segments : [{ text, changed: false }]
}

function isCommon(common: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!common[i]) return false
  return true
}
