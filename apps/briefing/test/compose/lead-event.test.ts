import type { Article, Briefing, EntityKind, Section } from '@parallax/schema'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ComposeInput } from '../../src/lib/compose/index.js'
import { composeBriefing } from '../../src/lib/compose/index.js'
import { day, inventedStory } from './invented-story.js'

/**
 * An invented bridge collapse (no real outlet, no seed). Three reports give the count of people
 * injured, two the collapse itself: on reports alone the count would open the bottom line. A judge
 * named to lead the inquiry is the name most articles give, but no sentence about the collapse
 * names him: a headline would not list him. A wire's dateline in capitals names the town too.
 */
const tuesday = day('2026-04-14')
const base = inventedStory(
  '2026-04-15',
  [
    {
      outlet: 'Harbour Daily',
      sentences: [
        'A road bridge over the Vesna river collapsed in Dorvik on Tuesday morning.',
        'Two people were injured, the police said.',
        'Judge Tomas Feld will lead the inquiry into the collapse.',
        'Mayor Ana Brek said the town was in shock.',
      ],
      dates: [{ find: 'Tuesday', value: tuesday }],
    },
    {
      outlet: 'Lakeside Post',
      sentences: [
        'DORVIK - Mayor Ana Brek said the bridge in Dorvik fell into the river on Tuesday.',
        'The Vesna bridge in Dorvik fell into the river on Tuesday.',
        'Two people were hurt.',
        'Judge Tomas Feld was named to lead an inquiry.',
      ],
      dates: [{ find: 'Tuesday', value: tuesday }],
    },
    {
      outlet: 'Coast Radio',
      sentences: [
        'Two people were injured when a bridge gave way.',
        'Judge Tomas Feld will run the inquiry.',
      ],
    },
  ],
  [
    ...[
      [0, 'A road bridge over the Vesna river collapsed'],
      [1, 'The Vesna bridge in Dorvik fell'],
      [1, 'the bridge in Dorvik fell into the river on Tuesday'],
    ].map(([article, find]) => ({
      article: article as number,
      find: find as string,
      kind: 'event' as const,
      event: 'bridge collapse',
      when: tuesday,
      where: null,
      participants: [],
    })),
    ...[
      [0, 'Two people were injured'],
      [1, 'Two people were hurt'],
      [2, 'Two people were injured'],
    ].map(([article, find]) => ({
      article: article as number,
      find: find as string,
      kind: 'quantity' as const,
      subject: 'people injured',
      value: 2,
      unit: 'person',
      hedge: null,
    })),
  ],
  [
    { claims: [0, 1, 2], kind: 'event', label: 'bridge collapse (2026-04-14)' },
    { claims: [3, 4, 5], kind: 'quantity' },
  ],
)

/** Adds an entity for each name an article's text contains, with a mention of each occurrence. */
function withEntities(
  input: ComposeInput,
  names: ReadonlyArray<{ name: string; kind: EntityKind }>,
): ComposeInput {
  const articles = input.articles.map((article): Article => {
    const text = input.texts.get(article.id) as string
    const entities: Article['annotations']['entities'] = []
    const mentions: Article['annotations']['mentions'] = []
    for (const { name, kind } of names) {
      let at = text.indexOf(name)
      if (at < 0) continue
      const id = `e${entities.length}`
      entities.push({
        id,
        kind,
        name,
        key: `${kind}:${name.toLowerCase()}`,
        forms: [name],
        roles: [],
      })
      while (at >= 0) {
        mentions.push({
          id: `m${mentions.length}`,
          block: 'b0',
          span: { start: at, end: at + name.length },
          raw: name,
          text: name,
          entity: id,
          form: 'full',
        })
        at = text.indexOf(name, at + name.length)
      }
    }
    return { ...article, annotations: { ...article.annotations, entities, mentions } }
  })
  return { ...input, articles }
}

const input = withEntities(base, [
  { name: 'Tomas Feld', kind: 'person' },
  { name: 'Ana Brek', kind: 'person' },
  { name: 'Dorvik', kind: 'place' },
  { name: 'DORVIK', kind: 'place' },
  { name: 'Vesna', kind: 'place' },
  { name: 'Harbour Daily', kind: 'organization' },
])

let briefing: Briefing
const section = <K extends Section['kind']>(kind: K) =>
  briefing.sections.find((s) => s.kind === kind) as Extract<Section, { kind: K }>
beforeAll(() => {
  briefing = composeBriefing(input)
})

describe('a briefing that opens on the story’s own event', () => {
  it('opens the bottom line on the collapse, where and when, though more reports give the count', () => {
    const items = section('bottom-line').items
    expect(items[0]?.text).toMatch(/^(?:A road|The Vesna) bridge .*Dorvik.* on Tuesday/)
    // Cited to both reports of the collapse, not only the sentence shown.
    const sources = new Set(
      items[0]?.citations.map((id) => briefing.citations.find((c) => c.id === id)?.source),
    )
    expect(sources.size).toBe(2)
    expect(items.some((item) => /Two people/.test(item.text))).toBe(true)
  })

  it('never opens on a sentence that reports what someone said about the event', () => {
    expect(section('bottom-line').items[0]?.text).not.toMatch(/said/)
  })

  it('titles it by the event and its place, without a name the event’s sentences never give', () => {
    expect(briefing.title).toMatch(/^Bridge collapse in Dorvik\b/)
    expect(briefing.title).not.toMatch(/Tomas Feld|DORVIK|Harbour Daily/)
  })
})
