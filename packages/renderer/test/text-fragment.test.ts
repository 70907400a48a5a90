import { describe, expect, it } from 'vitest'
import { textFragmentUrl } from '../src/index.js'

describe('textFragmentUrl', () => {
  it('matches a short sentence whole, percent-encoding the directive syntax', () => {
    expect(textFragmentUrl('https://example.com/a', 'Talks end, well-known & brief')).toBe(
      'https://example.com/a#:~:text=Talks%20end%2C%20well%2Dknown%20%26%20brief',
    )
  })

  it('matches a long sentence by its first and last four words, replacing a fragment', () => {
    expect(
      textFragmentUrl(
        'https://example.com/story#top',
        'The second day of talks in Geneva ended abruptly after just two hours.',
      ),
    ).toBe('https://example.com/story#:~:text=The%20second%20day%20of,after%20just%20two%20hours.')
  })

  it('keeps typographic quotes and non-ASCII letters, encoded', () => {
    expect(textFragmentUrl('http://x.org/', '“Difficult” Zaporizhzhia — Київ')).toBe(
      'http://x.org/#:~:text=%E2%80%9CDifficult%E2%80%9D%20Zaporizhzhia%20%E2%80%94%20%D0%9A%D0%B8%D1%97%D0%B2',
    )
  })

  it('gives no link for a URL that is not http(s) or an empty sentence', () => {
    expect(textFragmentUrl('file:///etc/passwd', 'A sentence.')).toBeNull()
    expect(textFragmentUrl('javascript:alert(1)', 'A sentence.')).toBeNull()
    expect(textFragmentUrl('https://example.com', '   ')).toBeNull()
  })
})
