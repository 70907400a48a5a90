import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { PageSize } from '@parallax/renderer'
import type { Briefing } from '@parallax/schema'
import type { PdfPrepare, PdfReply, PdfTask } from './messages.js'

/** Draws a briefing as a PDF; what `runBrief` calls for `briefing.pdf`. */
export type RenderPdfFn = (
  briefing: Briefing,
  options: { readonly pageSize: PageSize },
) => Promise<Uint8Array>

/** A worker thread that draws PDFs (see `startPdfThread`). */
export interface PdfThread {
  /**
   * Draws `briefing` in the worker: the same bytes as `renderPdf` in this thread, its warnings
   * emitted here as process warnings (as `renderPdf`'s default does), and its error thrown here
   * with the same class name and message. Renders in this thread instead when the worker could
   * not start or has died.
   */
  readonly render: RenderPdfFn
  /**
   * Sends texts the briefing will cite to the worker, which shapes their words while this thread
   * aligns and composes (`preparePdf`); does nothing once the worker has died. Changes no byte.
   */
  prepare(texts: readonly string[]): void
  /**
   * Stops the worker (it never keeps the process alive while idle); a second call waits for the
   * same stop. Renders after it are drawn in this thread.
   */
  close(): Promise<void>
}

/** A `renderPdf` error re-thrown on the main thread with the worker's class name and message. */
class RenderError extends Error {
  constructor(name: string, message: string) {
    super(message)
    this.name = name
  }
}

/** Renders in this thread: the fallback when no worker is running. */
const renderHere: RenderPdfFn = async (briefing, options) =>
  (await import('@parallax/renderer')).renderPdf(briefing, options)

/**
 * Starts the PDF worker thread. It loads the renderer and warms it up at once (`warmPdf`), on
 * the second core while this thread parses and aligns, so that the briefing, when it is ready,
 * is drawn by warm code, and at the same time as this thread writes the HTML, the JSON and the
 * archive. Returns `null` when the worker script is not built (a run from `src/` before
 * `pnpm build`): the caller renders in its own thread.
 */
export function startPdfThread(): PdfThread | null {
  const url = workerUrl()
  if (!url) return null
  // The worker's trace (PARALLAX_TRACE) times its steps from this process's start.
  const worker = new Worker(url, { workerData: { origin: performance.timeOrigin } })
  // Idle, the worker never holds the process open: a run that ends early just exits.
  worker.unref()
  let alive = true
  let waiting: { resolve: (reply: PdfReply) => void; reject: (error: Error) => void } | null = null
  let crash: Error | null = null
  const died = (error: Error) => {
    alive = false
    waiting?.reject(error)
    waiting = null
  }
  worker.on('message', (reply: PdfReply) => {
    waiting?.resolve(reply)
    waiting = null
  })
  worker.on('error', (error) => {
    crash = error
  })
  worker.on('exit', (code) => died(crash ?? new Error(`the PDF worker exited with code ${code}`)))
  // The render in flight, if any: the worker draws one briefing at a time.
  let queue: Promise<unknown> | null = null
  let closing: Promise<void> | null = null
  const inWorker = async (task: PdfTask): Promise<Uint8Array> => {
    if (!alive) return renderHere(task.briefing, task)
    worker.ref()
    try {
      const reply = await new Promise<PdfReply>((resolve, reject) => {
        waiting = { resolve, reject }
        worker.postMessage(task)
      })
      if (!reply.ok) throw new RenderError(reply.name, reply.message)
      for (const warning of reply.warnings)
        process.emitWarning(warning.message, { code: warning.code })
      return reply.bytes
    } finally {
      worker.unref()
    }
  }
  return {
    render(briefing, options) {
      const task: PdfTask = { kind: 'render', briefing, pageSize: options.pageSize }
      // Posted at once when the worker is free, not in a later microtask: the caller goes on to
      // draw the HTML synchronously, and the worker would otherwise wait for it.
      const result = queue ? queue.then(() => inWorker(task)) : inWorker(task)
      const settled = result.then(
        () => {},
        () => {},
      )
      queue = settled
      void settled.then(() => {
        if (queue === settled) queue = null
      })
      return result
    },
    prepare(texts) {
      if (alive && texts.length > 0)
        worker.postMessage({ kind: 'prepare', texts } satisfies PdfPrepare)
    },
    close() {
      alive = false
      closing ??= worker.terminate().then(() => {})
      return closing
    },
  }
}

/** The compiled worker script: beside this module (dist/, bundle/), or in dist/ when run from sources. */
function workerUrl(): URL | null {
  const here = new URL('./pdf-worker.js', import.meta.url)
  if (existsSync(fileURLToPath(here))) return here
  const built = new URL(here.href.replace('/src/lib/render/', '/dist/lib/render/'))
  return existsSync(fileURLToPath(built)) ? built : null
}
