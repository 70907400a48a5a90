import type { PositionClaim } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { crossClusterConflicts } from '../../src/lib/align/cross-cluster.js'
import { type ClaimFeatures, claimFeatures } from '../../src/lib/align/features.js'
import { resolveOptions } from '../../src/lib/align/options.js'

// An invented story (a bakery chain accused of hiding a hygiene report), far from the eval sets.
const options = resolveOptions(null)
const hex = (n: number) => n.toString(16).padStart(16, '0')

function position(
  article: number,
  name: string,
  object: string,
  stance: PositionClaim['stance'] = 'refusal',
): ClaimFeatures {
  const claim: PositionClaim = {
    id: `${hex(article)}:position:${article}`,
    kind: 'position',
    text: `${name} denied that ${object}.`,
    provenance: { article: hex(article), span: { start: article, end: article + 1 } },
    party: { name, key: `person:${name.split(' ').at(-1)!.toLowerCase()}` },
    stance,
    object,
  }
  return claimFeatures(article, claim, hex(article), '2026-05-04', options.lexical)
}

const conflicts = (f: readonly ClaimFeatures[]) =>
  crossClusterConflicts(
    f,
    f.map((_, i) => ({ members: [i] })),
    options,
  ).map(
    (c) =>
      `${c.detail.field}/${c.detail.severity}: ${c.detail.values.map((v) => v.value).join(' | ')}`,
  )

describe('one person given two first names across clusters', () => {
  it('the same denial by two first names of one surname is a hard name conflict', () => {
    const f = [
      position(1, 'Orla Keane', 'the chain had hidden a hygiene report from its inspectors'),
      position(2, 'Aoife Keane', 'the company hid the hygiene report from inspectors'),
    ]
    expect(conflicts(f)).toEqual(['party.name/hard: Orla Keane | Aoife Keane'])
  })

  it('look-alike: two spellings of one first name stay quiet', () => {
    const f = [
      position(1, 'Mohammed Keane', 'the chain had hidden a hygiene report from its inspectors'),
      position(2, 'Muhammad Keane', 'the company hid the hygiene report from inspectors'),
    ]
    expect(conflicts(f)).toEqual([])
  })

  it('look-alike: two people of one surname saying different things stay quiet', () => {
    const f = [
      position(1, 'Orla Keane', 'the chain had hidden a hygiene report from its inspectors'),
      position(2, 'Aoife Keane', 'prices would rise at the bakeries next spring'),
    ]
    expect(conflicts(f)).toEqual([])
  })

  it('look-alike: a different stance on the same words stays quiet', () => {
    const f = [
      position(1, 'Orla Keane', 'the chain had hidden a hygiene report from its inspectors'),
      position(2, 'Aoife Keane', 'the company hid the hygiene report from inspectors', 'demand'),
    ]
    expect(conflicts(f)).toEqual([])
  })

  it('look-alike: one article naming both people is two people', () => {
    const a = position(1, 'Orla Keane', 'the chain had hidden a hygiene report from its inspectors')
    const b = {
      ...position(2, 'Aoife Keane', 'the company hid the hygiene report from inspectors'),
      article: a.article,
    }
    expect(conflicts([a, b])).toEqual([])
  })
})
