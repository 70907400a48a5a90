export { composeBriefing } from './compose-briefing.js'
export {
  EDITIONS,
  type Edition,
  type EditionLimits,
  type EditionSpec,
  editions,
} from './editions.js'
export { sectionComposers } from './sections/index.js'
export { type StorySelection, selectStory } from './select-story.js'
export type {
  ComposeContext,
  Composed,
  ComposeInput,
  ComposeOptions,
  SectionComposer,
} from './types.js'
