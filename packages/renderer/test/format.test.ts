import { describe, expect, it } from 'vitest'
import { quotedExcerpt } from '../src/lib/format.js'

describe('quotedExcerpt', () => {
  it('sets a sentence in quotation marks and collapses line breaks', () => {
    expect(quotedExcerpt('The talks ended\nafter two hours.')).toBe(
      '“The talks ended after two hours.”',
    )
  })
  it('does not double the marks of a sentence that is itself a quotation', () => {
    expect(quotedExcerpt('“We can see progress,” he said.')).toBe('“We can see progress,” he said.')
    expect(quotedExcerpt('“This is complex work.”')).toBe('“This is complex work.”')
    expect(quotedExcerpt('"Not fair."')).toBe('"Not fair."')
  })
})
