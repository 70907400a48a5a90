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

/**
 * Spreads other helpers remove in their own packages (found when this test landed); the
 * coordinator clears this list at merge. Each entry is `path: the call's first line, trimmed`.
 */
const PENDING: ReadonlySet<string> = new Set([
  'apps/briefing/src/commands/parse.ts: out.push(...names.map((name) => join(arg, name)))',
  'apps/briefing/src/lib/compose/context.ts: const most = Math.max(...conflict.values.map((value) => value.claims.length))',
  'apps/briefing/src/lib/compose/sections/positions.ts: group.names.push(...claims.filter((c) => partyKey(c) === key).map((c) => c.party.name))',
  'apps/briefing/src/lib/compose/sections/quotes.ts: group.claims.push(...claims.filter((claim) => speakerKey(claim) === key))',
  'apps/briefing/src/lib/inputs/manifest-entries.ts: problems.push(...loaded.diagnostics)',
  'packages/aligner/src/lib/align/cluster.ts: members.get(root)!.push(...members.get(child)!)',
  'packages/aligner/src/lib/claims-from-article.ts: drafts.push(...extractor.extract(context))',
  'packages/annotate/src/lib/names/classify.ts: if (back) roles.push(...splitRoles(back))',
  'packages/annotate/src/lib/names/classify.ts: if (before) roles.push(...splitRoles(before))',
  'packages/annotate/src/lib/names/classify.ts: if (after) roles.push(...splitRoles(after))',
  'packages/annotate/src/lib/resolve-dates.ts: const clause = before.slice(Math.max(0, ...ends))',
  'packages/annotate/src/lib/resolve-dates.ts: const lastFuture = Math.max(...future)',
  'packages/parser/src/lib/plugins/markdown-clip.ts: out.push(',
  'packages/parser/src/lib/plugins/markdown-clip.ts: result.removed.push(...made.removed)',
  'packages/parser/src/lib/plugins/markdown-clip.ts: result.diagnostics.push(...fm.diagnostics)',
  'packages/renderer/src/lib/build-view.ts: const max = Math.max(0, ...rows.flatMap((row) => row.counts))',
  'packages/renderer/src/lib/html/coverage-svg.ts: const labelWidth = Math.ceil(Math.max(...rowLabels.map((label) => textWidth(label, font)))) + 12',
  'packages/renderer/src/lib/html/coverage-svg.ts: const headHeight = Math.ceil(Math.max(...topicLabels.map((l) => textWidth(l, font))) * 0.66) + 16',
  "packages/renderer/src/lib/pdf/coverage-chart.ts: const labelWidth = Math.max(...rowLabels.map((l) => flow.measure.width(l, 'sans', size))) + 8",
  'packages/renderer/src/lib/pdf/coverage-chart.ts: const longest = Math.max(',
  "packages/renderer/src/lib/pdf/coverage-chart.ts: Math.max(...topicLabels.map((l) => flow.measure.width(l, 'sans', size))) * sin + 14",
  'packages/renderer/src/lib/pdf/flow.ts: const baseSize = Math.max(0, ...sizes)',
  'packages/renderer/src/lib/pdf/table.ts: const headerHeight = Math.max(...header.map(linesHeight)) + 2 * padY',
  'packages/renderer/src/lib/pdf/table.ts: ? Math.max(...layoutCells(rows[0].cells).map(linesHeight)) + 2 * padY',
  'packages/renderer/src/lib/pdf/table.ts: let height = Math.max(...cells.map(linesHeight)) + 2 * padY',
  'packages/renderer/src/lib/pdf/table.ts: height = Math.max(...cells.map(linesHeight)) + 2 * padY',
  'packages/renderer/src/lib/pdf/table.ts: height = Math.max(...cells.map(linesHeight)) + 2 * padY',
  'packages/schema/src/lib/validate.ts: if (prop) out.push(...explain(prop, item, child))',
  'packages/schema/src/lib/validate.ts: if (new RegExp(pattern).test(name)) out.push(...explain(sub, item, child))',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a source line quoted as text
  'packages/schema/src/lib/validate.ts: if (sub) out.push(...explain(sub, item, `${pointer}/${index}`))',
])

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
    const found = files
      .sort()
      .flatMap((f) => spreadsIn(relative(ROOT, f), readFileSync(f, 'utf8')))
      .filter((hit) => !PENDING.has(hit))
    expect(found).toEqual([])
  })
})
