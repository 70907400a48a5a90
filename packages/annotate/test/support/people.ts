import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { annotate } from '@parallax/annotate'
import { fixturesDir, paragraphInput, readCases } from './cases.js'
import { add, type CaseScore, scoreCase } from './score.js'

/**
 * What a people fixture (`fixtures/people-*`) adds to the usual expectations: entity keys that
 * must not exist (non-persons typed as persons, surname-only keys where two people share the
 * surname), and words that must not open any person's role ("Share U.S. President").
 */
interface PeopleExtras {
  absent?: string[]
  junkRoles?: string[]
}

/**
 * Annotate and score the people set: invented live pages, wire copy and interviews with gold
 * speakers and the entity pitfalls of issue 12 (same surname, pronoun gender, junk roles,
 * non-persons). The absent keys and junk roles count in the `entities` tally.
 */
export function scorePeople(): CaseScore[] {
  return readCases((name) => name.startsWith('people-')).map((c) => {
    const result = annotate(paragraphInput(c.text, c.expected.published ?? null))
    const s = scoreCase(c, result)
    const extras = JSON.parse(
      readFileSync(join(fixturesDir, c.name, 'expected.json'), 'utf8'),
    ) as PeopleExtras
    for (const key of extras.absent ?? []) {
      const found = result.entities.some((e) => e.key === key)
      add(s.entities, !found)
      if (found) s.failures.push(`entity must not exist: ${key}`)
    }
    for (const word of extras.junkRoles ?? []) {
      const bad = result.entities.flatMap((e) =>
        e.roles.filter((r) => r.split(/\s+/u).includes(word)).map((r) => `${e.key}: “${r}”`),
      )
      add(s.entities, bad.length === 0)
      if (bad.length > 0) s.failures.push(`junk role word “${word}”: ${bad.join(', ')}`)
    }
    return s
  })
}
