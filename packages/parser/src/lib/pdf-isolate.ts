import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'

/** One text item of a PDF page: its string, whether a line ends after it, its height and baseline y. */
export interface PdfTextItem {
  str: string
  hasEOL: boolean
  height: number
  y: number | undefined
}

/** What reading a PDF in the worker gives: its pages' text items, or why it could not be opened or read. */
export type PdfPages =
  | { ok: true; pages: PdfTextItem[][] }
  | { ok: false; stage: 'open' | 'read'; message: string }

/**
 * The worker's code (plain JavaScript, so it runs the same from `src` under a test runner and
 * from `dist`). pdfjs-dist's legacy build installs core-js polyfills (it replaces
 * `Array.prototype.push`, `Promise.withResolvers`, … on Node 20): loaded here, they change only
 * this worker's isolate, never the parser's.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
let pdfjs = null
parentPort.on('message', async ({ id, bytes, maxPages }) => {
  const message = (e) => String((e && e.message) || e)
  let doc
  try {
    pdfjs ??= await import(workerData.pdfjs)
    doc = await pdfjs.getDocument({
      data: bytes, isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0,
    }).promise
  } catch (e) {
    parentPort.postMessage({ id, ok: false, stage: 'open', message: message(e) })
    return
  }
  try {
    const pages = []
    for (let n = 1; n <= Math.min(doc.numPages, maxPages); n++) {
      const page = await doc.getPage(n)
      const content = await page.getTextContent()
      const items = []
      for (const item of content.items) {
        if (typeof item.str !== 'string') continue
        items.push({ str: item.str, hasEOL: item.hasEOL === true, height: item.height ?? 0,
          y: item.transform ? item.transform[5] : undefined })
      }
      pages.push(items)
      page.cleanup()
    }
    parentPort.postMessage({ id, ok: true, pages })
  } catch (e) {
    parentPort.postMessage({ id, ok: false, stage: 'read', message: message(e) })
  } finally {
    await doc.destroy().catch(() => {})
  }
})
`

let worker: Worker | null = null
const pending = new Map<number, (result: PdfPages) => void>()
let nextId = 0

function settleAll(message: string): void {
  for (const resolve of pending.values()) resolve({ ok: false, stage: 'read', message })
  pending.clear()
}

/** The shared PDF worker, started on the first PDF (pdf.js is never loaded before one is read). */
function pdfWorker(): Worker {
  if (worker) return worker
  const pdfjs = pathToFileURL(
    createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs'),
  ).href
  const started = new Worker(WORKER, { eval: true, workerData: { pdfjs } })
  started.on('message', (result: PdfPages & { id: number }) => {
    const resolve = pending.get(result.id)
    pending.delete(result.id)
    if (pending.size === 0) started.unref()
    const { id: _id, ...rest } = result
    resolve?.(rest as PdfPages)
  })
  started.on('error', (error) => {
    if (worker === started) worker = null
    settleAll(`the PDF reader failed: ${error.message}`)
  })
  started.on('exit', (code) => {
    if (worker === started) worker = null
    settleAll(`the PDF reader stopped (exit code ${code})`)
  })
  started.unref()
  worker = started
  return started
}

/**
 * The text items of each page of a PDF (at most `maxPages`), read by pdf.js in a worker thread
 * shared by every call, so its polyfills never reach the calling isolate. The worker is started
 * on first use and does not keep the process alive while idle.
 */
export function readPdfPages(bytes: Uint8Array, maxPages: number): Promise<PdfPages> {
  const w = pdfWorker()
  const id = nextId++
  const copy = new Uint8Array(bytes)
  return new Promise((resolve) => {
    pending.set(id, resolve)
    w.ref()
    w.postMessage({ id, bytes: copy, maxPages }, [copy.buffer])
  })
}
