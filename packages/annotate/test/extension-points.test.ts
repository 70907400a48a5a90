/**
 * The extension points, used from outside the package (only its public entry point): a speaker
 * strategy and an annotation step added to the built-in lists. The README's "Adding a speaker
 * strategy" and "Adding an annotation step" sections show these same two.
 */
import { describe, expect, it } from 'vitest'
import {
  type AnnotationStep,
  annotate,
  builtinAnnotationSteps,
  builtinSpeakerStrategies,
  type QuantityDraft,
  type SpeakerStrategy,
} from '../src/index.js'
import { paragraphInput } from './support/cases.js'

/** "Okafor’s message was short: “…”": the owner of a statement noun before the quotation. */
const statementOwner: SpeakerStrategy = {
  id: 'statement-owner',
  find(site, context) {
    const st = site.state
    const mention = st.mentions.find(
      (m) =>
        m.possessive &&
        m.start >= site.first.start &&
        m.end < site.quote.open &&
        context.entityKind(m.key) === 'person' &&
        /^['’]s?\s+(?:message|statement|reply|verdict)\b/u.test(st.ctx.text.slice(m.end)),
    )
    if (!mention) return undefined
    return {
      speaker: context.speakerOf(site.block, {
        type: 'mention',
        mention,
        start: mention.start,
        end: mention.end,
      }),
    }
  },
}

/** Fractions written as words before "of" ("half of the homes", "a quarter of voters"). */
const fractions: AnnotationStep = {
  id: 'fractions',
  run(article, drafts) {
    const values: Record<string, number> = { half: 0.5, quarter: 0.25, 'a third': 1 / 3 }
    const quantities = article.contexts.map((ctx, b) => {
      const found: QuantityDraft[] = [...(drafts.quantities?.[b] ?? [])]
      for (const m of ctx.text.matchAll(/\b(half|a quarter|a third)(?= of\b)/giu)) {
        const word = m[1]!.toLowerCase().replace(/^a (?=quarter)/u, '')
        found.push({
          start: m.index,
          end: m.index + m[0].length,
          value: values[word]!,
          unit: null,
          hedge: null,
          ordinal: false,
        })
      }
      return found.sort((x, y) => x.start - y.start)
    })
    return { quantities }
  },
}

describe('adding a speaker strategy', () => {
  const text =
    'Grace Okafor, the mayor, visited the flooded district on Monday.\n\nOkafor’s message was short: “We will rebuild the bridge before winter.”'

  it('the built-in strategies find no speaker for the owner of a statement', () => {
    const [q] = annotate(paragraphInput(text, '2025-03-04')).quotations
    expect(q?.speaker.status).toBe('unknown')
  })

  it('a strategy put before the built-ins attributes it', () => {
    const a = annotate(paragraphInput(text, '2025-03-04'), {
      speakerStrategies: [statementOwner, ...builtinSpeakerStrategies],
    })
    const q = a.quotations[0]!
    expect(q.speaker).toMatchObject({ status: 'attributed', via: 'name' })
    const entity = a.entities.find(
      (e) => q.speaker.status === 'attributed' && e.id === q.speaker.entity,
    )
    expect(entity?.key).toBe('person:okafor')
  })
})

describe('adding an annotation step', () => {
  const text = 'Half of the 40 homes in the valley lost power, and a quarter of them flooded.'

  it('the built-in steps do not read fractions', () => {
    const a = annotate(paragraphInput(text, '2025-03-04'))
    expect(a.quantities.map((n) => n.text)).toEqual(['40 homes'])
  })

  it('a step added after the built-ins adds its quantities, with ids in text order and exact spans', () => {
    const a = annotate(paragraphInput(text, '2025-03-04'), {
      steps: [...builtinAnnotationSteps, fractions],
    })
    expect(a.quantities.map((n) => [n.id, n.text, n.value])).toEqual([
      ['n0', 'Half', 0.5],
      ['n1', '40 homes', 40],
      ['n2', 'a quarter', 0.25],
    ])
    for (const n of a.quantities) expect(text.slice(n.span.start, n.span.end)).toBe(n.raw)
  })

  it('a list without the quotations step gives no quotations', () => {
    const a = annotate(paragraphInput('“We are ready,” she said.', null), {
      steps: builtinAnnotationSteps.filter((s) => s.id !== 'quotations'),
    })
    expect(a.quotations).toEqual([])
  })
})
