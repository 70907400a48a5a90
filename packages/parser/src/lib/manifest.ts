import { isAbsolute, normalize } from 'node:path'
import { type Diagnostic, ManifestEntry, validate } from '@parallax/schema'
import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
} from 'yaml'

/** Entries of a manifest and the problems found in it. */
export interface LoadedManifest {
  entries: ManifestEntry[]
  diagnostics: Diagnostic[]
}

/**
 * Read a manifest (YAML: `articles:` a list of `ManifestEntry`). Each entry is checked against
 * the schema; a bad entry is left out with a Diagnostic at its line and column, the rest are
 * kept. Null or absent fields mean "unknown" (the parser infers them). YAML aliases (`*name`)
 * and merge keys (`<<`) are not allowed: each is an error at its line and column, and the entry
 * holding it is left out. An entry whose `file` is absolute or leads out of the manifest's
 * folder (`../x.txt`) is refused with an error.
 */
export function loadManifest(text: string, path: string | null = null): LoadedManifest {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false })
  const diagnostics: Diagnostic[] = []
  const at = (
    offset: number,
    code: string,
    message: string,
    expected?: string,
    severity: Diagnostic['severity'] = 'error',
  ) => {
    const pos = lineCounter.linePos(offset)
    diagnostics.push({
      file: path,
      line: pos.line,
      column: pos.col,
      offset,
      severity,
      code,
      message,
      ...(expected ? { expected } : {}),
    })
  }
  for (const error of doc.errors)
    at(error.pos[0], 'manifest/yaml', error.message.split('\n')[0]!, 'valid YAML')
  if (doc.errors.length > 0) return { entries: [], diagnostics }
  const aliases = aliasOffsets(doc)
  for (const offset of aliases)
    at(
      offset,
      'manifest/alias',
      'YAML aliases and merge keys are not allowed in a manifest (an entry holding one is left out)',
      'each value written out in full',
    )
  const hasAlias = (range: readonly number[] | undefined) =>
    range !== undefined && aliases.some((o) => o >= range[0]! && o < range[1]!)
  if (isMap(doc.contents) && isAlias(doc.contents.get('articles', true)))
    return { entries: [], diagnostics }
  const root = doc.contents
  if (!isMap(root) || !isSeq(root.get('articles', true))) {
    at(
      root?.range?.[0] ?? 0,
      'manifest/shape',
      'manifest has no `articles:` list',
      '`articles:` followed by a list of entries',
    )
    return { entries: [], diagnostics }
  }
  const seq = root.get('articles', true)
  if (!isSeq(seq)) return { entries: [], diagnostics }
  const entries: ManifestEntry[] = []
  const seen = new Set<string>()
  seq.items.forEach((item, index) => {
    const itemRange = (item as { range?: [number, number, number] }).range
    if (hasAlias(itemRange)) return
    const value = (item as { toJSON?: () => unknown }).toJSON?.() ?? item
    const result = validate(ManifestEntry, value)
    if (!result.ok) {
      for (const error of result.errors) {
        const keys = error.pointer.split('/').slice(1)
        const node =
          keys.length > 0 && isMap(item)
            ? (item.get(keys[0], true) as { range?: [number, number, number] } | undefined)
            : undefined
        const offset =
          node?.range?.[0] ?? (item as { range?: [number, number, number] }).range?.[0] ?? 0
        at(
          offset,
          'manifest/invalid-entry',
          `articles[${index}]${error.path.slice(1)}: entry left out`,
          error.expected,
        )
      }
      return
    }
    if (leavesFolder(result.value.file)) {
      const node = isMap(item)
        ? (item.get('file', true) as { range?: [number] } | undefined)
        : undefined
      at(
        node?.range?.[0] ?? itemRange?.[0] ?? 0,
        'manifest/outside-folder',
        `articles[${index}].file "${result.value.file}" is outside the manifest's folder; entry left out`,
        "a path relative to the manifest's folder, inside it",
      )
      return
    }
    if (seen.has(result.value.file)) {
      at(
        (item as { range?: [number] }).range?.[0] ?? 0,
        'manifest/duplicate-file',
        `"${result.value.file}" is listed more than once; the first entry is used`,
        undefined,
        'warning',
      )
      return
    }
    seen.add(result.value.file)
    entries.push(result.value)
  })
  return { entries, diagnostics }
}

/** Offsets of every alias (`*name`) and merge key (`<<`) in the document, in source order. */
function aliasOffsets(doc: Document): number[] {
  const out: number[] = []
  visit(doc, {
    Alias(_key, node) {
      out.push(node.range?.[0] ?? 0)
    },
    Pair(_key, pair) {
      if (isScalar(pair.key) && pair.key.value === '<<') out.push(pair.key.range?.[0] ?? 0)
    },
  })
  return out.sort((a, b) => a - b)
}

/** Whether a manifest `file` names a place outside the manifest's folder. */
function leavesFolder(file: string): boolean {
  if (isAbsolute(file) || /^[a-z]:[\\/]/i.test(file)) return true
  const normal = normalize(file.replace(/\\/g, '/'))
  return normal === '..' || normal.startsWith('../')
}
