import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadNlp, placeTokens } from '@parallax/annotate'
import { expect, it } from 'vitest'
import { TOKEN_PIPE, tokenize } from '../../src/lib/claims/nlp.js'

const seeds = join(import.meta.dirname, '../../../../seeds')

/** Tokens as the full wink-nlp pipe (sentences, entities, negation, sentiment) gives them. */
function fullPipeTokens(text: string) {
  const w = loadNlp()
  const items = w.readDoc(text).tokens()
  const values = items.out(w.its.value)
  const tags = items.out(w.its.pos)
  const lemmas = items.out(w.its.lemma)
  return placeTokens(text, values).map(({ index, start, end, value }) => ({
    start,
    end,
    value,
    lower: value.toLowerCase(),
    lemma: (lemmas[index] ?? value.toLowerCase()).toLowerCase(),
    pos: tags[index] ?? 'X',
  }))
}

it('shares the part-of-speech instance with the parser (one model read per process)', () => {
  expect(TOKEN_PIPE).toEqual(['pos'])
  expect(loadNlp({ pipe: TOKEN_PIPE })).toBe(loadNlp({ pipe: ['pos'] }))
})

it('gives the full pipe’s tokens, tags and lemmas on every seed, paragraph by paragraph', () => {
  let compared = 0
  for (const name of readdirSync(seeds).sort()) {
    const text = readFileSync(join(seeds, name), 'utf8')
    for (const paragraph of text.split(/\n\s*\n/)) {
      if (!paragraph.trim()) continue
      expect(tokenize(paragraph), `${name}: ${paragraph.slice(0, 60)}`).toEqual(
        fullPipeTokens(paragraph),
      )
      compared++
    }
  }
  expect(compared).toBeGreaterThan(50)
})

it('gives the full pipe’s tags where negation and entities are marked', () => {
  for (const text of [
    "He did not say the talks wouldn't resume on Feb. 17, 2026 at 10:00 in Geneva.",
    'Dr. Smith never visited the U.S.A. or New York; she isn’t expected until 3 p.m. Monday!',
    'Shares fell 4.5% to $12.30 after the CEO’s surprise resignation, analysts said.',
  ])
    expect(tokenize(text)).toEqual(fullPipeTokens(text))
})
