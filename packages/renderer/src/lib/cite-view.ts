import type { Briefing, Citation, Source } from '@parallax/schema'
import { excerptText, stripBidiControls } from './format.js'
import { sourceLabel } from './source-label.js'
import { textFragmentUrl } from './text-fragment.js'
import type { BacklinkView, CitedSentenceRef, CiteView } from './view-types.js'

/** Citation markers as they are made, and the way back from each cited sentence to them. */
export interface CiteMaker {
  /** One marker per source of these citations, in source-number order. */
  cites(ids: readonly string[]): CiteView[]
  /** Where the markers made from now on stand: a section's title (labels the way back). */
  enter(section: string): void
  /** Drops the markers made since `enter` (their section was left out). */
  discard(): void
  /** Each citation's way back: the markers that cite it, in the order they were made. */
  backlinks(citation: string): readonly BacklinkView[]
  /** The sentence's number in its source's list of cited sentences (source order, from 1). */
  numberOf(citation: string): number
  /** The citation's sentence, resolved. */
  sentence(citation: string): CitedSentenceRef
}

/** Source order of a source's citations: by start offset, then by id number. */
export function bySourceOrder(a: Citation, b: Citation): number {
  return a.provenance.span.start - b.provenance.span.start || idNumber(a.id) - idNumber(b.id)
}

/**
 * Makes citation markers for a briefing. Markers are keyed `m1`, `m2`, … in the order they are
 * made, so the same briefing always gives the same keys.
 */
export function citeMaker(briefing: Briefing): CiteMaker {
  const sources = new Map(briefing.sources.map((source) => [source.id, source]))
  const citations = new Map(briefing.citations.map((citation) => [citation.id, citation]))
  const inAppendix = new Set<string>()
  for (const source of briefing.sources)
    for (const block of source.appendix ?? [])
      for (const mark of block.marks) inAppendix.add(mark.citation)
  const numbers = new Map<string, number>()
  const perSource = new Map<string, Citation[]>()
  for (const citation of briefing.citations) {
    const list = perSource.get(citation.source) ?? []
    list.push(citation)
    perSource.set(citation.source, list)
  }
  for (const list of perSource.values()) {
    list.sort(bySourceOrder)
    for (const [index, citation] of list.entries()) numbers.set(citation.id, index + 1)
  }

  const refs = new Map<string, CitedSentenceRef>()
  const sentence = (id: string): CitedSentenceRef => {
    const cached = refs.get(id)
    if (cached) return cached
    const citation = citations.get(id) as Citation
    const source = sources.get(citation.source) as Source
    const ref: CitedSentenceRef = {
      citation: id,
      target: `cite-${id}`,
      excerpt: excerptText(citation.excerpt),
      number: numbers.get(id) ?? 0,
      textTarget: inAppendix.has(id) ? `text-${id}` : null,
      liveHref: source.url
        ? textFragmentUrl(stripBidiControls(source.url), citation.excerpt)
        : null,
    }
    refs.set(id, ref)
    return ref
  }

  let made = 0
  let section = ''
  let pending: { citation: string; link: BacklinkView }[] = []
  const back = new Map<string, BacklinkView[]>()
  const commit = () => {
    for (const { citation, link } of pending) {
      const list = back.get(citation) ?? []
      const same = list.filter((item) => item.label.startsWith(link.label)).length
      list.push(same === 0 ? link : { ...link, label: `${link.label} (${same + 1})` })
      back.set(citation, list)
    }
    pending = []
  }

  return {
    cites(ids) {
      const groups = new Map<string, Citation[]>()
      for (const id of ids) {
        const citation = citations.get(id) as Citation
        const group = groups.get(citation.source) ?? []
        if (!group.some((item) => item.id === id)) group.push(citation)
        groups.set(citation.source, group)
      }
      const ordered = [...groups.entries()]
        .map(([id, group]) => ({ source: sources.get(id) as Source, group }))
        .sort((a, b) => a.source.number - b.source.number)
      const out: CiteView[] = []
      for (const { source, group } of ordered) {
        made += 1
        const key = `m${made}`
        const sentences = group.sort(bySourceOrder).map((citation) => sentence(citation.id))
        const first = sentences[0] as CitedSentenceRef
        for (const ref of sentences)
          pending.push({ citation: ref.citation, link: { href: `#mark-${key}`, label: section } })
        out.push({
          key,
          anchor: `mark-${key}`,
          citation: first.citation,
          number: source.number,
          target: first.target,
          sourceTarget: `source-${source.number}`,
          outlet: sourceLabel(source),
          excerpt: first.excerpt,
          textTarget: first.textTarget,
          liveHref: first.liveHref,
          sentences,
        })
      }
      return out
    },
    enter(title) {
      commit()
      section = title
    },
    discard() {
      pending = []
    },
    backlinks(citation) {
      commit()
      return back.get(citation) ?? []
    },
    numberOf: (citation) => numbers.get(citation) ?? 0,
    sentence,
  }
}

function idNumber(id: string): number {
  return Number(id.slice(1))
}
