import type { Actor, ConflictDetail, ConflictSeverity } from '@parallax/schema'
import { firstName, foldName, sameNameSpelling } from '../lexical/names.js'
import { words } from '../lexical/words.js'
import { isAttribute } from './attribute.js'
import { differentOccurrences } from './earlier.js'
import { eventDateFindings } from './event-conflicts.js'
import { type ClaimFeatures, datedToItsDay } from './features.js'
import { differentMeasures } from './measures.js'
import { qualifiedFigures, scopedFigures, shareScopes } from './scope.js'
import { saidBy, speaksFor } from './speakers.js'
import { dateRelation, figuresCompatible, sameActor, showFigure } from './values.js'

/** The conflicts a cluster's members show, and the differences that are not conflicts. */
export interface ConflictFindings {
  readonly conflicts: ConflictDetail[]
  readonly notes: string[]
}

/** Groups member claims by a displayed value: [{ value, claims }], in first-seen order. */
function group(entries: ReadonlyArray<[string, string]>): ConflictDetail['values'] {
  const map = new Map<string, string[]>()
  for (const [value, claim] of entries) {
    const list = map.get(value) ?? []
    if (!list.includes(claim)) list.push(claim)
    map.set(value, list)
  }
  return [...map].map(([value, claims]) => ({ value, claims }))
}

function detail(
  field: string,
  severity: ConflictSeverity,
  entries: ReadonlyArray<[string, string]>,
  explanation?: string,
): ConflictDetail | null {
  const values = group(entries)
  if (values.length < 2) return null
  const d: ConflictDetail = { field, severity, values }
  if (explanation) d.explanation = explanation
  return d
}

function publishedApart(members: readonly ClaimFeatures[]): string | undefined {
  const days = [...new Set(members.map((m) => m.published).filter((d): d is string => !!d))].sort()
  return days.length > 1
    ? `the articles were published on different days (${days.join(', ')})`
    : undefined
}

/**
 * Finds what the members of one cluster disagree on: figures beyond their hedges, dates, the
 * speaker of the same words, first names of one person; and records as notes what only
 * looks like a conflict (spellings of one name, an estimate before an event and the count after
 * it, a plan and its outcome in articles of different days).
 */
