export { renderHtml } from './lib/html/render-html.js'
export type { PageSize, RenderHtmlOptions, RenderOptions, RenderPdfOptions } from './lib/options.js'
export { renderPdf } from './lib/pdf/render-pdf.js'
