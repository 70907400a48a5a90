import { DEFAULT_MAX_BYTES as parserDefault } from '@parallax/parser'
import { expect, it } from 'vitest'
import { DEFAULT_MAX_BYTES } from '../src/lib/inputs/limits.js'

it('uses the parser’s default size limit (the copy that keeps start-up light)', () => {
  expect(DEFAULT_MAX_BYTES).toBe(parserDefault)
})