export function findConflicts(members: readonly ClaimFeatures[]): ConflictFindings {
  const conflicts: ConflictDetail[] = []
  const notes: string[] = []
  const push = (d: ConflictDetail | null) => {
    if (d) conflicts.push(d)
  }
  const kind = members[0]!.claim.kind
  const apart = publishedApart(members)

  const figures =
    kind === 'quantity'
      ? members.flatMap((m) => (m.claim.kind === 'quantity' ? [m.claim] : []))
      : null
  const scoped = figures ? scopedFigures(figures, showFigure) : null
  const qualified = figures ? qualifiedFigures(figures, showFigure) : null
  // '£42 million' / 'up to £50m including add-ons': one fact, one figure counting more.
  if (qualified)
    push(detail('scope', 'soft', qualified, 'one figure says what it includes, the other does not'))
  // Figures at different scopes ('households with a mortgage' / '… with variable-rate
  // mortgages') are one soft conflict, not an estimate and its outcome nor a contradiction.
  // '95% of the farmland' / '95% of the country': one share of different wholes.
  const shares = figures && !scoped ? shareScopes(figures, showFigure) : null
  if (shares) push(detail('scope', 'soft', shares, 'one share given of different wholes'))
  if (scoped) push(detail('scope', 'soft', scoped, 'one figure given at different scopes'))
  else if (kind === 'quantity') {
    const q = members.flatMap((m) => (m.claim.kind === 'quantity' ? [{ m, c: m.claim }] : []))
    const outcomes = q.filter((x) => !x.c.expected)
    const plans = q.filter((x) => x.c.expected)
    // A cluster with a figure written as a count as of a day ('12,400 acres by Monday', '10 per
    // cent contained on Monday' in Monday's article) is a running count: figures of articles of
    // different days, not dated to one occasion, are its updates ('15,300 acres' in the next
    // day's digest).
    // A figure that names a property of its thing ('a 48-hour strike') is no running count.
    const running = q.some((x) => x.m.asOf || (datedToItsDay(x.m) && !isAttribute(x.c)))
    let updated = false
    const incompatible = (list: typeof q) =>
      list.some((x) =>
        list.some((y) => {
          if (figuresCompatible(x.c, y.c) || differentMeasures(x.m, y.m)) return false
          if (differentOccurrences(x.m, y.m)) return false
          // …unless both figures are dated to one day: one occasion ('a fee … on Thursday').
          const oneOccasion =
            !!x.m.when && !!y.m.when && dateRelation(x.m.when, y.m.when) !== 'disjoint'
          if (x.m.published !== y.m.published && running && !oneOccasion) {
            updated = true
            return false
          }
          return true
        }),
      )
    if (!incompatible(outcomes) && updated) {
      notes.push(
        `figures reported as of different days (${[...new Set(outcomes.map((x) => x.m.published).filter((d): d is string => !!d))].sort().join(', ')}) change with time: not a conflict`,
      )
    } else if (incompatible(outcomes)) {
      // A figure every other figure fits ('at least nine' beside 'eleven' and '83') contradicts
      // none of them: it takes no side.
      const sides = outcomes.filter((x) =>
        outcomes.some(
          (y) =>
            !figuresCompatible(x.c, y.c) &&
            !differentMeasures(x.m, y.m) &&
            !differentOccurrences(x.m, y.m),
        ),
      )
      push(
        detail(
          'value',
          'hard',
          sides.map((x) => [showFigure(x.c), x.c.id]),
          apart,
        ),
      )
    }
    for (const p of plans) {
      const later = outcomes.filter((o) => !figuresCompatible(p.c, o.c))
      if (later.length === 0) continue
      if (later.every((o) => !p.m.published || !o.m.published || p.m.published < o.m.published)) {
        notes.push(
          `an estimate (${showFigure(p.c)}${p.m.published ? `, published ${p.m.published}` : ''}) and the figure reported ${later.some((o) => o.m.published && o.m.published > (p.m.published ?? '')) ? 'later' : 'after the event'} (${[...new Set(later.map((o) => showFigure(o.c)))].join(', ')}): not a conflict`,
        )
      } else {
        push(
          detail(
            'value',
            'hard',
            [
              [showFigure(p.c), p.c.id],
              ...later.map((o): [string, string] => [showFigure(o.c), o.c.id]),
            ],
            apart,
          ),
        )
      }
    }
  }

  if (kind === 'event') {
    const dates = eventDateFindings(members)
    for (const n of dates.notes) notes.push(n)
    if (dates.conflict) push(detail('when', 'hard', dates.conflict, apart))
  }

  if (kind === 'quote' || kind === 'characterisation') {
    // A party (a state, a side) speaks through its people, often jointly ('both Moscow and Kyiv
    // described the talks as difficult'): words given to a party are no one person's words.
    const spoken = members.flatMap((m) => {
      const actor = m.actor ?? saidBy(m)
      return actor && !actor.key?.startsWith('party:') ? [{ m, actor }] : []
    })
    const groups: Array<typeof spoken> = []
    const distinct = [...new Map(spoken.map((s) => [`${s.actor.key}|${s.actor.name}`, s])).values()]
    for (const s of distinct) {
      const g = groups.find((list) =>
        list.some(
          (t) =>
            sameActor(t.actor, s.actor) ||
            sameKey(t.actor, s.actor) ||
            speaksFor(t, s) ||
            speaksFor(s, t),
        ),
      )
      if (g) g.push(s)
      else groups.push([s])
    }
    if (
      groups.length > 1 &&
      groups.some((g, i) => groups.slice(i + 1).some((h) => sameWords(g, h)))
    ) {
      const field = kind === 'quote' ? 'speaker' : 'by'
      push(
        detail(
          field,
          'hard',
          spoken.map((s) => [s.actor.name, s.m.claim.id]),
          'the same words are attributed to different people',
        ),
      )
    }
  }

  // Name forms of one actor across the members (roles are compared across clusters: roles.ts).
  const byKey = new Map<string, Array<{ field: string; actor: Actor; claim: string }>>()
  for (const m of members)
    for (const { field, actor } of m.named ? [{ field: 'speaker', actor: m.named }] : m.actors) {
      const key = actor.key ?? `name:${foldName(actor.name)}`
      const list = byKey.get(key) ?? []
      list.push({ field, actor, claim: m.claim.id })
      byKey.set(key, list)
    }
  for (const list of [...byKey.values()]) {
    const forms = [...new Set(list.map((x) => x.actor.name))]
    if (forms.length > 1) {
      const firsts = list.filter((x) => firstName(x.actor.name))
      const names = [...new Set(firsts.map((x) => firstName(x.actor.name)!))]
      const clash = names.some((x) => names.some((y) => !sameNameSpelling(x, y)))
      // One value per first name, however spelled: the spelling variants of one name stay on
      // one side of the conflict.
      const shown = (name: string) =>
        firsts.find((y) => sameNameSpelling(firstName(y.actor.name)!, firstName(name)!))!.actor.name
      if (clash)
        push(
          detail(
            `${list[0]!.field}.name`,
            'hard',
            firsts.map((x) => [shown(x.actor.name), x.claim]),
            'different first names for one person',
          ),
        )
      else notes.push(`spelling variants of one name: ${forms.join(' / ')}`)
    }
  }

  if (kind === 'position') {
    // One side per extent (a figure, 'all', 'parts', or none), shown by its first wording: the
    // outlets' many wordings of one position are not each a side of a conflict.
    const objects = members.map((m) => (m.claim.kind === 'position' ? m.claim.object : ''))
    const extents = objects.map(extentOf)
    const shown = new Map<string, string>()
    extents.forEach((e, i) => {
      if (e && !shown.has(e)) shown.set(e, objects[i]!)
    })
    const stances = new Set(members.map((m) => (m.claim.kind === 'position' ? m.claim.stance : '')))
    if (shown.size > 1 && stances.size === 1) {
      // A wording that states no extent takes no side.
      const sides = members.flatMap(
        (m, i): Array<[string, string]> =>
          extents[i] ? [[shown.get(extents[i]!)!, m.claim.id]] : [],
      )
      push(detail('object', 'soft', sides, 'the same position stated at a different scope'))
    }
  }
  return { conflicts, notes: [...new Set(notes)] }
}

