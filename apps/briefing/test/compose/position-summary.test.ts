import type { PositionsSection } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { composeBriefing } from '../../src/lib/compose/index.js'
import { partyClause } from '../../src/lib/compose/sections/party-clause.js'
import { day, inventedStory } from './invented-story.js'

/**
 * An invented flood (no real outlet, no seed): a water company denies its pipes caused it, a
 * councillor named in apposition asks for an inquiry. A summary that gave only the object ('Its
 * pipes had caused the flooding') would say the opposite of the company's position.
 */
const story = inventedStory(
  '2026-11-04',
  [
    {
      outlet: 'Fenmoor Post',
      sentences: [
        'Harlow Water denied that its pipes had caused the flooding in Fenmoor on Tuesday.',
        'The ward councillor, Ines Marlow, asked the county to open an inquiry into the flooding.',
      ],
      dates: [{ find: 'Tuesday', value: day('2026-11-03') }],
    },
    {
      outlet: 'Broadwater Radio',
      sentences: ['Harlow Water denied that its pipes had caused the flooding.'],
    },
  ],
  [
    ...[0, 1].map((article) => ({
      article,
      find: 'its pipes had caused the flooding',
      kind: 'position' as const,
      party: { name: 'Harlow Water', key: 'org:harlow-water' },
      stance: 'refusal',
      object: 'its pipes had caused the flooding',
    })),
    {
      article: 0,
      find: 'open an inquiry',
      kind: 'position' as const,
      party: { name: 'Ines Marlow', key: 'person:ines-marlow' },
      stance: 'demand',
      object: 'open an inquiry',
    },
  ],
  [
    { claims: [0, 1], kind: 'position', label: 'Harlow Water refusal: its pipes' },
    { claims: [2], kind: 'position', label: 'Ines Marlow demand: open an inquiry' },
  ],
)

describe('a position’s one-line summary', () => {
  const section = composeBriefing(story).sections.find(
    (s) => s.kind === 'positions',
  ) as PositionsSection
  const summaries = section.parties.flatMap((p) => p.positions.map((q) => q.summary))

  it('says who takes which stance on what, in the outlet’s own verb', () => {
    expect(summaries).toContain('Harlow Water denied that its pipes had caused the flooding')
  })

  it('drops an apposition’s commas and keeps the object’s clause whole', () => {
    expect(summaries).toContain('Ines Marlow asked the county to open an inquiry into the flooding')
  })
})

describe('partyClause', () => {
  const claim = (party: string, object: string, by?: string) =>
    ({
      party: { name: party, key: null },
      ...(by ? { by: { name: by, key: null } } : {}),
      object,
    }) as never

  it('says a surname in full, and a far-off name with only the clause of the object', () => {
    expect(
      partyClause(
        claim('Pia Rundt', 'repay the fans'),
        'Rundt said the move was a dream come true for her family and promised to repay the fans.',
      ),
    ).toBe('Pia Rundt promised to repay the fans')
  })

  it('keeps a common noun’s article, and takes the name that ends nearest the object', () => {
    expect(
      partyClause(claim('utility', 'its lines'), 'The utility denied its lines were to blame.'),
    ).toBe('The utility denied its lines were to blame')
    expect(
      partyClause(
        claim('Norvik Power', 'the claim'),
        'Norvik Power rejected the claim, a spokesman said.',
      ),
    ).toBe('Norvik Power rejected the claim')
  })

  it('is null when the sentence names no holder before the object, or quotes between', () => {
    expect(partyClause(claim('Pia Rundt', 'an inquiry'), 'An inquiry was demanded.')).toBeNull()
    expect(
      partyClause(claim('Pia Rundt', 'an inquiry'), 'Pia Rundt said “we want” an inquiry.'),
    ).toBeNull()
  })
})

describe('partyClause and names that hold no position', () => {
  const claim = (party: string, object: string, by?: string) =>
    ({
      party: { name: 'Norland', key: null },
      ...(by ? { by: { name: by, key: null } } : {}),
      ...(party ? { party: { name: party, key: null } } : {}),
      object,
    }) as never

  it('is null for a name used as a modifier or an object', () => {
    expect(
      partyClause(
        claim('Norland', 'proposing', 'Ada Trent'),
        'That is what the Trent government is proposing.',
      ),
    ).toBeNull()
    expect(
      partyClause(
        claim('Ada Trent', 'a swift deal'),
        'Olsen meets Trent at Brill and urges a swift deal.',
      ),
    ).toBeNull()
  })
})
