import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { scoreDocument, scoreExtraction, tokenize } from '../src/index.js'
import { benchData, benchTitle } from './bench-data.js'

const data = benchData()
const bench = data.dir

describe('scoreDocument', () => {
  it('tokenizes Unicode words, case kept', () => {
    expect(tokenize('Café owners — 4.2 million, naïve_user Zürich')).toEqual([
      'Café',
      'owners',
      '4',
      '2',
      'million',
      'naïve_user',
      'Zürich',
    ])
  })

  it('counts shingles as multisets and normalises per document', () => {
    // Truth: 6 tokens -> 3 shingles; prediction repeats the text: 6 shingles, 3 of them extra.
    const score = scoreDocument('a b c d e f', 'a b c d e f a b c d e f')
    expect(score.tp).toBeCloseTo(3 / 9)
    expect(score.fp).toBeCloseTo(6 / 9)
    expect(score.fn).toBe(0)
    expect(score.precision).toBeCloseTo(1 / 3)
    expect(score.recall).toBe(1)
    expect(score.exact).toBe(false)
  })

  it('skips an empty prediction for precision and treats two empty texts as perfect', () => {
    expect(scoreDocument('one two three four five', '')).toMatchObject({
      precision: null,
      recall: 0,
    })
    expect(scoreDocument('', '')).toMatchObject({ precision: 1, recall: 1, exact: true })
    // Fewer than four tokens make one shingle.
    expect(scoreDocument('two words', 'two words!')).toMatchObject({
      precision: 1,
      recall: 1,
      exact: true,
    })
  })

  it('averages precision and recall over documents, F1 from the averages', () => {
    const score = scoreExtraction(
      { a: 'w1 w2 w3 w4 w5', b: 'x1 x2 x3 x4' },
      { a: 'w1 w2 w3 w4 w5 w6', b: '' },
    )
    // a: truth shingles 2, predicted 3, tp 2 fp 1 -> P 2/3, R 1; b: P skipped, R 0.
    expect(score.precision).toBeCloseTo(2 / 3)
    expect(score.recall).toBeCloseTo(0.5)
    expect(score.f1).toBeCloseTo((2 * (2 / 3) * 0.5) / (2 / 3 + 0.5))
    expect(score.accuracy).toBe(0)
  })
})

// Values computed with the benchmark's own Python evaluation (re `\w+`, Counter of shingles).
describe('benchmark data location', () => {
  it('is unavailable, with the reason, when BENCH_DIR names a missing folder', () => {
    const missing = benchData({ BENCH_DIR: '/nonexistent/article-extraction' })
    expect(missing).toEqual({
      dir: '/nonexistent/article-extraction',
      available: false,
      reason: 'benchmark data not found at /nonexistent/article-extraction (set BENCH_DIR)',
    })
    expect(benchTitle('on benchmark pages', missing)).toBe(
      'on benchmark pages (skipped: benchmark data not found at /nonexistent/article-extraction (set BENCH_DIR))',
    )
  })
})

// Nothing is read while tests are collected: without the data this suite is skipped, not failed.
describe.skipIf(!data.available)(benchTitle('on benchmark pages', data), () => {
  let truthCache: Record<string, { articleBody: string }> | null = null
  const truthOf = () => {
    truthCache ??= JSON.parse(readFileSync(join(bench, 'ground-truth.json'), 'utf8')) as Record<
      string,
      { articleBody: string }
    >
    return truthCache
  }
  const output = (name: string) =>
    (
      JSON.parse(readFileSync(join(bench, 'reference-outputs', `${name}.json`), 'utf8')) as {
        output: Record<string, { articleBody: string }>
      }
    ).output
  const find = (prefix: string) => {
    const id = Object.keys(truthOf()).find((key) => key.startsWith(prefix))
    if (id === undefined) throw new Error(`no benchmark page ${prefix}`)
    return id
  }

  it('readability_js on page 04a6711c', () => {
    const id = find('04a6711caa7c6875')
    const score = scoreDocument(
      truthOf()[id]?.articleBody ?? '',
      output('readability_js')[id]?.articleBody ?? '',
    )
    expect(score.precision).toBeCloseTo(0.9724576271186441, 9)
    expect(score.recall).toBeCloseTo(0.9989118607181718, 9)
  })

  it('trafilatura on page 05844573', () => {
    const id = find('05844573ca7e1fba')
    const score = scoreDocument(
      truthOf()[id]?.articleBody ?? '',
      output('trafilatura')[id]?.articleBody ?? '',
    )
    expect(score.precision).toBeCloseTo(0.9876998769987699, 9)
    expect(score.recall).toBe(1)
  })
})
