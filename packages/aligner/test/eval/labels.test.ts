import { describe, expect, it } from 'vitest'
import { readLabels } from '../../eval/lib/labels.js'

describe('readLabels', () => {
  it('reads members, conflict values and defaults', () => {
    const gold = readLabels(
      `set: s
groups:
  - id: g
    label: a thing
    members:
      - { file: a.txt, kind: event, anchor: "met on Monday" }
conflicts:
  - id: c
    field: date
    severity: soft
    members:
      - { file: a.txt, kind: event, anchor: "met on Monday", value: Monday }
      - { file: b.txt, kind: event, anchor: "met on Tuesday", value: Tuesday }
`,
      's.yaml',
    )
    expect(gold).toMatchObject({
      set: 's',
      dir: null,
      independent: [],
      digests: [],
      exclusives: [],
    })
    expect(gold.groups[0]).toEqual({
      id: 'g',
      label: 'a thing',
      members: [{ file: 'a.txt', kind: 'event', anchor: 'met on Monday' }],
    })
    expect(gold.conflicts[0]!.members[1]).toEqual({
      file: 'b.txt',
      kind: 'event',
      anchor: 'met on Tuesday',
      value: 'Tuesday',
    })
  })

  it('names the file, line and column of every bad entry, and what was expected', () => {
    const text = `set: s
groups:
  - id: g
    members:
      - { file: a.txt, kind: claim, anchor: "x" }
  - id: g
    members:
      - { file: a.txt, kind: quote, anchor: "" }
conflicts:
  - id: c
    field: colour
    severity: hard
    members:
      - { file: a.txt, kind: quote, anchor: "y", value: same }
      - { file: b.txt, kind: quote, anchor: "y", value: same }
non_conflicts:
  - id: n
    why: typo
    members:
      - { file: a.txt, kind: quote, anchor: "y" }
`
    let message = ''
    try {
      readLabels(text, 'sets/s/labels.yaml')
    } catch (error) {
      message = (error as Error).message
    }
    const lines = message.split('\n')
    expect(lines).toContain(
      'sets/s/labels.yaml:5:30: kind is "claim" (expected one of quote, quantity, event, position, characterisation)',
    )
    expect(lines).toContain('sets/s/labels.yaml:6:9: id "g" is used twice')
    expect(lines).toContain('sets/s/labels.yaml:8:45: anchor is "" (expected a non-empty string)')
    expect(lines).toContain(
      'sets/s/labels.yaml:11:12: field is "colour" (expected one of name, value, date, speaker, role, scope)',
    )
    expect(lines).toContain(
      'sets/s/labels.yaml:14:7: every member gives the same value (expected at least two)',
    )
    expect(lines).toContain(
      'sets/s/labels.yaml:18:10: why is "typo" (expected one of spelling, estimate-vs-outcome, time-difference)',
    )
    expect(lines).toContain('sets/s/labels.yaml:20:7: 1 member(s) (expected at least 2)')
  })

  it('reports YAML syntax errors with their position', () => {
    expect(() => readLabels('set: s\ngroups: [\n', 'bad.yaml')).toThrow(/^bad\.yaml:\d+:\d+: YAML /)
  })
})
