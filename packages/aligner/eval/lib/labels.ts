import type { ClaimKind } from '@parallax/schema'
import { isMap, LineCounter, parseDocument } from 'yaml'
import {
  CLAIM_KINDS,
  CONFLICT_FIELDS,
  type GoldConflict,
  type GoldConflictMember,
  type GoldGroup,
  type GoldMember,
  type GoldNonConflict,
  type GoldSet,
  NON_CONFLICT_REASONS,
  SEVERITIES,
} from './types.js'

type Path = ReadonlyArray<string | number>

/**
 * Reads a set's `labels.yaml`. Throws one Error listing every problem, each as
 * `path:line:column: what was found (expected …)`.
 */
export function readLabels(text: string, path: string): GoldSet {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter })
  const problems: string[] = []
  const at = (where: Path): string => {
    const node = doc.getIn(where, true) as { range?: [number, number, number] } | undefined
    const offset = node?.range?.[0]
    if (offset === undefined) return `${path}: ${where.join('.')}`
    const { line, col } = lineCounter.linePos(offset)
    return `${path}:${line}:${col}`
  }
  for (const error of doc.errors) {
    const { line, col } = lineCounter.linePos(error.pos[0])
    problems.push(`${path}:${line}:${col}: YAML ${error.message.split('\n')[0]}`)
  }
  if (problems.length > 0) throw new Error(problems.join('\n'))
  if (!isMap(doc.contents)) throw new Error(`${path}: expected a mapping at the top level`)
  const root = doc.toJS() as Record<string, unknown>

  const str = (value: unknown, where: Path, what: string): string => {
    if (typeof value === 'string' && value.length > 0) return value
    problems.push(`${at(where)}: ${what} is ${JSON.stringify(value)} (expected a non-empty string)`)
    return ''
  }
  const oneOf = <T extends string>(
    value: unknown,
    allowed: readonly T[],
    where: Path,
    what: string,
  ): T => {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
      return value as T
    problems.push(
      `${at(where)}: ${what} is ${JSON.stringify(value)} (expected one of ${allowed.join(', ')})`,
    )
    return allowed[0]!
  }
  const list = (value: unknown, where: Path, what: string): unknown[] => {
    if (value === undefined || value === null) return []
    if (Array.isArray(value)) return value
    problems.push(`${at(where)}: ${what} is not a list (expected a YAML sequence)`)
    return []
  }
  const member = (value: unknown, where: Path): GoldMember => {
    const m = (value ?? {}) as Record<string, unknown>
    return {
      file: str(m.file, [...where, 'file'], 'file'),
      kind: oneOf<ClaimKind>(m.kind, CLAIM_KINDS, [...where, 'kind'], 'kind'),
      anchor: str(m.anchor, [...where, 'anchor'], 'anchor'),
    }
  }
  const members = (value: unknown, where: Path, min: number): GoldMember[] => {
    const items = list(value, where, 'members')
    if (items.length < min)
      problems.push(`${at(where)}: ${items.length} member(s) (expected at least ${min})`)
    return items.map((m, i) => member(m, [...where, i]))
  }
  const ids = new Set<string>()
  const id = (value: unknown, where: Path): string => {
    const s = str(value, where, 'id')
    if (s && ids.has(s)) problems.push(`${at(where)}: id ${JSON.stringify(s)} is used twice`)
    ids.add(s)
    return s
  }

  const groups: GoldGroup[] = list(root.groups, ['groups'], 'groups').map((g, i) => {
    const o = (g ?? {}) as Record<string, unknown>
    return {
      id: id(o.id, ['groups', i, 'id']),
      label: typeof o.label === 'string' ? o.label : '',
      members: members(o.members, ['groups', i, 'members'], 1),
    }
  })
  const conflicts: GoldConflict[] = list(root.conflicts, ['conflicts'], 'conflicts').map((c, i) => {
    const o = (c ?? {}) as Record<string, unknown>
    const where: Path = ['conflicts', i, 'members']
    const ms: GoldConflictMember[] = members(o.members, where, 2).map((m, j) => ({
      ...m,
      value: str(
        ((list(o.members, where, 'members')[j] ?? {}) as Record<string, unknown>).value,
        [...where, j, 'value'],
        'value',
      ),
    }))
    if (ms.length >= 2 && new Set(ms.map((m) => m.value)).size < 2)
      problems.push(`${at(where)}: every member gives the same value (expected at least two)`)
    return {
      id: id(o.id, ['conflicts', i, 'id']),
      field: oneOf(o.field, CONFLICT_FIELDS, ['conflicts', i, 'field'], 'field'),
      severity: oneOf(o.severity, SEVERITIES, ['conflicts', i, 'severity'], 'severity'),
      members: ms,
    }
  })
  const nonConflicts: GoldNonConflict[] = list(
    root.non_conflicts,
    ['non_conflicts'],
    'non_conflicts',
  ).map((n, i) => {
    const o = (n ?? {}) as Record<string, unknown>
    return {
      id: id(o.id, ['non_conflicts', i, 'id']),
      why: oneOf(o.why, NON_CONFLICT_REASONS, ['non_conflicts', i, 'why'], 'why'),
      members: members(o.members, ['non_conflicts', i, 'members'], 2),
    }
  })
  const exclusives = list(root.exclusives, ['exclusives'], 'exclusives').map((m, i) =>
    member(m, ['exclusives', i]),
  )
  const independent = list(root.independent, ['independent'], 'independent').map((g, i) =>
    list(g, ['independent', i], 'an independent report').map((f, j) =>
      str(f, ['independent', i, j], 'file'),
    ),
  )
  const digests = list(root.digests, ['digests'], 'digests').map((f, i) =>
    str(f, ['digests', i], 'file'),
  )
  const set = str(root.set, ['set'], 'set')
  if (problems.length > 0) throw new Error(problems.join('\n'))
  return {
    set,
    dir: typeof root.dir === 'string' ? root.dir : null,
    description: typeof root.description === 'string' ? root.description : null,
    independent,
    digests,
    groups,
    conflicts,
    nonConflicts,
    exclusives,
  }
}

/** Every member the labels name, in label order (a mention named twice appears twice). */
export function allMembers(gold: GoldSet): GoldMember[] {
  return [
    ...gold.groups.flatMap((g) => g.members),
    ...gold.conflicts.flatMap((c) => c.members),
    ...gold.nonConflicts.flatMap((n) => n.members),
    ...gold.exclusives,
  ]
}
