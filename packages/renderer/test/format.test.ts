import { describe, expect, it } from 'vitest'
import { excerptText } from '../src/lib/format.js'

describe('excerptText', () => {
  it('collapses line breaks and adds no quotation marks', () => {
    expect(excerptText('The talks ended\nafter two hours.')).toBe(
      'The talks ended after two hours.',
    )
  })
  it('never closes a quotation twice: the sentence is shown as the source wrote it', () => {
    for (const sentence of [
      'He called the talks “difficult.”',
      'No details could be disclosed “at this stage”.',
      '“We can see progress,” he said.',
      '"Not fair."',
    ]) {
      const shown = excerptText(sentence)
      expect(shown).toBe(sentence)
      expect(shown).not.toMatch(/[”"][.,]?[”"]$/)
    }
  })
  it('removes the source’s own reference markers, and nothing else in brackets', () => {
    expect(excerptText('Talks resumed on Wednesday\u202f[1].')).toBe('Talks resumed on Wednesday.')
    expect(excerptText('It was agreed [10] and signed [2, 3] later [4–6].')).toBe(
      'It was agreed and signed later.',
    )
    expect(excerptText('He said it [sic] in [2026] to [the minister].')).toBe(
      'He said it [sic] in [2026] to [the minister].',
    )
  })
  it('runs in linear time on long runs of spaces and brackets', () => {
    const hostile = `a${' '.repeat(200_000)}[${'1,'.repeat(50_000)}b.`
    const started = performance.now()
    excerptText(hostile)
    expect(performance.now() - started).toBeLessThan(1000)
  })
})
