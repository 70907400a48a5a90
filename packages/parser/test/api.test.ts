import { describe, expect, it } from 'vitest'
import * as api from '../src/index.ts'
import { decode, loadManifest, parse, parseMany, type SourcePlugin } from '../src/index.ts'

const enc = (text: string) => new TextEncoder().encode(text)

describe('exports', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'DEFAULT_MAX_BYTES',
      'builtinCleaningRules',
      'builtinPlugins',
      'decode',
      'formatDiagnostic',
      'loadManifest',
      'makeBlock',
      'parse',
      'parseMany',
      'positionOf',
      'readInput',
      'readableText',
      'splitSentences',
      'toSourceOffset',
      'toSourceSpan',
      'uncoveredRanges',
    ])
  })
})

describe('decode', () => {
  it('reports binary input with its byte offset', () => {
    const result = decode(new Uint8Array([0x41, 0x42, 0, 0x43]), { path: 'x.bin' })
    expect(result.ok ? null : api.formatDiagnostic(result.diagnostics[0]!)).toMatchInlineSnapshot(
      `"x.bin:byte 2: error input/binary input looks binary: control byte 0x00 at byte 2 (expected text (UTF-8, UTF-16 or Windows-1252))"`,
    )
  })
  it('normalises CRLF and CR line endings', () => {
    const result = decode(enc('a\r\nb\rc\n'))
    expect(result.ok && [result.text, result.info.lineEndings]).toEqual(['a\nb\nc\n', 'mixed'])
  })
})

describe('loadManifest', () => {
  it('keeps good entries and places problems', () => {
    const { entries, diagnostics } = loadManifest(
      'articles:\n  - file: a.txt\n    outlet: X\n  - file: b.txt\n    published: yesterday\n',
      'm.yaml',
    )
    expect(entries.map((e) => e.file)).toEqual(['a.txt'])
    expect(diagnostics.map(api.formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "m.yaml:5:16: error manifest/invalid-entry articles[1].published: entry left out (expected a string matching ^\\d{4}-\\d{2}-\\d{2}$)",
      ]
    `)
  })
  it('reports YAML syntax errors with line and column', () => {
    const { diagnostics } = loadManifest('articles:\n  - file: [a.txt\n', 'm.yaml')
    expect(diagnostics[0]).toMatchObject({
      file: 'm.yaml',
      line: expect.any(Number),
      code: 'manifest/yaml',
      severity: 'error',
    })
  })
})

describe('plugins', () => {
  const release =
    'FOR IMMEDIATE RELEASE\n\nAcme opens a plant ### Acme said on Monday it opened a plant in Ohio. ### Contact: press@acme.test\n'

  /** A third-party plugin, defined outside the package: press releases split on "###". */
  function sourcePressRelease(): SourcePlugin {
    return {
      id: 'press-release',
      detect: (text) => (text.startsWith('FOR IMMEDIATE RELEASE') ? 1 : 0),
      read(text) {
        const blocks = []
        const removed = []
        let at = text.indexOf('\n\n') + 2
        removed.push({
          span: { start: 0, end: at - 2 },
          reason: 'boilerplate' as const,
          detail: 'press-release: banner',
        })
        for (const part of text.slice(at).split('###')) {
          const made = api.makeBlock(text, { start: at, end: at + part.length }, 'paragraph')
          if (made.block) blocks.push(made.block)
          at += part.length + 3
        }
        return {
          blocks,
          removed,
          metadata: { outlet: { value: 'Acme Newsroom', origin: 'plugin' as const } },
          diagnostics: [],
        }
      },
    }
  }

  it('a plugin registered from outside changes the result', async () => {
    const plain = await parse({ bytes: enc(release) }, { annotate: false })
    const custom = await parse(
      { bytes: enc(release) },
      { plugins: [sourcePressRelease()], annotate: false },
    )
    expect(plain.article?.format).toBe('plain-text')
    expect(custom.article?.format).toBe('press-release')
    expect(custom.article?.outlet).toBe('Acme Newsroom')
    expect(custom.article?.blocks.map((b) => b.text)).toEqual([
      'Acme opens a plant',
      'Acme said on Monday it opened a plant in Ohio.',
      'Contact: press@acme.test',
    ])
  })

  it('a manifest format hint picks the plugin, an unknown one warns and detects', async () => {
    const text = 'Top Stories\n\nA headline here\n\nBody text [1] goes on. More [2]. And [3].\n'
    const forced = await parse(
      { bytes: enc(text), manifest: { file: 'x', format: 'plain-text' } },
      { annotate: false },
    )
    expect(forced.article?.format).toBe('plain-text')
    const unknown = await parse(
      { bytes: enc(text), manifest: { file: 'x', format: 'nope' } },
      { annotate: false },
    )
    expect(unknown.article?.format).toBe('digest')
    expect(unknown.diagnostics.map((d) => d.code)).toEqual(['parse/unknown-format'])
  })
})

describe('parseMany', () => {
  it('parses the rest when one input is bad, and returns every failure', async () => {
    const result = await parseMany(
      [
        {
          bytes: enc(
            'First Story Title\n\nA paragraph of text about the harbour.\n\nAnother one.\n',
          ),
          path: 'a.txt',
        },
        { bytes: new Uint8Array(0), path: 'empty.txt' },
        { bytes: new Uint8Array([1, 2, 0, 0, 5]), path: 'bin.dat' },
        { bytes: enc('Just a line of text that says something.'), path: 'c.txt' },
      ],
      { annotate: false },
    )
    expect(result.articles.map((a) => a.source.path)).toEqual(['a.txt', 'c.txt'])
    expect(result.failures.map((f) => [f.path, f.diagnostics.map((d) => d.code)])).toEqual([
      ['empty.txt', ['input/empty']],
      ['bin.dat', ['input/binary']],
    ])
  })

  it('gives no Article for an input with no article in it, and says why', async () => {
    const page = `<!doctype html><html lang="en"><head><title>Markets | Example</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/markets">Markets</a></nav>
<footer><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer></body></html>`
    const chrome = 'Top Headlines\n\nFeeds\n\nUpdated (12 articles)\n'
    const result = await parseMany(
      [
        { bytes: enc(page), path: 'nav-only.html' },
        { bytes: enc(chrome), path: 'chrome.txt' },
      ],
      { annotate: false },
    )
    expect(result.articles).toEqual([])
    const codes = result.failures.map((f) => [
      f.path,
      f.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code),
    ])
    expect(codes).toEqual([
      ['nav-only.html', ['html/no-article']],
      ['chrome.txt', ['parse/no-content']],
    ])
    // The source text is still returned, so a caller can show where the problem is.
    expect(result.results[0]?.text).toContain('<nav>')
  })

  it('turns a plugin that throws into a failure of that input only', async () => {
    const broken: SourcePlugin = {
      id: 'broken',
      detect: () => 1,
      read: () => {
        throw new Error('boom')
      },
    }
    const result = await parseMany([{ bytes: enc('x y z'), path: 'a.txt' }], {
      plugins: [broken],
      annotate: false,
    })
    expect(result.failures[0]?.diagnostics[0]?.message).toBe(
      'the parser failed on this input: boom',
    )
  })
})
