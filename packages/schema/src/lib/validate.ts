import type { Static, TSchema } from 'typebox'
import { Compile } from 'typebox/compile'

/** One reason a value does not match a schema. */
export interface ValidationError {
  /** JSONPath-style location of the offending value, e.g. `$.sections[2].kind`. */
  readonly path: string
  /** The same location as a JSON Pointer, e.g. `/sections/2/kind`. */
  readonly pointer: string
  /** What the schema expected there, e.g. `one of 'agree', 'conflict'` or `string`. */
  readonly expected: string
  /** `path: message`, ready to print. */
  readonly message: string
}

export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly ValidationError[] }

interface RawError {
  keyword: string
  schemaPath: string
  instancePath: string
  params: Record<string, unknown>
  message: string
}

type Validator = { Check(value: unknown): boolean; Errors(value: unknown): RawError[] }
const compiled = new WeakMap<TSchema, Validator>()

function validatorFor(schema: TSchema): Validator {
  let validator = compiled.get(schema)
  if (!validator) {
    validator = Compile(schema) as unknown as Validator
    compiled.set(schema, validator)
  }
  return validator
}

/**
 * Check `value` against `schema`. On success the value comes back typed; on failure every
 * problem comes back with the JSON path of the offending value and what was expected there.
 * Unions are explained by the branch that fits best (the one whose `kind` matches, else the one
 * with the fewest problems) rather than by every branch at once.
 */
export function validate<S extends TSchema>(
  schema: S,
  value: unknown,
): ValidationResult<Static<S>> {
  const validator = validatorFor(schema)
  if (validator.Check(value)) return { ok: true, value: value as Static<S> }
  const errors = explain(schema, value, '')
  return { ok: false, errors: dedupe(errors) }
}

/** Like `validate`, but throws a `TypeError` listing every problem. For trusted internal data. */
export function assertValid<S extends TSchema>(
  schema: S,
  value: unknown,
  what = 'value',
): Static<S> {
  const result = validate(schema, value)
  if (result.ok) return result.value
  const list = result.errors.map((error) => `  ${error.message}`).join('\n')
  throw new TypeError(`Invalid ${what}:\n${list}`)
}

type Node = TSchema & {
  anyOf?: TSchema[]
  enum?: unknown[]
  type?: string
  const?: unknown
  properties?: Record<string, TSchema>
  required?: string[]
  additionalProperties?: boolean | TSchema
  patternProperties?: Record<string, TSchema>
  items?: TSchema | false
  prefixItems?: TSchema[]
  minItems?: number
  maxItems?: number
}

/** Walks schema and value together and reports the deepest places where they part. */
function explain(schema: TSchema, value: unknown, pointer: string): ValidationError[] {
  if (validatorFor(schema).Check(value)) return []
  const node = schema as Node
  if (node.anyOf) return explainUnion(node.anyOf, value, pointer)
  if (node.enum) return [make(pointer, oneOf(node.enum))]
  if (node.type === 'object' && isRecord(value)) {
    const out: ValidationError[] = []
    const props = node.properties ?? {}
    for (const name of node.required ?? []) {
      if (!(name in value))
        out.push(make(`${pointer}/${escapePointer(name)}`, 'a value (property is required)'))
    }
    for (const [name, item] of Object.entries(value)) {
      const child = `${pointer}/${escapePointer(name)}`
      const prop = props[name]
      if (prop) for (const e of explain(prop, item, child)) out.push(e)
      else if (node.patternProperties) {
        for (const [pattern, sub] of Object.entries(node.patternProperties)) {
          if (new RegExp(pattern).test(name)) for (const e of explain(sub, item, child)) out.push(e)
        }
      } else if (node.additionalProperties === false) out.push(make(child, 'no such property'))
    }
    return out.length > 0 ? out : leaf(schema, value, pointer)
  }
  if (node.type === 'array' && Array.isArray(value)) {
    const out: ValidationError[] = []
    if (node.minItems !== undefined && value.length < node.minItems)
      out.push(make(pointer, `at least ${plural(node.minItems, 'item')}`))
    if (node.maxItems !== undefined && value.length > node.maxItems)
      out.push(make(pointer, `at most ${plural(node.maxItems, 'item')}`))
    value.forEach((item, index) => {
      const sub = node.prefixItems?.[index] ?? (node.items === false ? undefined : node.items)
      if (sub) for (const e of explain(sub, item, `${pointer}/${index}`)) out.push(e)
    })
    return out.length > 0 ? out : leaf(schema, value, pointer)
  }
  return leaf(schema, value, pointer)
}

