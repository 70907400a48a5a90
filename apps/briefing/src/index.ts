export {
  Archive,
  type ArchivedArticle,
  type ArchivedRun,
  ArchiveError,
  type RunSummary,
} from './lib/archive/archive.js'
export { runBrief } from './lib/brief/run-brief.js'
export {
  type AlignClaims,
  BRIEF_FORMATS,
  type BriefDeps,
  type BriefFormat,
  type BriefOptions,
  type BriefResult,
  type ComposeInput,
  EXIT,
} from './lib/brief/types.js'
export {
  type ComposeContext,
  type Composed,
  type ComposeOptions,
  composeBriefing,
  EDITIONS,
  type Edition,
  type EditionLimits,
  type EditionSpec,
  editions,
  type SectionComposer,
  type StorySelection,
  sectionComposers,
  selectStory,
} from './lib/compose/index.js'
export { findSameText } from './lib/dedupe/same-text.js'
export {
  defaultWorkers,
  type PoolSource,
  parseEach,
  parseInPool,
} from './lib/pool/parse-pool.js'
export { addSinceLast, type SinceLastOptions } from './lib/since-last/add-since-last.js'
export { matchClusters } from './lib/since-last/match-clusters.js'
export { createProgram } from './program.js'
