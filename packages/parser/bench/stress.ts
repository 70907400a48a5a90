// `pnpm bench:stress [--quick] [--v8-defaults] [--timeout=SECONDS]`: time and peak memory of the parser on big
// inputs, each case in its own process (so peak RSS is the case's own): 1, 4 and 16 MB of plain
// text (parse only, and parse + annotate), the same as HTML, HTML of tiny elements (parse only,
// and parse + annotate, each against its memory budget of 20x the input + 200 MB), a 100-file
// batch of 1 MB each through parseMany, and a PDF render of a briefing with a 10,000-character
// title (bounded by the timeout; the renderer owns that fix). Prints a table, and the CPU-time ratio per 4x size.
// Each case process runs with the V8 setting the `parallax` command sets for itself
// (`--heap-growing-percent=30`, see apps/briefing/README.md "Memory"), so the rows show what the
// command's users get; `--v8-defaults` runs them under V8's default heap growth instead.
// Not a test: figures depend on the machine (say which when quoting them).
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const args = process.argv.slice(2)
const quick = args.includes('--quick')
const v8Flags = args.includes('--v8-defaults') ? [] : ['--heap-growing-percent=30']
const timeout = Number(args.find((a) => a.startsWith('--timeout='))?.split('=')[1] ?? 300)
const caseFile = fileURLToPath(new URL('./stress-case.ts', import.meta.url))

interface Row {
  name: string
  size: string
  kind: string
  arg: number
}
const rows: Row[] = []
for (const kind of quick
  ? ['text', 'html', 'html-tiny']
  : ['text', 'text-annotate', 'html', 'html-tiny', 'html-tiny-annotate'])
  for (const mb of [1, 4, 16]) rows.push({ name: kind, size: `${mb} MB`, kind, arg: mb })
rows.push({
  name: 'batch (parseMany)',
  size: quick ? '10 x 1 MB' : '100 x 1 MB',
  kind: 'batch',
  arg: quick ? 10 : 100,
})
rows.push({ name: 'long-title PDF render', size: '10,000 chars', kind: 'long-title', arg: 10_000 })

const pad = (s: string, n: number) => s.padEnd(n)
const lpad = (s: string, n: number) => s.padStart(n)
console.log(
  `${pad('case', 24)}${pad('size', 14)}${lpad('CPU s', 9)}${lpad('wall s', 9)}${lpad('peak RSS MB', 13)}${lpad('CPU ratio/4x', 14)}  note`,
)
const cpuOf = new Map<string, number>()
for (const row of rows) {
  const run = spawnSync(
    process.execPath,
    [...v8Flags, '--import', 'tsx', caseFile, row.kind, String(row.arg)],
    {
      encoding: 'utf8',
      timeout: timeout * 1000,
      killSignal: 'SIGKILL',
      maxBuffer: 1 << 20,
    },
  )
  const last = run.stdout.trim().split('\n').pop() ?? ''
  let cells: string
  if (run.error || run.signal) {
    cells = `${lpad('-', 9)}${lpad(`>${timeout}`, 9)}${lpad('-', 13)}${lpad('', 14)}  stopped after ${timeout} s (${run.signal ?? run.error?.message})`
  } else {
    try {
      const r = JSON.parse(last) as {
        cpu?: number
        wall?: number
        rss?: number
        note?: string
        error?: string
      }
      if (r.error !== undefined) throw new Error(r.error)
      cpuOf.set(`${row.kind}:${row.arg}`, r.cpu!)
      const previous = cpuOf.get(`${row.kind}:${row.arg / 4}`)
      const ratio = previous ? (r.cpu! / previous).toFixed(2) : ''
      cells = `${lpad(r.cpu!.toFixed(2), 9)}${lpad(r.wall!.toFixed(2), 9)}${lpad(r.rss!.toFixed(0), 13)}${lpad(ratio, 14)}  ${r.note}`
    } catch (error) {
      cells = `${lpad('-', 9)}${lpad('-', 9)}${lpad('-', 13)}${lpad('', 14)}  failed: ${(error as Error).message || run.stderr.trim().split('\n').pop()}`
    }
  }
  console.log(`${pad(row.name, 24)}${pad(row.size, 14)}${cells}`)
}
