#!/usr/bin/env node
// Adds up the JSON reports vitest wrote in each package (.vitest/report.json) and prints one
// closing line, `tests: N passed, N failed, N skipped`, plus a line per package.
// Exit code: 1 when a test failed or a package that has tests wrote no report.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
let passed = 0
let failed = 0
let skipped = 0
let missing = 0
for (const group of ['packages', 'apps']) {
  const dir = join(root, group)
  if (!existsSync(dir)) continue
  for (const name of readdirSync(dir).sort()) {
    const pkg = join(dir, name)
    if (!existsSync(join(pkg, 'package.json'))) continue
    const scripts = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).scripts ?? {}
    if (!scripts.test) continue
    const report = join(pkg, '.vitest', 'report.json')
    if (!existsSync(report)) {
      console.log(`${group}/${name}: no test report (did its tests run?)`)
      missing++
      continue
    }
    const r = JSON.parse(readFileSync(report, 'utf8'))
    const p = r.numPassedTests ?? 0
    const f = (r.numFailedTests ?? 0) + (r.numFailedTestSuites ?? 0)
    const s = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0)
    console.log(`${group}/${name}: ${p} passed, ${f} failed, ${s} skipped`)
    passed += p
    failed += f
    skipped += s
  }
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 || missing > 0 ? 1 : 0)
