/** Options of `jsonChunks`. */
export interface JsonChunksOptions {
  /** Spaces per level, as `JSON.stringify`'s third argument; `0` writes compact JSON. Default: `2`. */
  readonly indent?: number
  /** Characters gathered before a chunk is handed out (a chunk may run past it by one value). Default: `65536`. */
  readonly chunkSize?: number
}

/** An array or object being written: what is left of it and how far in it is. */
interface Frame {
  readonly holder: Record<string, unknown> | unknown[]
  /** The object's keys, or `null` for an array. */
  readonly keys: string[] | null
  index: number
  /** Whether a member has been written (the next one needs a comma; the close a new line). */
  wrote: boolean
  /** Indentation of the frame's own line; members are one level deeper. */
  readonly pad: string
}

/** What `JSON.stringify` calls `toJSON` on: objects and bigints that have one. */
function toJson(value: unknown, key: string): unknown {
  if (value !== null && (typeof value === 'object' || typeof value === 'bigint')) {
    const toJSON = (value as { toJSON?: unknown }).toJSON
    if (typeof toJSON === 'function') return toJSON.call(value, key)
  }
  return value
}

/** Values `JSON.stringify` leaves out of an object (and writes as `null` in an array). */
const omitted = (value: unknown): boolean =>
  value === undefined || typeof value === 'function' || typeof value === 'symbol'

/** Objects `JSON.stringify` writes as their primitive value. */
const boxed = (value: object): boolean =>
  value instanceof Number ||
  value instanceof String ||
  value instanceof Boolean ||
  value instanceof BigInt

/** The writing state of `jsonChunks`: text gathered since the last chunk, and the open frames. */
class JsonWriter {
  readonly parts: string[] = []
  size = 0
  readonly stack: Frame[] = []
  private readonly colon: string

  constructor(private readonly unit: string) {
    this.colon = unit === '' ? ':' : ': '
  }

  /** Hands out the text gathered so far. */
  take(): string {
    const text = this.parts.join('')
    this.parts.length = 0
    this.size = 0
    return text
  }

  /** Writes a value that is not left out: a primitive whole, an array or object as its opening. */
  open(item: unknown, pad: string): void {
    if (item === null || typeof item !== 'object' || boxed(item)) {
      this.emit(JSON.stringify(item) ?? 'null')
    } else if (Array.isArray(item)) {
      this.emit('[')
      this.stack.push({ holder: item, keys: null, index: 0, wrote: false, pad })
    } else {
      this.emit('{')
      const holder = item as Record<string, unknown>
      this.stack.push({ holder, keys: Object.keys(holder), index: 0, wrote: false, pad })
    }
  }

  /** Writes the next member of the innermost open array or object, or closes it. */
  step(): void {
    const frame = this.stack[this.stack.length - 1] as Frame
    const { holder, keys } = frame
    const length = keys === null ? (holder as unknown[]).length : keys.length
    if (frame.index >= length) {
      const close = keys === null ? ']' : '}'
      this.emit(frame.wrote && this.unit !== '' ? `\n${frame.pad}${close}` : close)
      this.stack.pop()
    } else if (keys === null) {
      const index = frame.index++
      const item = toJson((holder as unknown[])[index], String(index))
      this.separator(frame)
      this.open(omitted(item) ? null : item, frame.pad + this.unit)
    } else {
      const key = keys[frame.index++] as string
      const item = toJson((holder as Record<string, unknown>)[key], key)
      if (omitted(item)) return
      this.separator(frame)
      this.emit(`${JSON.stringify(key)}${this.colon}`)
      this.open(item, frame.pad + this.unit)
    }
  }

  private separator(frame: Frame): void {
    this.emit(`${frame.wrote ? ',' : ''}${this.unit === '' ? '' : `\n${frame.pad}${this.unit}`}`)
    frame.wrote = true
  }

  private emit(text: string): void {
    this.parts.push(text)
    this.size += text.length
  }
}

/**
 * The text of `JSON.stringify(value, null, indent)`, in chunks of about `chunkSize` characters,
 * so that a large value (an article of a page of a million elements is some 120 MB of JSON) is
 * written piece by piece instead of being held as one string, and once more as the buffer the
 * stream copies it into. Walks the value with a list of open arrays and objects rather than by
 * recursion, so depth costs no stack. Same bytes as `JSON.stringify` (`toJSON`, omitted and
 * `null`-written members, boxed primitives); nothing for a value it would write as `undefined`;
 * throws where it throws (a bigint; a cycle is not detected: do not pass one).
 */
export function* jsonChunks(
  value: unknown,
  options?: Readonly<JsonChunksOptions> | null,
): Generator<string, void, undefined> {
  const unit = ' '.repeat(Math.min(10, Math.max(0, Math.floor(options?.indent ?? 2))))
  const chunkSize = options?.chunkSize ?? 65536
  const root = toJson(value, '')
  if (omitted(root)) return
  const writer = new JsonWriter(unit)
  writer.open(root, '')
  while (writer.stack.length > 0) {
    writer.step()
    if (writer.size >= chunkSize) yield writer.take()
  }
  if (writer.size > 0) yield writer.take()
}
