import { createRequire } from 'node:module'
import { lexemeIndex } from './lexeme-index.js'
import { PACKED_CORE, parseCoreJson, readPackedCore } from './packed-core.js'

/**
 * wink-eng-lite-web-model's English model, assembled for `wink-nlp` without the package's own
 * start-up work that no caller here needs. Its entry (`dist/model.js`) `require`s the 3 MB core
 * JSON (parsed once into the module cache), then deep-copies it with `JSON.parse(JSON.stringify())`
 * and decodes its base64 tables one character at a time, and at the same time loads every other
 * part: the entity, sentiment and negation machines and the WordNet exception lists of its
 * lemmatiser. Here the core is parsed once from the file, with the same transformations as the
 * package's `read-core-model.js` and `load-core-model.js` (`wink-model.test.ts` checks the result
 * deep-equal to theirs, so an upgrade that changes them fails loudly), and every other part is
 * the package's own loader, required when wink-nlp asks for it; an add-on (lemmatiser, stemmer)
 * is required on its first use. The lexeme index is answered by binary search over the sorted word
 * list instead of being built (`lexeme-index.ts`). Machines of annotations outside the `pipe` (entities, sentiment,
 * negation) are empty: wink-nlp loads them all but runs only the pipe's.
 */

const require = createRequire(import.meta.url)
const dist = 'wink-eng-lite-web-model/dist/'

/** What `wink-nlp` reads of a language model (see its `load`). */
export interface WinkModel {
  core(): unknown
  sbd(): unknown
  pos(): unknown
  ner(): unknown
  negation(): unknown
  sa(): unknown
  metaCER(): unknown
  featureFn: unknown
  addons: Record<string, unknown>
}

/** Options of {@link englishModel}. */
export interface EnglishModelOptions {
  /**
   * wink-nlp's annotation pipe the model serves (`['pos']`); the entity (`ner`), sentiment
   * (`sentiment`) and negation (`negation`) machines load only when it names them. Default:
   * absent, every machine (wink-nlp's full pipe).
   */
  pipe?: readonly string[]
}

/** A packed feature of the core model: its list, and the index wink-nlp builds over it. */
interface Feature {
  list: string[]
  hash: Record<string, number>
  intrinsicSize: number
  index: number
  maxIndex: number
}

interface CoreModel {
  lexicon: Uint32Array
  xpansions: Uint32Array
  packing: { layout: Record<string, number[]>; efList: string[] }
  features: Record<string, Feature> & { posClusters: { list: Array<string | Set<number>> } }
  pos: { hash: Record<string, number> }
}

/** An index from each entry of `list` to its position (an object, as wink-nlp looks it up). */
function indexOf(list: readonly string[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null)
  for (let k = 0; k < list.length; k++) hash[list[k]!] = k
  return hash
}

/**
 * The core model: `read-core-model.js` then `load-core-model.js`, on one read of the model: the
 * packed form the build wrote (`packed-core.ts`) when it is current, else one parse of the JSON.
 * `packed` is where to look for the packed form (default: the built package's; `null`: parse the
 * JSON).
 */
export function readCoreModel(packed: string | null = PACKED_CORE): unknown {
  const model = ((packed === null ? null : readPackedCore(packed)) ??
    parseCoreJson()) as unknown as CoreModel
  const { packing, features, pos } = model
  for (const f in packing.layout) {
    if (packing.layout[f]![3] === 0) features[f]!.hash = indexOf(features[f]!.list)
  }
  // Answered by binary search on first use, not built here (see `lexeme-index.ts`).
  features.lexeme!.hash = lexemeIndex(features.lexeme!.list)
  const clusters = features.posClusters.list
  for (let k = 0; k < clusters.length; k++) {
    const tags = (clusters[k] as string).split('_').map((e) => pos.hash[e] || 0)
    clusters[k] = new Set(tags)
  }
  // load-core-model.js
  packing.efList = []
  for (const f in packing.layout) {
    const layout = packing.layout[f]!
    if (layout[3] === 0) {
      const feature = features[f]!
      feature.intrinsicSize = feature.list.length
      feature.index = feature.list.length
      feature.maxIndex = layout[1]! >>> layout[2]!
    }
    if (layout[4] === 1) packing.efList.push(f)
  }
  features.lexeme!.intrinsicSize = features.lexeme!.list.length
  features.lexeme!.index = features.lexeme!.list.length
  return model
}

/** The package's loader `dist/<name>.js` (a function returning that part), required on call. */
const part = (name: string) => (): unknown => (require(`${dist}${name}.js`) as () => unknown)()

/** A machine that recognises nothing (the JSON of wink-nlp's `emptyModelJSON`). */
const emptyMachine = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}])

/**
 * The English model for `wink-nlp(model, pipe)`: the core read once (see above), each other part
 * from the package's own loaders when wink-nlp asks for it.
 */
export function englishModel(options: Readonly<EnglishModelOptions> = {}): WinkModel {
  const wants = (annotation: string) => !options.pipe || options.pipe.includes(annotation)
  const addons: Record<string, unknown> = Object.create(null)
  const addon = (name: string, file: string) =>
    Object.defineProperty(addons, name, {
      enumerable: true,
      get: () => require(`${dist}${file}.js`) as unknown,
    })
  addon('stem', 'porter-stemmer')
  addon('lemmatize', 'lemmatize')
  addon('readabilityStats', 'readability-stats')
  addons.wordVectors = undefined
  return {
    core: readCoreModel,
    sbd: part('load-sbd-model'),
    pos: part('load-pos-model'),
    ner: wants('ner') ? part('load-ner-model') : () => ({ machines: [], transformers: [] }),
    negation: wants('negation')
      ? part('load-negation-model')
      : () => ({ machines: [emptyMachine], setter: () => undefined }),
    sa: wants('sentiment')
      ? part('load-sa-model')
      : () => ({ machines: [emptyMachine], setter: () => undefined }),
    metaCER: part('load-cer-meta-model'),
    featureFn: require(`${dist}feature.js`),
    addons,
  }
}
