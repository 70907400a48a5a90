import { createRequire } from 'node:module'
import { inClass, wordClasses } from './gazetteer.js'
import { englishModel } from './wink-model.js'

/**
 * Lazily loaded language resources, shared read-only by every call (the only module state):
 * the wink-nlp English model for tokens and parts of speech (loaded on the first `tag`), and
 * compromise's lexicon as a gazetteer of first names, places and organisations (generated ahead
 * of time, see `gazetteer.ts`). Importing this module loads neither.
 */

const require = createRequire(import.meta.url)

/** A token with its offsets in the analysed text and its universal part-of-speech tag. */
export interface Token {
  start: number
  end: number
  value: string
  pos: string
}

interface NlpTokens {
  /** Each token's value of one `its` property (strings, or booleans for flags). */
  out<T = string>(its?: unknown): T[]
}

/** The part of wink-nlp's English model the pipeline reads: documents and token properties. */
export interface Nlp {
  readDoc(text: string): { tokens(): NlpTokens }
  /** wink-nlp's `its` helpers (`its.value`, `its.pos`, `its.lemma`, `its.stopWordFlag`…). */
  its: Record<string, unknown>
}

/** Options of `loadNlp`. */
export interface LoadNlpOptions {
  /** wink-nlp's annotation pipe (e.g. `['pos']`); default: the model's full pipe. */
  pipe?: readonly string[]
}

const loaded = new Map<string, Nlp>()

/**
 * The pipe `tag` reads: part-of-speech only. wink-nlp tags each token from the token sequence
 * alone (sentence boundaries, entities and negation do not feed its tagger), so the tags equal
 * the full pipe's at half the cost; the aligner's lemmatiser asks for the same pipe and shares
 * the instance.
 */
const tagPipe = ['pos'] as const

/**
 * wink-nlp with its English lite model, loaded lazily on the first call and then shared
 * read-only for the rest of the process: one instance per distinct `pipe`. The model is read by
 * `englishModel` (`wink-model.ts`): the package's data and loaders without its start-up copies,
 * and without the machines of annotations the pipe leaves out.
 */
export function loadNlp(options: LoadNlpOptions = {}): Nlp {
  const key = options.pipe ? options.pipe.join(',') : '*'
  let nlp = loaded.get(key)
  if (!nlp) {
    const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => Nlp
    const model = englishModel(options.pipe ? { pipe: options.pipe } : {})
    nlp = options.pipe ? winkNLP(model, [...options.pipe]) : winkNLP(model)
    loaded.set(key, nlp)
  }
  return nlp
}

/** A token placed in the text it was read from: its index among the tokeniser's tokens. */
export interface PlacedToken {
  index: number
  start: number
  end: number
  value: string
}

/**
 * Offsets of a tokeniser's tokens (`values`, in order) in `text`: each found at or after the end
 * of the one before; a token not found as written is left out.
 */
export function placeTokens(text: string, values: readonly string[]): PlacedToken[] {
  return placeEach(text, values, (index, start, end, value) => ({ index, start, end, value }))
}

/** As `placeTokens`, building each placed token with `make` (the tokeniser's `index` given). */
function placeEach<T>(
  text: string,
  values: readonly string[],
  make: (index: number, start: number, end: number, value: string) => T,
): T[] {
  const placed: T[] = []
  let cursor = 0
  for (let index = 0; index < values.length; index++) {
    const value = values[index] ?? ''
    const start = text.indexOf(value, cursor)
    if (start < 0) continue
    cursor = start + value.length
    placed.push(make(index, start, cursor, value))
  }
  return placed
}

/** Tokens of `text` with offsets and part-of-speech tags (wink-nlp). */
export function tag(text: string): Token[] {
  const w = loadNlp({ pipe: tagPipe })
  const doc = w.readDoc(text)
  const tokens = doc.tokens()
  const tags = tokens.out(w.its.pos)
  const values = tokens.out(w.its.value)
  return placeEach(text, values, (index, start, end, value) => ({
    start,
    end,
    value,
    pos: tags[index] ?? 'X',
  }))
}

/** 'male' / 'female' when the lexicon knows `word` as a first name, else undefined. */
export function firstNameGender(word: string): 'male' | 'female' | 'unknown' | undefined {
  const classes = wordClasses(word)
  if (!classes) return undefined
  if (classes.includes('m')) return 'male'
  if (classes.includes('f')) return 'female'
  if (classes.includes('n')) return 'unknown'
  return undefined
}

/** Whether the lexicon lists `name` (one or more words) as a city, country, region or place. */
export function isKnownPlace(name: string): boolean {
  return inClass(name, 'p')
}

/** Whether the lexicon lists `name` as an organisation. */
export function isKnownOrganization(name: string): boolean {
  return inClass(name, 'o')
}

/** Whether the lexicon lists `word` as a surname or a person. */
export function isKnownPersonName(word: string): boolean {
  return inClass(word, 's')
}

/** Whether the lexicon lists `word` at all (an English word, not an unknown name syllable). */
export function isEnglishWord(word: string): boolean {
  return wordClasses(word) !== undefined
}
