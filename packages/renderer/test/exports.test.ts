import { expect, it } from 'vitest'
import * as renderer from '../src/index.js'

it('exports exactly the public API', () => {
  expect(Object.keys(renderer).sort()).toEqual([
    'preparePdf',
    'renderHtml',
    'renderPdf',
    'sectionRenderers',
    'textFragmentUrl',
    'warmPdf',
  ])
})
