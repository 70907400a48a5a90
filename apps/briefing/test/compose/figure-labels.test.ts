import type { FiguresSection } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { composeBriefing } from '../../src/lib/compose/index.js'
import { inventedStory } from './invented-story.js'

/**
 * An invented toll rise (no real outlet, no seed). A print edition's running head gives a page
 * number that reads as a figure ('Page 12 Toll row' → 12 rows); another figure's subject only
 * names its unit ('pounds'), while its sentence says what moved to it.
 */
const quantity = (article: number, find: string, subject: string, value: number, unit: string) => ({
  article,
  find,
  kind: 'quantity' as const,
  subject,
  value,
  unit,
  hedge: null,
})
const story = inventedStory(
  '2026-09-02',
  [
    {
      outlet: 'Vale Record',
      sentences: [
        'THE VALE RECORD · NEWS Page 12 Toll row: hauliers threaten to block the bridge.',
        'The bridge company raised its crossing toll by 50p to 3 pounds on Tuesday.',
        'Some 4,000 lorries cross the bridge each day.',
      ],
    },
    {
      outlet: 'Estuary Wire',
      sentences: [
        'The crossing toll rose to 3 pounds, the bridge company said.',
        'About 4,000 lorries use the bridge daily.',
      ],
    },
  ],
  [
    quantity(0, '12 Toll row', 'Toll row', 12, 'row'),
    quantity(0, '3 pounds on Tuesday', 'pounds', 3, 'pound'),
    quantity(1, '3 pounds, the', 'pounds', 3, 'pound'),
    quantity(0, '4,000 lorries', 'lorries', 4000, 'lorry'),
    quantity(1, '4,000 lorries use', 'lorries', 4000, 'lorry'),
  ],
  [
    { claims: [0], kind: 'quantity', label: 'Toll row: 12 row' },
    // As many articles give each: only the heading ranks one before the other.
    { claims: [3, 4], kind: 'quantity', label: 'lorries: 4000 lorry' },
    { claims: [1, 2], kind: 'quantity', label: 'pounds: 3 pound' },
  ],
)

describe('figure labels read as noun phrases', () => {
  const rows = (composeBriefing(story).sections.find((s) => s.kind === 'figures') as FiguresSection)
    .rows

  it('takes no page number of a running head for a figure', () => {
    expect(rows.map((row) => row.label)).not.toContain('Toll row')
    expect(rows.map((row) => row.value)).not.toContain('12 rows')
  })

  it('names what moved to a figure when its subject only names the unit', () => {
    expect(rows[0]?.label).toBe('Crossing toll')
  })

  it('ranks a heading that only names the unit after one that says what was counted', () => {
    const labels = rows.map((row) => row.label)
    expect(labels.indexOf('Lorries')).toBe(labels.length - 1)
  })
})
