import type { Briefing, Section, SectionKind } from '@parallax/schema'

/**
 * Sentences with words of every shape the layout meets (capitals, digits, punctuation, curly
 * quotes, dashes), so the code that shapes, measures, draws and encodes them is compiled.
 */
export const warmSentences = [
  'The talks lasted nearly six hours on the first day and 2.5 hours on the second, officials said.',
  '“Both sides were constructive,” a spokesman said — ‘difficult but businesslike’ — after 14 rounds.',
  'Ministers met on 17–18 February at 10:30 a.m.; 42% of the 1,000 drones (3,200 km away) were stopped.',
  'An envoy, quoted by two agencies, put the figure at about 5,000 people: QUIXOTIC JAZZ WALTZ, BY VEX.',
]

/** The sample statements of one warm-up briefing, each citing one sentence of the sources. */
interface Samples {
  /** Sentence `index` (wrapping round) as a statement that cites it. */
  statement(index: number): { text: string; citations: string[] }
  /** How many sample statements there are. */
  readonly count: number
}

/** Indexes `0 … count - 1`, for building one item per sample. */
const upTo = (count: number): number[] => Array.from({ length: count }, (_, index) => index)

/**
 * One sample section of each kind, in the shapes its PDF renderer draws (tables, diffs, notes,
 * "more" lines), so every renderer's code is compiled before the real briefing arrives. A new
 * section kind must add its sample here (the compiler lists what is missing).
 */
const warmSections: Record<SectionKind, (samples: Samples) => Section> = {
  'bottom-line': ({ statement, count }) => ({
    kind: 'bottom-line',
    title: 'Bottom line',
    items: upTo(count).map(statement),
  }),
  'since-last': ({ statement }) => ({
    kind: 'since-last',
    title: 'Since the last briefing',
    previous: { date: '1999-12-31', generatedAt: '1999-12-31T20:00:00Z' },
    items: (['new', 'changed', 'resolved'] as const).map((change, index) => ({
      change,
      statement: statement(index),
    })),
  }),
  conflicts: ({ statement, count }) => ({
    kind: 'conflicts',
    title: 'Where accounts differ',
    more: 2,
    rows: upTo(Math.max(1, count >> 2)).map((row) => ({
      topic: `Length of round ${row + 1}`,
      field: 'duration',
      severity: row % 2 === 0 ? 'hard' : 'soft',
      accounts: [
        { value: 'six hours', statement: statement(row) },
        { value: 'nearly 6 hours', statement: statement(row + 1) },
      ],
      note: 'The reports were published on different days.',
    })),
  }),
  quotes: ({ statement, count }) => ({
    kind: 'quotes',
    title: 'Who said what',
    speakers: upTo(Math.max(1, count >> 2)).map((speaker) => ({
      name: `Speaker ${speaker + 1}`,
      role: 'Spokesman of the ministry',
      more: 1,
      statements: [
        {
          note: 'The outlets disagree on who said it.',
          variants: [0, 1].map((variant) => {
            const { text, citations } = statement(speaker + variant)
            const cut = text.indexOf(' ', text.length >> 1)
            return {
              text,
              context: 'after the talks',
              diff: [
                { text: text.slice(0, cut), changed: false },
                { text: text.slice(cut), changed: variant === 1 },
              ],
              citations,
            }
          }),
        },
      ],
    })),
  }),
  positions: ({ statement }) => ({
    kind: 'positions',
    title: 'Positions by party',
    parties: ['First party', 'Second party'].map((party, index) => ({
      party,
      ...(index > 0 ? { more: index } : {}),
      positions: (['demand', 'refusal', 'offer'] as const).map((stance, at) => ({
        stance,
        summary: statement(index + at).text,
        wordings: [statement(index + at), statement(index + at + 1)],
      })),
    })),
  }),
  figures: ({ statement, count }) => ({
    kind: 'figures',
    title: 'Figures',
    rows: upTo(Math.max(1, count >> 2)).map((row) => ({
      label: `Drones stopped (${row + 1})`,
      value: 'about 1,000',
      agreement: (['agree', 'conflict', 'single'] as const)[row % 3] ?? 'agree',
      accounts: [
        { value: '1,000', statement: statement(row) },
        { value: 'nearly 1,000', statement: statement(row + 2) },
      ],
      summary: statement(row + 3),
    })),
  }),
  timeline: ({ statement, count }) => ({
    kind: 'timeline',
    title: 'Timeline',
    entries: upTo(Math.max(1, count >> 1)).map((entry) => ({
      date: { start: '2000-01-01', end: '2000-01-01', granularity: 'day' as const },
      label: '1 Jan 2000',
      statement: statement(entry),
      ...(entry % 3 === 0 ? { disputed: 'The reports give different dates.' } : {}),
    })),
  }),
  exclusives: ({ statement }) => ({
    kind: 'exclusives',
    title: 'Only in one report',
    more: 1,
    outlets: ['S1', 'S2'].map((source, index) => ({
      source,
      more: 1,
      items: upTo(4).map((at) => statement(index + at)),
    })),
  }),
}

