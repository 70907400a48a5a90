import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { composeBriefing } from '../../src/lib/compose/index.js'
import { buildInput } from './build-input.js'
import { expectInvariants } from './invariants.js'

const fixtures = new URL('./fixtures/', import.meta.url)
const cases = readdirSync(fixtures, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

describe('composeBriefing on hand-aligned real articles', () => {
  for (const name of cases) {
    it(name, async () => {
      const dir = new URL(`${name}/`, fixtures)
      const input = await buildInput(dir.pathname)
      const briefing = composeBriefing(input)
      expectInvariants(briefing, input)
      const json = `${JSON.stringify(briefing, null, 2)}\n`
      // Deterministic: the same bytes again, and whatever the order of articles, claims, clusters.
      expect(`${JSON.stringify(composeBriefing(input), null, 2)}\n`).toBe(json)
      const shuffled = {
        ...input,
        articles: [...input.articles].reverse(),
        alignment: {
          ...input.alignment,
          claims: [...input.alignment.claims].reverse(),
          clusters: [...input.alignment.clusters].reverse(),
        },
      }
      expect(`${JSON.stringify(composeBriefing(shuffled), null, 2)}\n`).toBe(json)
      const golden = new URL('briefing.json', dir)
      if (process.env.UPDATE) writeFileSync(golden, json)
      expect(json).toBe(readFileSync(golden, 'utf8'))
    }, 60_000)
  }
})
