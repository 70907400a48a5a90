// No spread of an input-sized array into a call anywhere in the repository: `arr.push(...big)`,
// `Math.max(...big)` and the like pass every element as an argument and overflow the stack
// ("Maximum call stack size exceeded") on big inputs. A call whose array is bounded (a fixed
// list, a handful of items) says so with a `bounded-spread: <why>` comment on its line or the
// line above.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const ROOT = new URL('../../../', import.meta.url).pathname
/** Callee names whose spread arguments are flagged: `x.push(...a)`, `Math.max(...a)`, … */
const METHODS = new Set(['push', 'unshift', 'splice'])
const STATICS = new Set(['Math.max', 'Math.min', 'String.fromCharCode', 'String.fromCodePoint'])
const ALLOW = 'bounded-spread:'

function sourceFiles(dir: string, out: string[] = []): string[] {
  let entries: import('node:fs').Dirent[]
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    return out
  }
  for (const e of entries) {
    const path = join(dir, e.name)
    if (e.isDirectory() && e.name !== 'node_modules') sourceFiles(path, out)
    else if (e.isFile() && /\.(?:ts|tsx|mts|js|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts'))
      out.push(path)
  }
  return out
}

/** `path: line` of every unallowed spread into a flagged call in `text`. */
export function spreadsIn(path: string, text: string): string[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true)
  const lines = text.split('\n')
  const found: string[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.arguments.some(ts.isSpreadElement)) {
      const callee = node.expression
      const flagged =
        ts.isPropertyAccessExpression(callee) &&
        (METHODS.has(callee.name.text) || STATICS.has(callee.getText(file)))
      if (flagged) {
        const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line
        const allowed = [lines[line], lines[line - 1]].some((l) => l?.includes(ALLOW))
        if (!allowed) found.push(`${path}: ${lines[line]!.trim()}`)
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

describe('no unbounded spreads into calls', () => {
  it('finds the patterns it is meant to find', () => {
    const sample = [
      'out.push(...items)',
      'out.push(\n  ...items,\n)',
      'const m = Math.max(0, ...values)',
      'String.fromCharCode(...codes)',
      '// bounded-spread: three fixed parts',
      'out.push(...[a, b, c])',
      'new Set([...a])',
      'f(...args)',
    ].join('\n')
    expect(spreadsIn('sample.ts', sample)).toEqual([
      'sample.ts: out.push(...items)',
      'sample.ts: out.push(',
      'sample.ts: const m = Math.max(0, ...values)',
      'sample.ts: String.fromCharCode(...codes)',
    ])
  })

  it('packages/*/src and apps/*/src have none', () => {
    const files: string[] = []
    for (const group of ['packages', 'apps'])
      for (const dir of readdirSync(join(ROOT, group)))
        sourceFiles(join(ROOT, group, dir, 'src'), files)
    expect(files.length).toBeGreaterThan(50)
    const found = files.sort().flatMap((f) => spreadsIn(relative(ROOT, f), readFileSync(f, 'utf8')))
    expect(found).toEqual([])
  })
})
