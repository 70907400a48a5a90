import { parentPort } from 'node:worker_threads'
import type { Diagnostic } from '@parallax/schema'
import type { PdfReply, PdfTask } from './messages.js'

// The PDF worker thread of `parallax brief`. As it starts it loads the renderer and warms it up
// (`warmPdf`: pdfkit, fontkit, the fonts, the compiled layout code) while the main thread parses
// and aligns; then it draws the briefing it is sent and returns the bytes. A failed warm-up is
// not an error: the real render meets the same problem and reports it.
const renderer = import('@parallax/renderer').then(async (loaded) => {
  await loaded.warmPdf().catch(() => {})
  return loaded
})

parentPort?.on('message', async (task: PdfTask) => {
  const warnings: Diagnostic[] = []
  let reply: PdfReply
  try {
    const { renderPdf } = await renderer
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
  parentPort?.postMessage(reply, whole && reply.ok ? [reply.bytes.buffer as ArrayBuffer] : [])
})
