// Writes the binary and encoding fixtures under test/fixtures/ (run: node scripts/make-fixtures.mjs).
// They are generated so that what each one contains is written down here, byte for byte.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('../test/fixtures/', import.meta.url).pathname
const put = (dir, name, bytes, extra = {}) => {
  mkdirSync(join(root, dir), { recursive: true })
  writeFileSync(join(root, dir, name), bytes)
  for (const [file, value] of Object.entries(extra))
    writeFileSync(join(root, dir, file), `${JSON.stringify(value, null, 2)}\n`)
}

const article = [
  'Harbour Ferry Returns After Winter Repairs',
  '',
  'The harbour ferry resumed service on Monday after a three-month refit, the port authority said.',
  '',
  '“Passengers have waited long enough,” said the café owner Renée Dubois, whose shop faces the pier.',
  '',
].join('\n')

const utf16be = (text) => {
  const le = Buffer.from(text, 'utf16le')
  const be = Buffer.alloc(le.length)
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]
    be[i + 1] = le[i]
  }
  return be
}

put('safety-empty', 'input.txt', Buffer.alloc(0))
put('safety-whitespace', 'input.txt', Buffer.from(' \n\t\n  \n'))
put(
  'safety-binary',
  'input.bin',
  Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3,
  ]),
)
put(
  'safety-utf8-bom',
  'input.txt',
  Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(article)]),
)
put(
  'safety-utf16le-bom',
  'input.txt',
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article, 'utf16le')]),
)
put('safety-utf16be-bom', 'input.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(article)]))
put('safety-utf16le-no-bom', 'input.txt', Buffer.from(article, 'utf16le'))
put('safety-crlf', 'input.txt', Buffer.from(article.replace(/\n/g, '\r\n')))
// Windows-1252: curly quotes are bytes 0x93/0x94, é is 0xE9 (not valid UTF-8).
put(
  'safety-windows-1252',
  'input.txt',
  Buffer.from(article.replace(/“/g, '\u0093').replace(/”/g, '\u0094'), 'latin1'),
)
put('safety-oversized', 'input.txt', Buffer.from(article), { 'options.json': { maxBytes: 64 } })
put(
  'safety-undecodable',
  'input.txt',
  Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from('Title line\n\nBad byte: '),
    Buffer.from([0xc3, 0x28]),
    Buffer.from(' here.\n'),
  ]),
)

// A two-page PDF (Helvetica, one text line per Td), written by hand: a word hyphenated at a line
// end, a true compound at a line end, and a sentence running on from page 1 to page 2.
const pages = [
  [
    'Volunteers Count Record Numbers of Migrating Cranes',
    '',
    'Volunteers along the Baltic coast counted more than 60,000 common cranes',
    'on Saturday, the highest number since the survey began in 1998, the organi-',
    'sers said. Most birds rested in shallow lagoons before a long-',
    'distance flight south, and observers expect the count to rise as the',
  ],
  [
    'weather turns colder later this week.',
    '',
    'Conservation groups credit wetland restoration for the increase.',
  ],
]
const esc = (s) => s.replace(/[\\()]/g, (c) => `\\${c}`)
const objects = []
const add = (body) => objects.push(body) // object number = index + 1
add('<< /Type /Catalog /Pages 2 0 R >>')
add(null) // pages, filled below
add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
const kids = []
for (const lines of pages) {
  const ops = ['BT', '/F1 11 Tf', '14 TL', '72 760 Td']
  for (const line of lines) ops.push(line === '' ? 'T*' : `(${esc(line)}) Tj T*`)
  ops.push('ET')
  const stream = ops.join('\n')
  add(`<< /Length ${Buffer.byteLength(stream)} >>\nstream\n${stream}\nendstream`)
  const contents = objects.length
  add(
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contents} 0 R >>`,
  )
  kids.push(`${objects.length} 0 R`)
}
objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${kids.length} >>`
let pdf = '%PDF-1.4\n'
const offsets = []
objects.forEach((body, i) => {
  offsets.push(Buffer.byteLength(pdf))
  pdf += `${i + 1} 0 obj\n${body}\nendobj\n`
})
const xref = Buffer.byteLength(pdf)
pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
for (const o of offsets) pdf += `${String(o).padStart(10, '0')} 00000 n \n`
pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
put('pdf-real', 'input.pdf', Buffer.from(pdf, 'latin1'))
put(
  'pdf-broken',
  'input.pdf',
  Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n', 'latin1'),
)
