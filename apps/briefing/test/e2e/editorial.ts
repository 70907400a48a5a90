import type { Briefing, Section } from '@parallax/schema'
import { expect } from 'vitest'
import { fragmentReason, leansOnContext } from '../../src/lib/compose/readable.js'

const sectionOf = <K extends Section['kind']>(b: Briefing, kind: K) =>
  b.sections.find((s) => s.kind === kind) as Extract<Section, { kind: K }> | undefined

/** Words that open a clause after a position's object: a scope label stops before them. */
const clause = /\b(?:despite|while|because|although|though|which|whose|unless)\b/i

/**
 * What an editor checks in any briefing, whatever the story: bottom-line items say each fact
 * once and are whole sentences that stand alone (no open quotation, no headline, no "such" pointing back), figure
 * templates name what they measure (not "put the years at 8 years"), scope labels and position
 * summaries stop before a trailing clause, and quotes say where they were said in English ("to
 * reporters", never "on reporters" nor the reporting outlet itself).
 */
export function expectEditorial(briefing: Briefing): void {
  const outletOf = new Map(briefing.sources.map((s) => [s.id, s.outlet ?? '']))
  const sourceOf = new Map(briefing.citations.map((c) => [c.id, c.source]))
  const excerptOf = new Map(briefing.citations.map((c) => [c.id, c.excerpt]))
  const items = sectionOf(briefing, 'bottom-line')?.items ?? []
  // One fact is said once: no item cites the sentence another item shows.
  for (const a of items)
    for (const b of items)
      if (a !== b) expect(b.citations.map((id) => excerptOf.get(id))).not.toContain(a.text)
  for (const item of items) {
    expect(fragmentReason(item.text), item.text).toBeNull()
    expect(leansOnContext(item.text), item.text).toBe(false)
    expect(item.text, 'a template names what it measures').not.toMatch(
      /\bput the (\p{L}+) at [^;]*\b\1\b|\bput the (?:put|years|days|hours) at\b/iu,
    )
  }
  for (const row of sectionOf(briefing, 'figures')?.rows ?? [])
    if (row.summary) expect(row.summary.text).not.toMatch(/\bput the (?:put|years|days|hours) at\b/)
  for (const row of sectionOf(briefing, 'conflicts')?.rows ?? []) {
    // A note is whole sentences: capitalised, closed by a stop.
    if (row.note) expect(row.note).toMatch(/^\p{Lu}.*[.!?…]["'”’)]*$/su)
    if (row.field === 'object')
      for (const account of row.accounts) expect(account.value, row.topic).not.toMatch(clause)
  }
  for (const party of sectionOf(briefing, 'positions')?.parties ?? [])
    for (const position of party.positions) expect(position.summary).not.toMatch(clause)
  for (const speaker of sectionOf(briefing, 'quotes')?.speakers ?? []) {
    if (speaker.role) {
      expect(speaker.role).not.toMatch(/^(?:his|her|their|its|our)\s/i)
      expect(speaker.role.split(/\s+/).length).toBeLessThanOrEqual(8)
    }
    for (const statement of speaker.statements)
      for (const variant of statement.variants) {
        if (!variant.context) continue
        expect(variant.context).not.toMatch(/^on \p{Ll}/u)
        const outlets = variant.citations.map((id) => outletOf.get(sourceOf.get(id) ?? '') ?? '')
        for (const outlet of outlets.filter(Boolean))
          expect([`on ${outlet}`, `to ${outlet}`]).not.toContain(variant.context)
      }
  }
}
