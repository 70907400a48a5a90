import { expect, it } from 'vitest'
import * as compose from '../../src/lib/compose/index.js'

it('compose exports exactly the documented names', () => {
  expect(Object.keys(compose).sort()).toEqual([
    'EDITIONS',
    'composeBriefing',
    'editions',
    'sectionComposers',
    'selectStory',
  ])
})

it('has a composer for every section kind but since-last, which the command adds', () => {
  expect(Object.keys(compose.sectionComposers)).toEqual([
    'bottom-line',
    'since-last',
    'conflicts',
    'quotes',
    'positions',
    'figures',
    'timeline',
    'exclusives',
  ])
  expect(compose.sectionComposers['since-last']).toBeNull()
})
