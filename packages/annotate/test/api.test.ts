import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'

describe('exports', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'annotate',
      'builtinAnnotationSteps',
      'builtinSpeakerStrategies',
      'toSourceOffset',
      'toSourceSpan',
      'toTextOffset',
    ])
  })
})
