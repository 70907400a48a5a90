// Hand-written day-1 / day-2 alignments of a small story (a bridge closure), with their texts.
import type {
  Alignment,
  Briefing,
  Claim,
  ClaimCluster,
  PositionClaim,
  QuantityClaim,
  QuoteClaim,
} from '@parallax/schema'

export const A1 = 'aaaaaaaaaaaaaaa1'
export const A2 = 'aaaaaaaaaaaaaaa2'
export const B1 = 'bbbbbbbbbbbbbbb1'

/** Source texts by article id: every claim span below slices to its `text`. */
export const TEXTS: Record<string, string> = {
  [A1]: 'The bridge carries 40,000 vehicles a day. Mayor Achebe said, "We will not reopen it." The city demands a full inspection.',
  [A2]: 'The bridge carries 38,000 vehicles a day. The bridge was closed on Tuesday.',
  [B1]: 'The bridge carries 40,000 vehicles a day. The city now offers a partial reopening. Engineer Diaz said, "The cracks are spreading." Repairs will cost 12 million dollars.',
}

const at = (article: string, text: string) => {
  const start = (TEXTS[article] as string).indexOf(text)
  if (start < 0) throw new Error(`not in ${article}: ${text}`)
  return { article, span: { start, end: start + text.length }, sentence: `s${start}` }
}

const quantity = (article: string, text: string, value: number): QuantityClaim => ({
  id: `${article}:quantity:${at(article, text).span.start}`,
  kind: 'quantity',
  text,
  provenance: at(article, text),
  subject: 'vehicles crossing the bridge each day',
  value,
  unit: 'vehicles',
  hedge: null,
})

const position = (
  article: string,
  text: string,
  stance: 'demand' | 'offer',
  object: string,
): PositionClaim => ({
  id: `${article}:position:${at(article, text).span.start}`,
  kind: 'position',
  text,
  provenance: at(article, text),
  party: { name: 'The city', key: 'org:city' },
  stance,
  object,
})

const quote = (
  article: string,
  text: string,
  speaker: string,
  key: string,
  words: string,
): QuoteClaim => ({
  id: `${article}:quote:${at(article, text).span.start}`,
  kind: 'quote',
  text,
  provenance: at(article, text),
  speaker: { name: speaker, key },
  quote: words,
  partial: false,
})

const cluster = (
  id: string,
  claims: Claim[],
  relation: ClaimCluster['relation'],
  label: string,
  extra: Partial<ClaimCluster> = {},
): ClaimCluster => ({
  id,
  kind: (claims[0] as Claim).kind,
  label,
  relation,
  claims: claims.map((c) => c.id),
  articles: [...new Set(claims.map((c) => c.provenance.article))],
  independent: new Set(claims.map((c) => c.provenance.article)).size,
  reasons: ['hand-written'],
  ...extra,
})

const art = (id: string, report: string) => ({
  id,
  outlet: null,
  title: null,
  published: { status: 'undetermined' as const, reason: 'test' },
  report,
})

// Day 1: two outlets disagree on the traffic figure; the city demands an inspection; the mayor's quote.
const d1Traffic1 = quantity(A1, 'The bridge carries 40,000 vehicles a day.', 40000)
const d1Traffic2 = quantity(A2, 'The bridge carries 38,000 vehicles a day.', 38000)
const d1Demand = position(
  A1,
  'The city demands a full inspection.',
  'demand',
  'reopening of the bridge after inspection',
)
const d1Quote = quote(
  A1,
  'Mayor Achebe said, "We will not reopen it."',
  'Mayor Achebe',
  'person:achebe',
  'We will not reopen it',
)

