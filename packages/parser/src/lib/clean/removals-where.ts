import type { DraftBlock, RuleRemoval } from '../types.js'

/** One removal, with `reason` and `detail`, for every block that passes `test`. */
export function removalsWhere(
  blocks: readonly DraftBlock[],
  test: (block: DraftBlock) => boolean,
  reason: RuleRemoval['reason'],
  detail: string,
): RuleRemoval[] {
  const out: RuleRemoval[] = []
  blocks.forEach((block, index) => {
    if (test(block)) out.push({ index, reason, detail })
  })
  return out
}
