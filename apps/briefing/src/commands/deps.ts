import { align } from '@parallax/aligner'
import type { BriefDeps } from '../lib/brief/types.js'
import { composeBriefing, selectStory } from '../lib/compose/index.js'

/** The aligner's `align` and the composition's `composeBriefing` / `selectStory`, as the commands use them. */
export const defaultDeps: Partial<BriefDeps> = { align, composeBriefing, selectStory }

/** The deps a command needs, or the names of those this build lacks. */
export function requireDeps<K extends keyof BriefDeps>(
  deps: Partial<BriefDeps>,
  names: readonly K[],
): Pick<BriefDeps, K> | { missing: K[] } {
  const missing = names.filter((name) => deps[name] === undefined)
  return missing.length > 0 ? { missing } : (deps as Pick<BriefDeps, K>)
}