export const DAY1: Alignment = {
  articles: [art(A1, 'r1'), art(A2, 'r2')],
  reports: [
    { id: 'r1', articles: [A1], reason: 'own reporting' },
    { id: 'r2', articles: [A2], reason: 'own reporting' },
  ],
  claims: [d1Traffic1, d1Demand, d1Quote, d1Traffic2],
  clusters: [
    cluster('k1', [d1Traffic1, d1Traffic2], 'conflict', 'vehicles crossing the bridge each day', {
      severity: 'hard',
      conflicts: [
        {
          field: 'value',
          severity: 'hard',
          values: [
            { value: '40,000', claims: [d1Traffic1.id] },
            { value: '38,000', claims: [d1Traffic2.id] },
          ],
          explanation: 'counted on different days',
        },
      ],
    }),
    cluster('k2', [d1Demand], 'unique', 'the city on reopening the bridge'),
    cluster('k3', [d1Quote], 'unique', 'Achebe on reopening'),
  ],
}

// Day 2: the figure now agrees (resolved), the city's stance moved to an offer, a new quote, a new
// figure; cluster ids differ from day 1 on purpose (matching is by content).
const d2Traffic1 = quantity(A1, 'The bridge carries 40,000 vehicles a day.', 40000)
const d2Traffic2 = quantity(B1, 'The bridge carries 40,000 vehicles a day.', 40000)
const d2Offer = position(
  B1,
  'The city now offers a partial reopening.',
  'offer',
  'partial reopening of the bridge',
)
const d2Quote = quote(
  B1,
  'Engineer Diaz said, "The cracks are spreading."',
  'Engineer Diaz',
  'person:diaz',
  'The cracks are spreading',
)
const d2Quote1 = quote(
  A1,
  'Mayor Achebe said, "We will not reopen it."',
  'Mayor Achebe',
  'person:achebe',
  'We will not reopen it',
)
const d2Cost: QuantityClaim = {
  ...quantity(B1, 'Repairs will cost 12 million dollars.', 12_000_000),
  subject: 'cost of the repairs',
  unit: 'USD',
}

export const DAY2: Alignment = {
  articles: [art(A1, 'r1'), art(B1, 'r2')],
  reports: [
    { id: 'r1', articles: [A1], reason: 'own reporting' },
    { id: 'r2', articles: [B1], reason: 'own reporting' },
  ],
  claims: [d2Traffic1, d2Quote1, d2Traffic2, d2Offer, d2Quote, d2Cost],
  clusters: [
    cluster('x9', [d2Quote1], 'unique', 'Achebe on reopening'),
    cluster('x1', [d2Traffic1, d2Traffic2], 'agree', 'vehicles crossing the bridge each day'),
    cluster('x2', [d2Offer], 'unique', 'the city on reopening the bridge'),
    cluster('x3', [d2Quote], 'unique', 'Diaz on the cracks'),
    cluster('x4', [d2Cost], 'unique', 'cost of the repairs'),
  ],
}

/** A day-2 briefing as the composition would give it: sources, one citation, a bottom line. */
export function day2Briefing(): Briefing {
  return {
    date: '2026-03-05',
    generatedAt: '2026-03-05T18:00:00Z',
    title: 'Harbour Bridge closure',
    language: 'en',
    sections: [
      {
        kind: 'bottom-line',
        title: 'Bottom line',
        items: [{ text: 'The bridge carries 40,000 vehicles a day.', citations: ['c1'] }],
      },
      {
        kind: 'exclusives',
        title: 'Only in one report',
        outlets: [
          {
            source: 'S2',
            items: [{ text: 'Repairs will cost 12 million dollars.', citations: ['c1'] }],
          },
        ],
      },
    ],
    citations: [
      { id: 'c1', source: 'S1', provenance: d2Traffic1.provenance, excerpt: d2Traffic1.text },
    ],
    sources: [A1, B1].map((article, i) => ({
      id: `S${i + 1}`,
      number: i + 1,
      article,
      outlet: null,
      title: null,
      byline: null,
      published: { status: 'undetermined', reason: 'test' },
      url: null,
      format: 'plain-text',
    })),
    coverage: { topics: [], cells: [] },
    skipped: [],
  }
}
