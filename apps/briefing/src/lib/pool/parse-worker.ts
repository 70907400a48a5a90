import { parentPort } from 'node:worker_threads'
import type { ParseTask } from './messages.js'
import { parseOne } from './parse-one.js'

// One worker thread of the parse pool: parses the tasks it is sent, one at a time.
parentPort?.on('message', async (task: ParseTask) => {
  parentPort?.postMessage(await parseOne(task))
})