/** A source of the warm-up briefing: the sample sentences as its clean text, each one cited. */
function warmSource(id: string, number: number, texts: readonly string[], first: number) {
  let clean = ''
  const marks: { start: number; end: number; citation: string }[] = []
  texts.forEach((text, index) => {
    if (clean !== '') clean += ' '
    marks.push({
      start: clean.length,
      end: clean.length + text.length,
      citation: `c${first + index}`,
    })
    clean += text
  })
  return {
    source: {
      id,
      number,
      article: `${number}`.padStart(16, '0'),
      outlet: `Outlet ${number}`,
      title: 'Title of the report',
      byline: 'By A. Writer',
      published: { status: 'known', date: '2000-01-01', datetime: null, origin: 'manifest' },
      url: 'https://example.com/story',
      format: 'plain-text',
      appendix: [{ id: 'b0', kind: 'paragraph', text: clean, marks }],
    },
    marks,
  }
}

/**
 * A briefing in every shape `renderPdf` draws: one section of each kind (`warmSections`) whose
 * statements cite two sources, a coverage table, and the sources' clean texts in the appendix
 * with the cited sentences marked. Its words are the sample sentences repeated `repeat` times.
 */
export function warmBriefing(repeat: number): Briefing {
  const texts: string[] = []
  for (let round = 0; round < repeat; round += 1) for (const s of warmSentences) texts.push(s)
  const half = Math.ceil(texts.length / 2)
  const sources = [
    warmSource('S1', 1, texts.slice(0, half), 1),
    warmSource('S2', 2, texts.slice(half), half + 1),
  ]
  const samples: Samples = {
    count: texts.length,
    statement: (index) => {
      const at = index % texts.length
      return { text: texts[at] as string, citations: [`c${at + 1}`] }
    },
  }
  const citations = texts.map((text, index) => {
    const source = index < half ? sources[0] : sources[1]
    const mark = source?.marks[index < half ? index : index - half]
    return {
      id: `c${index + 1}`,
      source: index < half ? 'S1' : 'S2',
      provenance: {
        article: source?.source.article ?? '',
        span: { start: mark?.start ?? 0, end: mark?.end ?? 0 },
      },
      excerpt: text,
    }
  })
  const topics = [
    { id: 'outcome', label: 'Outcome' },
    { id: 'figures', label: 'Figures and dates' },
  ]
  return {
    date: '2000-01-01',
    generatedAt: '2000-01-01T00:00:00Z',
    title: 'Warm-up',
    language: 'en',
    sections: Object.values(warmSections).map((make) => make(samples)),
    citations,
    sources: sources.map(({ source }) => source),
    coverage: {
      topics,
      cells: ['S1', 'S2'].flatMap((source, index) =>
        topics.map((topic, at) => ({ source, topic: topic.id, count: index + at })),
      ),
    },
    skipped: [{ file: 'notes.txt', reason: 'no article', diagnostics: [] }],
  } as Briefing
}
