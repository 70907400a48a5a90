import { align } from '@parallax/aligner'
import type { BriefDeps } from '../lib/brief/types.js'
import { composeBriefing, selectStory } from '../lib/compose/index.js'

/** The aligner's `align` and the composition's `composeBriefing` / `selectStory`, as the commands use them. */
export const defaultDeps: BriefDeps = { align, composeBriefing, selectStory }
