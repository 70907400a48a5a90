export { toSourceOffset, toSourceSpan } from '@parallax/annotate'
export { builtinCleaningRules } from './lib/clean/index.js'
export { uncoveredRanges } from './lib/coverage.js'
export { DEFAULT_MAX_BYTES, type DecodeOptions, type DecodeResult, decode } from './lib/decode.js'
export { type MakeBlockOptions, makeBlock } from './lib/make-block.js'
export { type LoadedManifest, loadManifest } from './lib/manifest.js'
export { type ParseResult, parse } from './lib/parse.js'
export { type ParseFailure, type ParseManyResult, parseMany } from './lib/parse-many.js'
export { builtinPlugins } from './lib/plugins/index.js'
export { formatDiagnostic, positionOf } from './lib/position.js'
export { type ReadInputOptions, type ReadInputResult, readInput } from './lib/read-input.js'
export { type ReadableTextOptions, type Replacement, readableText } from './lib/readable-text.js'
export { splitSentences } from './lib/sentences.js'
export type {
  CleaningRule,
  DraftBlock,
  DraftRemoval,
  ExtractedText,
  Found,
  FoundMetadata,
  ParseInput,
  ParseOptions,
  ReadContext,
  ReadResult,
  RuleRemoval,
  SourcePlugin,
} from './lib/types.js'
