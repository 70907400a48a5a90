import { expect, it } from 'vitest'
import * as app from '../src/index.js'

it('exports exactly the documented names', () => {
  expect(Object.keys(app).sort()).toEqual([
    'Archive',
    'ArchiveError',
    'BRIEF_FORMATS',
    'EDITIONS',
    'EXIT',
    'addSinceLast',
    'composeBriefing',
    'createProgram',
    'defaultWorkers',
    'editions',
    'findSameText',
    'matchClusters',
    'parseEach',
    'parseInPool',
    'runBrief',
    'sectionComposers',
    'selectStory',
  ])
})

it('registers every command, each with its own --help', () => {
  const program = app.createProgram()
  const names = program.commands.map((c) => c.name()).sort()
  expect(names).toEqual(['align', 'brief', 'claims', 'parse', 'render'])
  for (const command of program.commands)
    expect(command.helpInformation()).toMatch(/^Usage: parallax /m)
})
