// Deterministic generated inputs for `bench:stress` and the linear-time tests: ordinary news
// paragraphs (varied words, names, numbers, quotations), as plain text or as an HTML page.

const WORDS = (
  'the a officials said talks would continue on monday after delegations met for hours in ' +
  'a closed session where negotiators discussed security guarantees ceasefire lines prisoner ' +
  'exchanges and the future of energy infrastructure while analysts warned that progress ' +
  'remained fragile given disagreements over territory sanctions reconstruction funding and ' +
  'monitoring arrangements along the front which stretches across several regions'
).split(' ')
const NAMES = ['Maria Lopez', 'John Okafor', 'Aiko Tanaka', 'Pierre Martin', 'Lena Novak']
const PLACES = ['Geneva', 'Nairobi', 'Lima', 'Oslo', 'Manila']

/** A small deterministic generator (mulberry32), so every run builds the same bytes. */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function sentence(next: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!
  const n = 8 + Math.floor(next() * 14)
  const words: string[] = []
  for (let i = 0; i < n; i++) words.push(pick(WORDS))
  const kind = next()
  const body = words.join(' ')
  if (kind < 0.2) return `"${body[0]!.toUpperCase()}${body.slice(1)}," ${pick(NAMES)} said.`
  if (kind < 0.4)
    return `In ${pick(PLACES)}, ${body} by ${Math.floor(next() * 90) + 2} percent on March ${1 + Math.floor(next() * 27)}.`
  return `${body[0]!.toUpperCase()}${body.slice(1)}.`
}

/** Paragraphs of ordinary prose, `bytes` long or a little longer. */
export function paragraphsOf(bytes: number, seed = 1): string[] {
  const next = rng(seed)
  const out: string[] = []
  let size = 0
  while (size < bytes) {
    const k = 2 + Math.floor(next() * 4)
    const parts: string[] = []
    for (let i = 0; i < k; i++) parts.push(sentence(next))
    const p = parts.join(' ')
    out.push(p)
    size += p.length + 2
  }
  return out
}

/** Plain text: a title line, then paragraphs separated by blank lines. */
export function plainText(bytes: number, seed = 1): string {
  return `Talks resume after a long night\n\n${paragraphsOf(bytes, seed).join('\n\n')}\n`
}

/** An HTML page with the same paragraphs inside `<article>`. */
export function htmlPage(bytes: number, seed = 1): string {
  const body = paragraphsOf(bytes, seed)
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('\n')
  return (
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Talks resume</title></head>\n' +
    `<body><article><h1>Talks resume after a long night</h1>\n${body}\n</article></body></html>\n`
  )
}

/**
 * An HTML page of tiny elements: paragraphs of 20 `<i>` elements, each holding one word of its
 * own (`r0`, `r1`…), `bytes` long or a little longer. About 15 bytes an element: 16 MB holds a
 * million of them, the shape that costs the most memory per input byte.
 */
export function tinyElementPage(bytes: number): string {
  const parts = [
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Tiny</title></head>\n<body><article>\n',
  ]
  let size = parts[0]!.length
  let word = 0
  while (size < bytes) {
    let p = '<p>'
    for (let k = 0; k < 20; k++) p += `<i>r${word++}</i> `
    p += '</p>\n'
    parts.push(p)
    size += p.length
  }
  parts.push('</article></body></html>\n')
  return parts.join('')
}
