import type { SetScore } from '../score.js'
import { HELD_OUT } from './held-out.js'
import { prf, ratio } from './ratio.js'
import { NON_CONFLICT_REASONS } from './types.js'

/** A set that could not be scored, with the reason. */
export interface SetFailure {
  readonly set: string
  readonly error: string
}

/** Totals over scored sets: counts added up, then the ratios (micro-averages). */
export function totals(scores: readonly SetScore[]) {
  const sum = (f: (s: SetScore) => number) => scores.reduce((n, s) => n + f(s), 0)
  const links = prf(
    sum((s) => s.links.tp),
    sum((s) => s.links.fp),
    sum((s) => s.links.fn),
  )
  const goldConflicts = sum((s) => s.conflicts.gold)
  return {
    sets: scores.length,
    links,
    conflicts: {
      gold: goldConflicts,
      found: sum((s) => s.conflicts.found),
      foundWithSeverity: sum((s) => s.conflicts.foundWithSeverity),
      predicted: sum((s) => s.conflicts.predicted),
      correct: sum((s) => s.conflicts.correct),
      recall: ratio(
        sum((s) => s.conflicts.found),
        goldConflicts,
      ),
      severityRecall: ratio(
        sum((s) => s.conflicts.foundWithSeverity),
        goldConflicts,
      ),
      precision: ratio(
        sum((s) => s.conflicts.correct),
        sum((s) => s.conflicts.predicted),
      ),
    },
    falseAlarms: Object.fromEntries(
      NON_CONFLICT_REASONS.map((why) => [
        why,
        {
          cases: sum((s) => s.falseAlarms[why].cases),
          flagged: sum((s) => s.falseAlarms[why].flagged),
        },
      ]),
    ),
    exclusives: {
      gold: sum((s) => s.exclusives.gold),
      recalled: sum((s) => s.exclusives.recalled),
      recall: ratio(
        sum((s) => s.exclusives.recalled),
        sum((s) => s.exclusives.gold),
      ),
    },
  }
}

const num = (x: number | null): string => (x === null ? '–' : x.toFixed(2))

/** The per-set table, a total row, then what each set missed, for people. */
export function formatTable(scores: readonly SetScore[], failures: readonly SetFailure[]): string {
  const header = [
    'set',
    'art',
    'claims',
    'matched',
    'link P',
    'link R',
    'link F1',
    'confl R',
    'R+sev',
    'confl P',
    'false alarms (spell/est/time)',
    'excl R',
    'reports P/R',
    'digests',
  ]
  const rows: string[][] = scores.map((s) => [
    s.set,
    String(s.articles),
    String(s.claims),
    `${s.mentions.matched}/${s.mentions.labelled}`,
    num(s.links.precision),
    num(s.links.recall),
    num(s.links.f1),
    `${num(s.conflicts.recall)} (${s.conflicts.found}/${s.conflicts.gold})`,
    num(s.conflicts.severityRecall),
    `${num(s.conflicts.precision)} (${s.conflicts.correct}/${s.conflicts.predicted})`,
    NON_CONFLICT_REASONS.map((w) => `${s.falseAlarms[w].flagged}/${s.falseAlarms[w].cases}`).join(
      ' ',
    ),
    `${num(s.exclusives.recall)} (${s.exclusives.recalled}/${s.exclusives.gold})`,
    `${num(s.reports.precision)}/${num(s.reports.recall)}`,
    `${s.reports.digestsFlagged}/${s.reports.digests}`,
  ])
  if (scores.length > 1) {
    const t = totals(scores)
    rows.push([
      'total',
      String(scores.reduce((n, s) => n + s.articles, 0)),
      String(scores.reduce((n, s) => n + s.claims, 0)),
      `${scores.reduce((n, s) => n + s.mentions.matched, 0)}/${scores.reduce((n, s) => n + s.mentions.labelled, 0)}`,
      num(t.links.precision),
      num(t.links.recall),
      num(t.links.f1),
      `${num(t.conflicts.recall)} (${t.conflicts.found}/${t.conflicts.gold})`,
      num(t.conflicts.severityRecall),
      `${num(t.conflicts.precision)} (${t.conflicts.correct}/${t.conflicts.predicted})`,
      NON_CONFLICT_REASONS.map((w) => {
        const f = t.falseAlarms[w]!
        return `${f.flagged}/${f.cases}`
      }).join(' '),
      `${num(t.exclusives.recall)} (${t.exclusives.recalled}/${t.exclusives.gold})`,
      '',
      '',
    ])
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)]
  out.push('', 'Aim: link F1 >= 0.85, conflict recall >= 0.9, no false alarm on spelling.')
  for (const s of scores) out.push(...details(s))
  for (const f of failures) out.push('', `${f.set}: NOT SCORED`, indent(f.error))
  return `${out.join('\n')}\n`
}

function details(s: SetScore): string[] {
  if (HELD_OUT.has(s.set))
    return ['', `${s.set}: held out, details not shown (see lib/held-out.ts)`]
  const out: string[] = []
  const add = (title: string, items: readonly string[]) => {
    if (items.length > 0) out.push(`  ${title}: ${items.join('; ')}`)
  }
  add('missed conflicts', s.conflicts.missed)
  add('conflicts found with another severity', s.conflicts.wrongSeverity)
  add(
    'false alarms',
    NON_CONFLICT_REASONS.flatMap((w) => s.falseAlarms[w].ids.map((id) => `${id} (${w})`)),
  )
  add(
    'predicted conflicts matching no label',
    s.conflicts.falsePositives.map((p) => `${p.cluster} ${p.field}: ${p.values.join(' | ')}`),
  )
  add('exclusives missed', s.exclusives.missed)
  add(
    'labelled mentions with no claim',
    s.mentions.unmatched.map((m) => `${m.file} ${m.kind} "${m.anchor}"`),
  )
  return out.length > 0 ? ['', `${s.set}:`, ...out] : []
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n')
}
