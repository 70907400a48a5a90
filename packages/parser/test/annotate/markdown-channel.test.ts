import { describe, expect, it } from 'vitest'
import { parse } from '../../src/index.js'

/** A channel written in Markdown emphasis is read from the cleaned text, with the emphasis gone. */
describe('annotate: channel set in Markdown emphasis', () => {
  it('reads “told the *Nordic Ledger*” as the channel, not a person', async () => {
    const md = [
      '# Port strike ends',
      '',
      'Published 2 May 2025',
      '',
      'Union leader Ana Ribeiro met the port authority on Friday. She told the *Nordic Ledger* that the deal was “fair to both sides,” and that work would resume at dawn.',
      '',
    ].join('\n')
    const { article } = await parse({ bytes: new TextEncoder().encode(md), path: 'strike.md' })
    const q = article!.annotations.quotations
    expect(q.map((x) => [x.text, x.cue, x.channel])).toEqual([
      ['fair to both sides,', 'told', 'Nordic Ledger'],
    ])
    const speaker = q[0]!.speaker
    expect(speaker.status === 'attributed' ? speaker.name : speaker).toBe('Ana Ribeiro')
  })

  it('does not take “told the Ukrainian leader” for a channel', async () => {
    const md =
      'President Ana Ribeiro phoned Kyiv on Friday. She told the Ukrainian leader that aid would continue “for as long as needed.”\n'
    const { article } = await parse({ bytes: new TextEncoder().encode(md), path: 'call.md' })
    const q = article!.annotations.quotations
    expect(q.map((x) => [x.text, x.cue, x.channel ?? null])).toEqual([
      ['for as long as needed.', 'told', null],
    ])
  })
})
