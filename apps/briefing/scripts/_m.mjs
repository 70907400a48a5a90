import { loadMain } from '../dist/lib/startup/load-main.js'

const cu = () => {
  const c = process.cpuUsage()
  return (c.user + c.system) / 1000
}
const t0 = cu()
const l = loadMain(new URL('../bundle-ab2/main.cjs', import.meta.url).pathname, {
  useCache: process.argv[2] === '1',
})
const t1 = cu()
const write = process.stderr.write.bind(process.stderr)
process.stderr.write = () => true
await l.main([
  process.execPath,
  'x',
  'brief',
  '../../seeds',
  '--out',
  '/tmp/m-out',
  '--format',
  'json',
  '--no-archive',
])
const t2 = cu()
write(
  `${l.cache} start ${t0.toFixed(0)} load ${(t1 - t0).toFixed(0)} run ${(t2 - t1).toFixed(0)} total ${t2.toFixed(0)}\n`,
)
