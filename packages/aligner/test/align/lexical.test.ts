import { describe, expect, it } from 'vitest'
import { compareStatements } from '../../src/index.js'
import { statementLemmas } from '../../src/lib/lexical/compare.js'
import { foldName, sameNameSpelling } from '../../src/lib/lexical/names.js'

describe('compareStatements', () => {
  it('finds a paraphrase through WordNet synonyms, with the evidence', () => {
    const r = compareStatements(
      'The minister said the government would delay the vote.',
      'The minister said the government would postpone the vote.',
    )
    expect(r.decision).toBe('same')
    expect(r.reasons).toContain('WordNet hypernyms: delay ~ postpone')
    const plain = compareStatements(
      'The minister said the government would delay the vote.',
      'The minister said the government would postpone the vote.',
      { lexical: [] },
    )
    expect(plain.score).toBeLessThan(r.score)
  })

  it('joins WordNet phrasal entries ("drag out")', () => {
    expect(statementLemmas('They drag out the talks.', ['wordnet'])).toEqual(['drag out', 'talk'])
    const r = compareStatements('Rescuers tried everything.', 'Rescuers attempted everything.')
    expect(r.reasons).toContain('WordNet synonyms: try ~ attempt')
  })

  it('keeps figures within a hedge and halves the score for different figures', () => {
    const hedged = compareStatements(
      'The session lasted nearly six hours.',
      'The session lasted 6 hours.',
    )
    expect(hedged.reasons).toContain('same figures: 6')
    const other = compareStatements(
      'The session lasted six hours.',
      'The session lasted nine hours.',
    )
    expect(other.reasons.join(' ')).toMatch(/different figures: 6 \/ 9/)
    expect(other.score).toBeLessThan(hedged.score)
  })

  it('tells unrelated statements apart', () => {
    const r = compareStatements('The club signed a striker.', 'Heavy rain flooded the city.')
    expect(r.decision).toBe('different')
  })
})

describe('name spellings', () => {
  it('folds transliteration variants of one name', () => {
    expect(foldName('Zelenskyy')).toBe(foldName('Zelensky'))
    expect(foldName('Zelenskiy')).toBe(foldName('Zelensky'))
    expect(sameNameSpelling('Kiril', 'Kirill')).toBe(true)
    expect(sameNameSpelling('Rustem', 'Dmytro')).toBe(false)
  })
})