function leaf(schema: TSchema, value: unknown, pointer: string): ValidationError[] {
  const first = validatorFor(schema)
    .Errors(value)
    .find((e) => e.keyword !== 'boolean')
  return [make(pointer, first ? expectedText(first) : 'a valid value')]
}

function explainUnion(branches: TSchema[], value: unknown, pointer: string): ValidationError[] {
  const consts = branches.map((b) => (b as Node).const)
  if (consts.every((c) => c !== undefined)) {
    return [make(pointer, oneOf(consts))]
  }
  const kindOf = (b: TSchema) => ((b as Node).properties?.kind as Node | undefined)?.const
  const kinds = branches.map(kindOf).filter((k) => k !== undefined)
  if (kinds.length === branches.length && isRecord(value)) {
    const match = branches.find((b) => kindOf(b) === value.kind)
    if (match) return explain(match, value, pointer)
    return [make(`${pointer}/kind`, oneOf(kinds))]
  }
  // Prefer the branch of the value's own JSON type (an object for an object, null for null).
  const sameType = branches.filter((b) => typeMatches((b as Node).type, value))
  if (sameType.length === 1) return explain(sameType[0]!, value, pointer)
  let best: ValidationError[] | undefined
  for (const branch of sameType.length > 0 ? sameType : branches) {
    const errors = explain(branch, value, pointer)
    if (!best || errors.length < best.length) best = errors
  }
  return best ?? [make(pointer, 'a valid value')]
}

function typeMatches(type: string | undefined, value: unknown): boolean {
  switch (type) {
    case 'null':
      return value === null
    case 'object':
      return isRecord(value)
    case 'array':
      return Array.isArray(value)
    case 'string':
      return typeof value === 'string'
    case 'integer':
    case 'number':
      return typeof value === 'number'
    case 'boolean':
      return typeof value === 'boolean'
    default:
      return false
  }
}

function expectedText(error: RawError): string {
  const p = error.params
  switch (error.keyword) {
    case 'type':
      return String(p.type)
    case 'const':
      return JSON.stringify(p.allowedValue)
    case 'pattern':
      return `a string matching ${String(p.pattern)}`
    case 'minLength':
      return `a string of at least ${String(p.limit)} characters`
    case 'minItems':
      return `at least ${plural(Number(p.limit), 'item')}`
    case 'maxItems':
      return `at most ${plural(Number(p.limit), 'item')}`
    case 'minimum':
    case 'maximum':
      return `a number ${String(p.comparison)} ${String(p.limit)}`
    default:
      return error.message
  }
}

/** `one of "a", "b"`: what a literal union or an `enum` expects. */
function oneOf(values: readonly unknown[]): string {
  return `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`
}

function make(pointer: string, expected: string): ValidationError {
  const path = pointerToPath(pointer)
  return { path, pointer: pointer || '/', expected, message: `${path}: expected ${expected}` }
}

function dedupe(errors: ValidationError[]): ValidationError[] {
  const seen = new Set<string>()
  return errors.filter((e) => {
    if (seen.has(e.message)) return false
    seen.add(e.message)
    return true
  })
}

function pointerToPath(pointer: string): string {
  let path = '$'
  for (const part of pointer.split('/').slice(1)) {
    const key = part.replaceAll('~1', '/').replaceAll('~0', '~')
    path += /^\d+$/.test(key)
      ? `[${key}]`
      : /^[A-Za-z_$][\w$]*$/.test(key)
        ? `.${key}`
        : `[${JSON.stringify(key)}]`
  }
  return path
}

function escapePointer(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1')
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}
