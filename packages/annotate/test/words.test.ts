import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitWords, type Word } from '../src/lib/words.ts'
import { fixturesDir, seedsDir } from './support/cases.ts'

/**
 * The reference: the regular-expression reading `splitWords` had before it scanned by character
 * code. The scanner must give the same words, field for field.
 */
const wordPattern = /[^\s,;:!?()[\]{}“”"‘«»…—–/]+/gu
const abbreviations =
  /^(?:\p{Lu}\.)+\p{Lu}?\.?$|^(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Brig|Gov|Sen|Rep|St|Jr|Sr|Maj|Capt|Adm|Prof)\.$/u
const isQuote = (c: number): boolean => c === 0x27 || c === 0x2019

function reference(text: string): Word[] {
  const words: Word[] = []
  for (const m of text.matchAll(wordPattern)) {
    let value = m[0]
    let start = m.index
    let lead = 0
    while (lead < value.length && isQuote(value.charCodeAt(lead))) lead++
    if (lead > 0) {
      value = value.slice(lead)
      start += lead
    }
    const last = value.charCodeAt(value.length - 1)
    if ((last === 0x2e || last === 0x27) && !abbreviations.test(value)) {
      let cut = value.length
      while (cut > 0 && (value.charCodeAt(cut - 1) === 0x2e || value.charCodeAt(cut - 1) === 0x27))
        cut--
      value = value.slice(0, cut)
    }
    let possessive = false
    const n = value.length
    const end1 = value.charCodeAt(n - 1)
    if (end1 === 0x73 && n >= 2 && isQuote(value.charCodeAt(n - 2))) {
      possessive = true
      value = value.slice(0, n - 2)
    } else if (isQuote(end1)) {
      possessive = n >= 2 && value.charCodeAt(n - 2) === 0x73
      value = value.slice(0, n - 1)
    }
    if (value.length === 0) continue
    words.push({
      start,
      end: start + value.length,
      value,
      lower: value.toLowerCase(),
      capitalised: /^\p{Lu}/u.test(value),
      possessive,
      hyphenated: /[\p{L}.][-\u2010\u2011][\p{L}]/u.test(value),
    })
  }
  return words
}

/** A deterministic text of `length` characters drawn from `alphabet` (a linear congruential generator). */
function randomText(seed: number, length: number, alphabet: readonly string[]): string {
  let x = seed
  let out = ''
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0
    out += alphabet[(x >>> 8) % alphabet.length]
  }
  return out
}

describe('splitWords', () => {
  it('reads the seeds and fixtures as the regular expression did', () => {
    const texts = readdirSync(seedsDir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(seedsDir, f), 'utf8'))
    for (const d of readdirSync(fixturesDir))
      texts.push(readFileSync(join(fixturesDir, d, 'input.txt'), 'utf8'))
    for (const text of texts) expect(splitWords(text)).toEqual(reference(text))
  })

  it('reads any mix of letters, apostrophes, dots, hyphens, spaces and separators as it did', () => {
    const alphabet = [
      ...'aAsS.\'’-‐‑ \u00a0\u2009\u3000\ufeff\n\t,;:!?()[]{}“”"‘«»…—–/É1é',
      '\u{1d400}', // a capital outside the BMP (a surrogate pair)
      'Mr.',
      'U.S.',
      "'s",
      '’s',
    ]
    for (let seed = 1; seed <= 400; seed++) {
      const text = randomText(seed, 80, alphabet)
      expect(splitWords(text), JSON.stringify(text)).toEqual(reference(text))
    }
  })

  it('keeps offsets, possessives, abbreviations and hyphenated compounds', () => {
    const words = splitWords("“Officials’ talks,” said Mr. Umerov's U.S.-backed 'team'.")
    expect(words.map((w) => [w.value, w.start, w.possessive, w.capitalised, w.hyphenated])).toEqual(
      [
        ['Officials', 1, true, true, false],
        ['talks', 12, false, false, false],
        ['said', 20, false, false, false],
        ['Mr.', 25, false, true, false],
        ['Umerov', 29, true, true, false],
        ['U.S.-backed', 38, false, true, true],
        ['team', 51, false, false, false],
      ],
    )
  })
})
