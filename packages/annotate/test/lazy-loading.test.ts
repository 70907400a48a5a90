import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

/**
 * Cold start: importing the package loads no NLP library, the name gazetteer needs none,
 * chrono-node loads on the first text that may hold a date, and wink-nlp's model on the first
 * quantity that needs parts of speech. Run in a fresh Node
 * process (through tsx), so that no other test has loaded anything before.
 */

const index = new URL('../src/index.ts', import.meta.url).href
const cases = new URL('./support/cases.ts', import.meta.url).href
const script = `
import { createRequire } from 'node:module'
const req = createRequire(${JSON.stringify(fileURLToPath(import.meta.url))})
const loaded = () => [...new Set(Object.keys(req.cache).flatMap((k) => {
  const m = /.*node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(k)
  return m ? [m[1]] : []
}))].sort()
const { annotate } = await import(${JSON.stringify(index)})
const { paragraphInput } = await import(${JSON.stringify(cases)})
const out = { afterImport: loaded() }
const names = annotate(paragraphInput('Maria Lopez, the mayor of Paris, said on Monday the talks went well.', null))
out.afterNames = loaded()
out.entities = names.entities.map((e) => e.key)
annotate(paragraphInput('Officials said 200 soldiers crossed the border.', null))
out.afterNumber = loaded()
console.log(JSON.stringify(out))
`

describe('lazy loading (a fresh process)', () => {
  it('loads chrono-node for the first date, wink-nlp for parts of speech, compromise never', () => {
    const stdout = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { encoding: 'utf8' },
    )
    const out = JSON.parse(stdout) as Record<string, string[]>
    const nlp = ['chrono-node', 'compromise', 'wink-eng-lite-web-model', 'wink-nlp']
    expect(out.afterImport!.filter((m) => nlp.includes(m))).toEqual([])
    expect(out.entities!.length).toBeGreaterThan(0)
    // "on Monday": the dates step loads chrono-node; names need no library.
    expect(out.afterNames!.filter((m) => nlp.includes(m))).toEqual(['chrono-node'])
    expect(out.afterNumber!.filter((m) => nlp.includes(m))).toEqual([
      'chrono-node',
      'wink-eng-lite-web-model',
      'wink-nlp',
    ])
  })
})
