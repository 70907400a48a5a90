// Preloaded into the measured process by cold.bench.ts (`node --require`): records when the
// process first opens one of its input files and first writes to stdout (wall ms since start,
// CPU ms) and, at exit, its CPU
// time and peak memory, written as one JSON line to the file named by COLD_PROBE_OUT.
const fs = require('node:fs')
const { resolve } = require('node:path')

const inputs = (process.env.COLD_PROBE_INPUTS ?? '')
  .split('\n')
  .filter(Boolean)
  .map((p) => resolve(p))
const cpu = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}
let firstRead = null
const watch = (name) => {
  const original = fs.promises[name]
  fs.promises[name] = function (path, ...rest) {
    const p = typeof path === 'string' ? resolve(path) : ''
    if (firstRead === null && inputs.some((i) => p === i || p.startsWith(`${i}/`)))
      firstRead = { wallMs: performance.now(), cpuMs: cpu() }
    return original.call(this, path, ...rest)
  }
}
watch('open')
watch('readFile')
let firstOutput = null
const write = process.stdout.write
process.stdout.write = function (...args) {
  firstOutput ??= { wallMs: performance.now(), cpuMs: cpu() }
  return write.apply(this, args)
}
process.on('exit', () => {
  const usage = process.resourceUsage()
  const line = {
    wallMs: performance.now(),
    cpuMs: cpu(),
    maxRssKb: usage.maxRSS,
    firstRead,
    firstOutput,
  }
  fs.appendFileSync(process.env.COLD_PROBE_OUT, `${JSON.stringify(line)}\n`)
})
