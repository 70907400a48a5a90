import { type Diagnostic, ManifestEntry, validate } from '@parallax/schema'
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml'

/** Entries of a manifest and the problems found in it. */
export interface LoadedManifest {
  entries: ManifestEntry[]
  diagnostics: Diagnostic[]
}

/**
 * Read a manifest (YAML: `articles:` a list of `ManifestEntry`). Each entry is checked against
 * the schema; a bad entry is left out with a Diagnostic at its line and column, the rest are
 * kept. Null or absent fields mean "unknown" (the parser infers them).
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
