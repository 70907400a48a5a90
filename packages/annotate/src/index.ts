export { annotate } from './lib/annotate.js'
export { type OffsetMap, toSourceOffset, toSourceSpan, toTextOffset } from './lib/text-map.js'
export type { AnnotateInput, AnnotateOptions } from './lib/types.js'
