import { readFileSync } from 'node:fs'
import { parse } from '/work/wt-web-parser/packages/parser/src/index.ts'
const r = await parse({ bytes: new Uint8Array(readFileSync(process.argv[2]!)), path: process.argv[2] }, { annotate: process.argv[3] === 'a' })
console.log(JSON.stringify({ title: r.article?.title, outlet: r.article?.outlet, byline: r.article?.byline, published: r.article?.published }, null, 0))
for (const b of r.article?.blocks ?? []) console.log(b.kind, '|', b.text.slice(0, 90))
for (const d of r.diagnostics) console.log('DIAG', d.severity, d.code, d.message)
if (process.argv[4]) for (const x of r.article?.removed ?? []) console.log('REMOVED', x.reason, x.detail, '|', r.text?.slice(x.span.start, Math.min(x.span.end, x.span.start + 60)).replace(/\n/g, ' '))
