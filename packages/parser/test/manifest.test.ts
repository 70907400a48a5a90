import { describe, expect, it } from 'vitest'
import { formatDiagnostic, loadManifest } from '../src/index.ts'

const load = (text: string) => {
  const { entries, diagnostics } = loadManifest(text, 'm.yaml')
  return { files: entries.map((e) => e.file), messages: diagnostics.map(formatDiagnostic) }
}

describe('loadManifest: aliases and merge keys', () => {
  it('says aliases are not allowed, at the alias, and keeps the other entries', () => {
    const text = [
      'defaults: &d',
      '  outlet: The Courier',
      'articles:',
      '  - file: a.txt',
      '    outlet: *d',
      '  - file: b.txt',
      '',
    ].join('\n')
    expect(load(text)).toEqual({
      files: ['b.txt'],
      messages: [
        'm.yaml:5:13: error manifest/alias YAML aliases and merge keys are not allowed in a manifest (an entry holding one is left out) (expected each value written out in full)',
      ],
    })
  })

  it('says so for a merge key', () => {
    const text = 'base: &b\n  outlet: X\narticles:\n  - <<: *b\n    file: a.txt\n'
    const { files, messages } = load(text)
    expect(files).toEqual([])
    expect(messages).toEqual([
      'm.yaml:4:5: error manifest/alias YAML aliases and merge keys are not allowed in a manifest (an entry holding one is left out) (expected each value written out in full)',
      'm.yaml:4:9: error manifest/alias YAML aliases and merge keys are not allowed in a manifest (an entry holding one is left out) (expected each value written out in full)',
    ])
  })

  it('an aliased articles list gives no entries and one error', () => {
    const { files, messages } = load('list: &l\n  - file: a.txt\narticles: *l\n')
    expect(files).toEqual([])
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatch(/^m\.yaml:3:11: error manifest\/alias/)
  })
})

describe('loadManifest: entries outside the manifest folder', () => {
  it.each(['../../../etc/passwd', '/etc/passwd', 'a/../../b.txt', '..', 'C:\\Windows\\win.ini'])(
    'refuses %s',
    (file) => {
      const { files, messages } = load(
        `articles:\n  - file: ${JSON.stringify(file)}\n  - file: ok.txt\n`,
      )
      expect(files).toEqual(['ok.txt'])
      expect(messages).toEqual([
        `m.yaml:2:11: error manifest/outside-folder articles[0].file "${file}" is outside the manifest's folder; entry left out (expected a path relative to the manifest's folder, inside it)`,
      ])
    },
  )

  it('keeps paths that stay inside (sub/../a.txt, ./b.txt, c/d.txt)', () => {
    const text = 'articles:\n  - file: sub/../a.txt\n  - file: ./b.txt\n  - file: c/d.txt\n'
    expect(load(text)).toEqual({ files: ['sub/../a.txt', './b.txt', 'c/d.txt'], messages: [] })
  })
})
