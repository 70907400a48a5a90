export { composeBriefing } from './compose-briefing.js'
export { sectionComposers } from './sections/index.js'
export { type StorySelection, selectStory } from './select-story.js'
export type {
  ComposeContext,
  Composed,
  ComposeInput,
  ComposeOptions,
  SectionComposer,
} from './types.js'
