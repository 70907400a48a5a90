import { describe, expect, it } from 'vitest'
import { quotedPassages } from '../src/lib/render/quoted.js'

describe('quotedPassages', () => {
  it('gives the passages between each kind of quotation marks, one a line, in order', () => {
    const text =
      'The judge said “the appeal fails” on Monday. A lawyer called it "a travesty", ' +
      'Le Monde wrote «sans précédent» and Die Zeit „ein Fehlurteil“.'
    expect(quotedPassages(text)).toBe(
      'the appeal fails\na travesty\nsans précédent\nein Fehlurteil',
    )
  })

  it('gives nothing for a text without quotations, and never runs across a line', () => {
    expect(quotedPassages('No quotes here, only 3 figures.')).toBe('')
    expect(quotedPassages('An opening “mark\nand a closing” one.')).toBe('')
  })
})