function sameKey(a: Actor, b: Actor): boolean {
  return !!a.key && a.key === b.key
}

const CLAUSE =
  /\b(?:despite|while|because|although|though|which|who|whose|but|where|when|after|before|since|until|unless)\b/i

/** Words that state how much of a thing a position covers, by the extent they give. */
const EXTENT: Readonly<Record<string, string>> = {
  all: 'all',
  entire: 'all',
  whole: 'all',
  full: 'all',
  every: 'all',
  part: 'part',
  parts: 'part',
  some: 'part',
  portion: 'part',
  share: 'part',
}

/**
 * The extent a position's object states: its figures ("20%"), its words of extent ('all',
 * 'parts') and the proper names of what it covers (not a name that opens it: that is who is
 * asked, 'Kyiv relinquish…'), or '' when it states none. Two wordings with one extent are one
 * side however worded ('the eastern Donbas region', 'Ukraine cede the Donbas').
 */
export function extentOf(whole: string): string {
  // Only the object itself: a clause after it ('… despite Russian forces not controlling all
  // of it') says something else.
  const object = whole.split(CLAUSE)[0]!
  const opening = /^\s*\p{Lu}\p{L}*(?:['’]s)?/u.exec(object)?.[0].length ?? 0
  const names = [...object.slice(opening).matchAll(/\b\p{Lu}\p{L}+/gu)].map((m) => m[0])
  const marks = [
    ...names,
    ...(object.match(/\d+(?:\.\d+)?\s*(?:%|percent|per cent)?/g) ?? []).map((m) =>
      m.replace(/\s+/g, '').replace(/percent$/, '%'),
    ),
    ...words(object).flatMap((w) => {
      const e = EXTENT[w.toLowerCase()]
      return e ? [e] : []
    }),
  ]
  return [...new Set(marks.map((m) => m.toLowerCase()))].sort().join('|')
}

/**
 * True when some member of `g` and some member of `h` give the same words: the same descriptors
 * for a characterisation; for a quote, at least two content words, nine in ten of the shorter
 * wording found in the other. Shared adjectives ("substantive") are not the same words.
 */
function sameWords(
  g: ReadonlyArray<{ m: ClaimFeatures }>,
  h: ReadonlyArray<{ m: ClaimFeatures }>,
): boolean {
  return g.some(({ m: x }) =>
    h.some(({ m: y }) => {
      const cx = x.claim
      const cy = y.claim
      if (cx.kind === 'characterisation' && cy.kind === 'characterisation')
        return descriptorKey(cx.descriptors) === descriptorKey(cy.descriptors)
      const a = new Set(x.lemmas)
      const b = new Set(y.lemmas)
      const [small, large] = a.size <= b.size ? [a, b] : [b, a]
      if (small.size < 2) return false
      let hit = 0
      for (const w of small) if (large.has(w)) hit++
      return hit / small.size >= 0.9
    }),
  )
}

/** Descriptors as a comparable key: lower-cased words, sorted. */
export function descriptorKey(descriptors: readonly string[]): string {
  return [...new Set(descriptors.flatMap((d) => words(d)))].sort().join(' ')
}
