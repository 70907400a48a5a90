import { readFileSync, writeFileSync } from 'node:fs'
import { Alignment, validate } from '@parallax/schema'
import { describe, expect, it } from 'vitest'
import { align } from '../../src/index.js'
import { loadFixture } from './helpers.js'

const NAMES = ['earthquake', 'court', 'transfer']

describe('align (fixture stories, golden files; UPDATE=1 rewrites them)', () => {
  for (const name of NAMES) {
    it(name, () => {
      const { articles, claims, all } = loadFixture(name)
      const result = align(articles, { claims })
      const check = validate(Alignment, result)
      expect(check.ok ? [] : check.errors).toEqual([])
      // every claim in exactly one cluster
      const seen = result.clusters.flatMap((c) => c.claims).sort()
      expect(seen).toEqual(all.map((c) => c.id).sort())
      const golden = new URL(`fixtures/${name}.golden.json`, import.meta.url)
      const bytes = `${JSON.stringify(result, null, 2)}\n`
      if (process.env.UPDATE) writeFileSync(golden, bytes)
      expect(bytes).toBe(readFileSync(golden, 'utf8'))
    })
  }
})
