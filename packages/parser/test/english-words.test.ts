import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { englishWords, sortedWordList } from '../src/lib/english-words.ts'

const require = createRequire(import.meta.url)

describe('sortedWordList', () => {
  it('finds exactly the words of a sorted compact JSON array', () => {
    const words = ['a', 'ab', 'abc', 'b', 'ba', 'bab', 'c', 'zz']
    for (let n = 0; n <= words.length; n++) {
      const list = sortedWordList(`${JSON.stringify(words.slice(0, n))}\n`)
      for (const w of words) expect(list.has(w), `${w} in ${n}`).toBe(words.indexOf(w) < n)
      for (const w of ['', 'A', 'aa', 'abcd', 'bb', 'd', '"', 'a"', 'a","b', 'zzz'])
        expect(list.has(w), `${w} in ${n}`).toBe(false)
    }
  })
  it('binary-searches a long list to the same answers as a Set', () => {
    const words: string[] = []
    for (let i = 0; i < 3000; i++) words.push((i * 7919).toString(36))
    words.sort()
    const unique = [...new Set(words)]
    const list = sortedWordList(JSON.stringify(unique))
    const set = new Set(unique)
    for (const w of unique)
      for (const q of [w, `${w}0`, w.slice(0, -1), `${w}z`, `0${w}`])
        expect(list.has(q), q).toBe(set.has(q))
  })
  it('names the source and offset of text that is not a compact array of plain strings', () => {
    expect(() => sortedWordList('{"a": 1}', 'w.json')).toThrow(
      `w.json: offset 0: expected a JSON array of strings starting '["'`,
    )
    expect(() => sortedWordList('["a\\"b"]', 'w.json')).toThrow(
      'w.json: offset 3: expected a compact array of plain strings, found "\\\\"',
    )
    expect(() => sortedWordList('["a", "b"]', 'w.json')).toThrow(
      'w.json: offset 5: expected a compact array of plain strings, found " "',
    )
    expect(() => sortedWordList('["a","b', 'w.json')).toThrow(
      `w.json: offset 5: expected the array to end with '"]'`,
    )
  })
})

describe('englishWords', () => {
  // The reference: the package's array in a Set, what dehyphenation used before.
  const words = require('an-array-of-english-words') as string[]
  const reference = new Set(words)
  const list = englishWords()

  it('holds every word of an-array-of-english-words and nothing else', () => {
    const wrong: string[] = []
    // The search needs the order: JavaScript's `<`, each word once.
    for (let i = 1; i < words.length; i++)
      if (!(words[i - 1]! < words[i]!)) wrong.push(`out of order: ${words[i]}`)
    for (const w of words) {
      if (!list.has(w)) wrong.push(w)
      // Near misses: what a line-end break and case produce.
      for (const near of [`${w}s`, w.slice(0, -1), `${w}é`])
        if (list.has(near) !== reference.has(near)) wrong.push(near)
    }
    expect(wrong).toEqual([])
  })

  it('answers every question dehyphenation asks as the Set did', () => {
    // shouldJoinHyphenated asks the list for the left half, the right half and both joined:
    // every split of every 25th word, and of two words glued, gives the same answers.
    const wrong: string[] = []
    for (let i = 0; i + 1 < words.length; i += 25) {
      for (const whole of [words[i]!, words[i]! + words[i + 1]!]) {
        for (let cut = 1; cut < whole.length; cut++) {
          for (const q of [whole.slice(0, cut), whole.slice(cut), whole])
            if (list.has(q) !== reference.has(q)) wrong.push(q)
        }
      }
    }
    expect(wrong).toEqual([])
  })
})
