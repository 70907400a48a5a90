import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { jsonSchemas, toJsonSchema } from '../src/index.js'

// The checked-in JSON Schemas must equal what the typebox definitions produce.
// `pnpm --filter @parallax/schema json` (UPDATE=1) rewrites them.
describe('json/*.schema.json are in sync with the typebox definitions', () => {
  for (const [name, schema] of Object.entries(jsonSchemas)) {
    it(name, () => {
      const file = new URL(`../json/${name}.schema.json`, import.meta.url)
      const expected = `${JSON.stringify(toJsonSchema(name, schema), null, 2)}\n`
      if (process.env.UPDATE) writeFileSync(file, expected)
      const actual = readFileSync(file, 'utf8')
      expect(
        actual,
        `json/${name}.schema.json is stale: run pnpm --filter @parallax/schema json`,
      ).toBe(expected)
    })
  }

  it('each document is a self-contained draft 2020-12 schema with one $id', () => {
    for (const name of Object.keys(jsonSchemas)) {
      const text = readFileSync(new URL(`../json/${name}.schema.json`, import.meta.url), 'utf8')
      const doc = JSON.parse(text)
      expect(doc.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
      expect(doc.$id).toBe(`https://parallax.dev/schema/v1/${name}.schema.json`)
      expect(text.match(/"\$id"/g)).toHaveLength(1)
    }
  })
})
