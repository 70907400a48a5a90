import { setImmediate as yieldToMessages } from 'node:timers/promises'
import { parentPort, workerData } from 'node:worker_threads'
import type { FontKey } from '@parallax/renderer'
import type { Diagnostic } from '@parallax/schema'
import { threadCpuMs } from '../terminal/thread-cpu.js'
import type { PdfMessage, PdfReply, PdfTask } from './messages.js'
import { quotedPassages } from './quoted.js'

// The PDF worker thread of `parallax brief`. As it starts it loads the renderer and warms it up
// (`warmPdf`: pdfkit, fontkit, the fonts, the compiled layout code) while the main thread parses;
// then, while the main thread aligns and composes, it shapes the words of the articles' texts
// (`preparePdf`), which the briefing cites and the sources appendix prints; then it draws the
// briefing it is sent and returns the bytes. A failed warm-up is not an error: the real render
// meets the same problem and reports it.
const renderer = import('@parallax/renderer').then(async (loaded) => {
  trace('renderer loaded')
  await loaded.warmPdf().catch(() => {})
  trace('warmed up')
  return loaded
})

/**
 * With PARALLAX_TRACE set, writes a step to stderr with its time since the process started and,
 * where the system tells (Linux), the CPU time this thread has used so far.
 */
function trace(step: string): void {
  if (!process.env.PARALLAX_TRACE) return
  const origin = (workerData as { origin?: number } | null)?.origin ?? performance.timeOrigin
  const ms = performance.timeOrigin + performance.now() - origin
  const cpu = threadCpuMs()
  const used = cpu === null ? '' : ` (thread CPU ${cpu} ms)`
  process.stderr.write(`parallax: ${ms.toFixed(0)} ms pdf worker ${step}${used}\n`)
}

/** What the worker shapes of each text, in which faces: one pass after the other. */
interface PreparePass {
  readonly faces: readonly FontKey[]
  readonly pick: (text: string) => string
}

/**
 * The passes over the texts, each covering every text before the next starts: first the whole
 * text in the face of statements, tables and the sources' texts; then the passages between
 * quotation marks in the italic faces the quotes section draws them in (a changed word in bold
 * italic). Shaping the seeds' whole texts in the sans face too took as long as the first pass and
 * spared the render 44 of its 1,152 shapings (labels and headings are the briefing's words, not
 * the articles'), so it is not done.
 */
const preparePasses: readonly PreparePass[] = [
  { faces: ['serif'], pick: (text) => text },
  { faces: ['serifItalic', 'serifBoldItalic'], pick: quotedPassages },
]

/**
 * Characters shaped at most per face: a story of hundreds of articles cites a small part of them,
 * and the shared layouts would only grow. The seeds are 30,000 characters.
 */
const prepareBudget = 200_000

/** Texts waiting to be shaped, and the face of each pass; emptied when a briefing arrives. */
let preparing: { text: string; face: FontKey }[] = []
let draining = false

/**
 * Shapes the waiting texts one at a time, letting messages in between: a briefing that arrives
 * stops the preparation (what is shaped by then is kept), so it never waits for more than one text.
 */
async function drain(): Promise<void> {
  if (draining) return
  draining = true
  try {
    const { preparePdf } = await renderer
    trace('preparing')
    for (let next = preparing.shift(); next; next = preparing.shift()) {
      await preparePdf(next.text, { faces: [next.face] }).catch(() => {})
      await yieldToMessages()
    }
  } finally {
    trace('prepared')
    draining = false
  }
}

async function render(task: PdfTask): Promise<void> {
  const warnings: Diagnostic[] = []
  let reply: PdfReply
  try {
    const { renderPdf } = await renderer
    trace('drawing')
    const bytes = await renderPdf(task.briefing, {
      pageSize: task.pageSize,
      onWarning: (warning) => warnings.push(warning),
    })
    reply = { ok: true, bytes, warnings }
  } catch (error) {
    reply = {
      ok: false,
      name: error instanceof Error ? error.name : 'Error',
      message: error instanceof Error ? error.message : String(error),
    }
  }
  // The bytes move to the main thread without a copy when they fill their buffer (they do: the
  // renderer concatenates the document into a fresh one).
  const whole =
    reply.ok &&
    reply.bytes.byteOffset === 0 &&
    reply.bytes.byteLength === reply.bytes.buffer.byteLength
  trace('drawn')
  parentPort?.postMessage(reply, whole && reply.ok ? [reply.bytes.buffer as ArrayBuffer] : [])
}

parentPort?.on('message', (message: PdfMessage) => {
  if (message.kind === 'prepare') {
    for (const pass of preparePasses) {
      const picked = message.texts.map(pass.pick).filter((text) => text !== '')
      for (const face of pass.faces) {
        let budget = prepareBudget
        for (const text of picked) {
          if (budget <= 0) break
          preparing.push({ text: text.slice(0, budget), face })
          budget -= text.length
        }
      }
    }
    void drain()
  } else {
    preparing = []
    void render(message)
  }
})
