import type { Article, Claim } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { findConflicts } from '../../src/lib/align/conflicts.js'
import { claimFeatures } from '../../src/lib/align/features.js'
import { quoteNamed } from '../../src/lib/align/occasion.js'
import { resolveOptions } from '../../src/lib/align/options.js'

// A quote the annotator left without a speaker still carries the name its sentence gives, so a
// first name that differs between outlets is found; it is never taken as the speaker.
const hex = (n: number) => n.toString(16).padStart(16, '0')
const options = resolveOptions({})

const raw = '"Half of the village is gone," said the mayor, Nikos Papadakis, in the square.'
const quoted = 'Half of the village is gone,'
const at = (s: string) => 100 + raw.indexOf(s)

function article(names: string[]): Article {
  return {
    id: hex(2),
    annotations: {
      sentences: [{ id: 's1', span: { start: 100, end: 100 + raw.length }, raw }],
      entities: names.map((_, i) => ({ id: `e${i}`, kind: 'person', key: `person:p${i}` })),
      mentions: names.map((n, i) => ({
        id: `m${i}`,
        entity: `e${i}`,
        form: 'full',
        span: { start: at(n), end: at(n) + n.length },
        raw: n,
        text: n,
      })),
    },
  } as unknown as Article
}

function quote(i: number, speaker: { name: string; key: string } | null): Claim {
  return {
    id: `${hex(i)}:quote:0`,
    text: raw,
    provenance: {
      article: hex(i),
      sentence: 's1',
      span: { start: at(quoted), end: at(quoted) + quoted.length },
    },
    kind: 'quote',
    quote: 'Half of the village is gone',
    speaker,
  } as Claim
}

describe('the name in an unattributed quote’s sentence', () => {
  it('is the one person its sentence names in full', () => {
    expect(quoteNamed([article(['Nikos Papadakis'])])(quote(2, null))).toEqual({
      name: 'Nikos Papadakis',
      key: 'person:p0',
    })
  })

  it('is nobody when the sentence names two people, or the quote has a speaker', () => {
    expect(quoteNamed([article(['Nikos Papadakis', 'the square'])])(quote(2, null))).toBeNull()
    const spoken = quote(2, { name: 'Nikos Papadakis', key: 'person:p0' })
    expect(quoteNamed([article(['Nikos Papadakis'])])(spoken)).toBeNull()
  })

  it('gives its first name to the name-form comparison, not to the speaker', () => {
    const a = quote(1, { name: 'Giorgos Papadakis', key: 'person:papadakis' })
    const b = quote(2, null)
    const named = { name: 'Nikos Papadakis', key: 'person:papadakis' }
    const fa = claimFeatures(0, a, hex(1), null, options.lexical)
    const fb = claimFeatures(1, b, hex(2), null, options.lexical, null, undefined, '', false, named)
    expect(fb.actor).toBeNull()
    const found = findConflicts([fa, fb])
    expect(found.conflicts.map((c) => c.field)).toEqual(['speaker.name'])
    // Without the sentence's name there is nothing to compare.
    const bare = claimFeatures(1, b, hex(2), null, options.lexical)
    expect(findConflicts([fa, bare]).conflicts).toEqual([])
  })
})
