import { readFileSync } from 'node:fs'

/**
 * CPU time (user and system) of the calling thread so far, in ms, from `/proc/thread-self/stat`
 * (in clock ticks, taken as 100 a second, Linux's usual); `null` where there is no such file.
 * What `PARALLAX_TRACE` prints beside each step, on the main thread and the PDF worker.
 */
export function threadCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8')
    // The fields after the command name (in parentheses, which may hold spaces): utime is the
    // 14th field of the line, stime the 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return null
  }
}
