import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'

describe('exports', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'annotate',
      'builtinAnnotationSteps',
      'builtinSpeakerStrategies',
      'loadNlp',
      'placeTokens',
      'toSourceOffset',
      'toSourceSpan',
      'toTextOffset',
    ])
  })
})

describe('exports of @parallax/annotate/english', () => {
  it('exports exactly the language pack', async () => {
    expect(Object.keys(await import('../src/english.js')).sort()).toEqual(['english'])
  })
})
